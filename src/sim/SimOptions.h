#pragma once

#include <QString>
#include <QtGlobal>

// How a Simulator behaves. The defaults give the send-connector guide's world with the demo
// credentials below, tasks that take two seconds (todo, doing, done) and both bulk-reading
// modes of the real API switched on.
struct SimOptions
{
    // Generated accounts user0001@mydomain.ovh… on top of the guide's two accounts.
    int extraAccounts = 0;
    // Adds the organization hosted-zz222222-1 with one service of offer "hosted".
    bool hostedService = false;
    // Every answer (success, error or fault) is delayed by this much.
    int latencyMs = 0;
    // A task stays one step in "todo" and one step in "doing" before it ends.
    int taskStepMs = 1000;
    // X-Pagination-Mode: CachedObjectList-Pages is honoured; when false the header is ignored.
    bool pagesEnabled = true;
    // X-Ovh-Batch: , is honoured; when false the header is ignored and the comma-joined
    // last path segment is read as one id (404 for accounts and domains, 400 for numeric ids).
    bool batchEnabled = true;
    // Server clock = local clock + this offset (GET /auth/time, timestamp checks, dates).
    qint64 clockOffsetSeconds = 0;

    // Signed-request credentials. The consumer key is validated and may call everything.
    QString applicationKey = QStringLiteral("smarthost-demo-ak");
    QString applicationSecret = QStringLiteral("smarthost-demo-as");
    QString consumerKey = QStringLiteral("smarthost-demo-ck");

    // OAuth2 service account (client credentials grant, scope "all").
    QString oauth2ClientId = QStringLiteral("smarthost-demo-client");
    QString oauth2ClientSecret = QStringLiteral("smarthost-demo-client-secret");
    int oauth2TokenLifetimeSeconds = 3600;

    // Seeds every pseudo-random choice: generated accounts, keys, fault rates.
    quint32 seed = 1;
};
