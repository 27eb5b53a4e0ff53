#pragma once

#include "SimReply.h"

#include <QDateTime>
#include <functional>

class SimCredentialStore;
struct SimIdentity;
struct SimRequest;

// The /auth routes of the API and the two pages OVHcloud serves outside it:
//   GET  /1.0/auth/time                  bare integer, the server clock (no authentication)
//   POST /1.0/auth/credential            new consumer key pending validation (X-Ovh-Application
//   only) GET  /1.0/auth/currentCredential     the key in use (authenticated, needs no access rule)
//   POST /auth/oauth2/token              OAuth2 client credentials grant (also under /1.0)
//   GET  /auth/?credentialToken=…        the validation page: opening it validates the key
class AuthRoutes
{
public:
    // onValidated runs with the consumer key whenever the validation page validates one.
    AuthRoutes(SimCredentialStore &store, std::function<void(const QString &)> onValidated);

    // The calls that need no signature. Everything else under /1.0 is authenticated first.
    static bool isPublic(const SimRequest &request);
    SimReply handlePublic(const SimRequest &request, const QDateTime &serverNow);
    SimReply currentCredential(const SimIdentity &identity, const QDateTime &serverNow);

private:
    SimReply serverTime(const QDateTime &serverNow) const;
    SimReply createCredential(const SimRequest &request, const QDateTime &serverNow);
    SimReply oauth2Token(const SimRequest &request);
    SimReply validationPage(const SimRequest &request);

    SimCredentialStore &m_store;
    std::function<void(const QString &)> m_onValidated;
};
