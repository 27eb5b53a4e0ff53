#include "SimTestClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSignalSpy>

QByteArray SimHttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers)
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    return {};
}

QJsonDocument SimHttpResult::json(QJsonParseError *parseError) const
{
    return QJsonDocument::fromJson(body, parseError);
}

SimTestClient::SimTestClient(const QUrl &baseUrl, QString applicationKey, QString applicationSecret,
                             QString consumerKey)
    : m_base(baseUrl.toEncoded())
    , m_applicationKey(std::move(applicationKey))
    , m_applicationSecret(std::move(applicationSecret))
    , m_consumerKey(std::move(consumerKey))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{}

void SimTestClient::setApplication(const QString &key, const QString &secret)
{
    m_applicationKey = key;
    m_applicationSecret = secret;
}

QByteArray SimTestClient::url(const QByteArray &pathAndQuery) const
{
    return m_base + pathAndQuery;
}

QByteArray SimTestClient::signature(const QString &secret, const QString &consumerKey,
                                    const QByteArray &method, const QByteArray &url,
                                    const QByteArray &body, qint64 timestamp)
{
    const QByteArray text = secret.toUtf8() + '+' + consumerKey.toUtf8() + '+' + method + '+' +
                            url + '+' + body + '+' + QByteArray::number(timestamp);
    return "$1$" + QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex();
}

QList<SimTestClient::Header> SimTestClient::signedHeaders(const QByteArray &method,
                                                          const QByteArray &url,
                                                          const QByteArray &body) const
{
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch() + m_timeOffset;
    const QByteArray signedUrl = m_signedUrlOverride.isEmpty() ? url : m_signedUrlOverride;
    const QByteArray signedBody = m_signedBodyOverride.isEmpty() ? body : m_signedBodyOverride;
    return {
        {"X-Ovh-Application", m_applicationKey.toUtf8()},
        {"X-Ovh-Consumer", m_consumerKey.toUtf8()},
        {"X-Ovh-Timestamp", QByteArray::number(timestamp)},
        {"X-Ovh-Signature",
         signature(m_applicationSecret, m_consumerKey, method, signedUrl, signedBody, timestamp)},
    };
}

QNetworkReply *SimTestClient::startRaw(const QByteArray &method, const QByteArray &absoluteUrl,
                                       const QByteArray &body, const QList<Header> &headers)
{
    const QUrl url = QUrl::fromEncoded(absoluteUrl, QUrl::StrictMode);
    Q_ASSERT_X(url.isValid() && url.toEncoded() == absoluteUrl, "SimTestClient",
               "the URL would not be sent byte for byte as given");
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const Header &header : headers)
        request.setRawHeader(header.first, header.second);
    return m_manager->sendCustomRequest(request, method, body);
}

QNetworkReply *SimTestClient::start(const QByteArray &method, const QByteArray &pathAndQuery,
                                    const QByteArray &body, const QList<Header> &headers)
{
    const QByteArray absolute = url(pathAndQuery);
    return startRaw(method, absolute, body, signedHeaders(method, absolute, body) + headers);
}

SimHttpResult SimTestClient::call(const QByteArray &method, const QByteArray &pathAndQuery,
                                  const QByteArray &body, const QList<Header> &headers)
{
    return wait(start(method, pathAndQuery, body, headers));
}

SimHttpResult SimTestClient::send(const QByteArray &method, const QByteArray &absoluteUrl,
                                  const QByteArray &body, const QList<Header> &headers)
{
    return wait(startRaw(method, absoluteUrl, body, headers));
}

SimHttpResult SimTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    SimHttpResult result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    result.finished = reply->isFinished();
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}
