#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <memory>
#include <utility>

// What came back from one HTTP call.
struct SimHttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json(QJsonParseError *parseError = nullptr) const;
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    // Auth-layer errorCode and API-layer class of an error body.
    QString errorCode() const { return object().value(QLatin1StringView("errorCode")).toString(); }
    QString errorClass() const { return object().value(QLatin1StringView("class")).toString(); }
    QString message() const { return object().value(QLatin1StringView("message")).toString(); }
};

// A deliberately small OVHcloud client for the simulator's tests, independent of src/api:
// it signs with QCryptographicHash exactly as the documentation says, over the URL bytes it
// sends, so the tests check the simulator against the specification, not against our client.
class SimTestClient
{
public:
    using Header = std::pair<QByteArray, QByteArray>;

    SimTestClient(const QUrl &baseUrl, QString applicationKey, QString applicationSecret,
                  QString consumerKey);

    // A signed call; pathAndQuery is appended to the base URL as raw bytes ("/auth/time").
    SimHttpResult call(const QByteArray &method, const QByteArray &pathAndQuery,
                       const QByteArray &body = {}, const QList<Header> &headers = {});
    // The same, started and not waited for (for parallel requests). The caller owns the reply.
    QNetworkReply *start(const QByteArray &method, const QByteArray &pathAndQuery,
                         const QByteArray &body = {}, const QList<Header> &headers = {});
    // No X-Ovh-* headers at all besides the given ones; the URL is absolute.
    SimHttpResult send(const QByteArray &method, const QByteArray &absoluteUrl,
                       const QByteArray &body = {}, const QList<Header> &headers = {});

    // The timestamp sent is local time + this offset (seconds).
    void setTimeOffset(qint64 seconds) { m_timeOffset = seconds; }
    void setConsumerKey(const QString &key) { m_consumerKey = key; }
    void setApplication(const QString &key, const QString &secret);
    // Signs over this URL instead of the one sent (to provoke INVALID_SIGNATURE).
    void setSignedUrlOverride(const QByteArray &url) { m_signedUrlOverride = url; }
    void setSignedBodyOverride(const QByteArray &body) { m_signedBodyOverride = body; }

    QByteArray url(const QByteArray &pathAndQuery) const;
    QList<Header> signedHeaders(const QByteArray &method, const QByteArray &url,
                                const QByteArray &body) const;
    static QByteArray signature(const QString &secret, const QString &consumerKey,
                                const QByteArray &method, const QByteArray &url,
                                const QByteArray &body, qint64 timestamp);

    QNetworkReply *startRaw(const QByteArray &method, const QByteArray &absoluteUrl,
                            const QByteArray &body, const QList<Header> &headers);
    static SimHttpResult wait(QNetworkReply *reply, int timeoutMs = 10000);
    QNetworkAccessManager &manager() { return *m_manager; }

private:
    QByteArray m_base;
    QString m_applicationKey;
    QString m_applicationSecret;
    QString m_consumerKey;
    qint64 m_timeOffset = 0;
    QByteArray m_signedUrlOverride;
    QByteArray m_signedBodyOverride;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};
