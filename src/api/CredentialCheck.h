#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QObject>

class OvhClient;

// Tests a profile before it is saved: GET /auth/currentCredential, then GET /email/exchange.
// Each way it can fail gets its own message: wrong application key, wrong secret, refused,
// pending or expired consumer key, missing rights, unreachable API. The clock is
// compensated automatically; a far-off clock is reported as a warning.
class CredentialCheck : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        QString message; // for the user, translated; quotes OVHcloud's message
        QString warning; // e.g. the computer's clock is far off
        ApiError error;  // what OVHcloud said, with its query id
        int organizations = 0;
    };

    explicit CredentialCheck(OvhClient *client, QObject *parent = nullptr);
    void start();

    static QString explain(const ApiError &error);

Q_SIGNALS:
    void finished(const CredentialCheck::Outcome &outcome);

private:
    void finish(Outcome outcome);
    OvhClient *m_client;
};
Q_DECLARE_METATYPE(CredentialCheck::Outcome)
