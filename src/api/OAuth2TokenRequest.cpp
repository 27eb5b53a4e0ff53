#include "OAuth2TokenRequest.h"

#include "ApiLog.h"
#include "LogRedactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

OAuth2TokenRequest::OAuth2TokenRequest(QNetworkAccessManager *network, QUrl tokenUrl,
                                       QString clientId, QString clientSecret, int timeoutMs,
                                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenUrl(std::move(tokenUrl))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_timeoutMs(timeoutMs)
{}

void OAuth2TokenRequest::start()
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, m_clientId);
    form.addQueryItem(u"client_secret"_s, m_clientSecret);
    form.addQueryItem(u"scope"_s, u"all"_s);
    QNetworkRequest request(m_tokenUrl);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json");
    const QByteArray formBytes = form.toString(QUrl::FullyEncoded).toUtf8();
    qCDebug(lcApiRequest).noquote()
        << "POST" << m_tokenUrl.toDisplayString() << "|" << LogRedactor::body(formBytes);
    m_reply = m_network->post(request, formBytes);
    connect(m_reply.data(), &QNetworkReply::finished, this, &OAuth2TokenRequest::onFinished);
}

void OAuth2TokenRequest::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString queryId = QString::fromLatin1(reply->rawHeader("X-Ovh-QueryId"));
    qCDebug(lcApiResponse).noquote() << "POST" << m_tokenUrl.path() << "HTTP" << status
                                     << "query id" << queryId << "|" << LogRedactor::body(body);
    ApiError error;
    if (status == 0) {
        error = ApiError::make(
            ApiError::Kind::Network,
            tr("Cannot reach the OAuth2 token service: %1").arg(reply->errorString()));
    } else if (status >= 400) {
        error = ApiError::fromHttp(status, body, queryId);
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString description = object.value(u"error_description"_s).toString();
        if (!description.isEmpty())
            error.message = tr("The service account was refused: %1").arg(description);
    }
    if (error.isError()) {
        Q_EMIT finished({}, {}, error);
        deleteLater();
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString token = object.value(u"access_token"_s).toString();
    const qint64 lifetime = object.value(u"expires_in"_s).toInteger(3600);
    if (token.isEmpty()) {
        Q_EMIT finished({}, {},
                        ApiError::make(ApiError::Kind::BadAnswer,
                                       tr("The OAuth2 token service answered without a token."),
                                       queryId));
    } else {
        Q_EMIT finished(token, QDateTime::currentDateTimeUtc().addSecs(lifetime), {});
    }
    deleteLater();
}
