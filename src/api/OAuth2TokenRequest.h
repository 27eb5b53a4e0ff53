#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One OAuth2 client-credentials grant (scope "all") at the region's token URL: what an
// OVHcloud service account uses instead of signed requests. Emits finished() once.
class OAuth2TokenRequest : public QObject
{
    Q_OBJECT

public:
    OAuth2TokenRequest(QNetworkAccessManager *network, QUrl tokenUrl, QString clientId,
                       QString clientSecret, int timeoutMs, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    // On success error.isError() is false, token and expiry are set.
    void finished(const QString &token, const QDateTime &expiry, const ApiError &error);

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_clientSecret;
    int m_timeoutMs;
    QPointer<QNetworkReply> m_reply;
};
