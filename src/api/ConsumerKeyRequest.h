#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class OvhClient;
class QTimer;

// "Create a key for me": asks OVHcloud for a consumer key limited to what Smarthost needs
// (GET/POST/PUT/DELETE on /email/exchange/*), hands out the validation URL for the user to
// open, then waits — cancellable — until the key works (GET /auth/currentCredential).
class ConsumerKeyRequest : public QObject
{
    Q_OBJECT

public:
    explicit ConsumerKeyRequest(OvhClient *client, QObject *parent = nullptr);
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start();
    void cancel();

    static QByteArray accessRulesBody();

Q_SIGNALS:
    // Open this URL in the browser; the key works once the user has logged in there.
    void validationRequired(const QUrl &validationUrl, const QString &consumerKey);
    void validated(const QString &consumerKey);
    void failed(const ApiError &error);

private:
    void poll();
    void fail(const ApiError &error);

    OvhClient *m_client;
    QTimer *m_timer;
    QString m_consumerKey;
    int m_pollIntervalMs = 2000;
    int m_timeoutMs = 15 * 60 * 1000;
    qint64 m_startedMs = 0;
    bool m_over = false;
};
