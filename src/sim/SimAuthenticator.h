#pragma once

#include "SimReply.h"

#include <QDateTime>
#include <optional>

class SimCredentialStore;
struct SimRequest;

// Who made an authenticated call: a signed consumer key or an OAuth2 access token.
struct SimIdentity
{
    QString applicationKey;
    QString consumerKey;
    QString accessToken;
    QString oauth2Client;

    bool isOAuth2() const { return !accessToken.isEmpty(); }
};

// Checks authenticated calls the way OVHcloud's API gateway does and answers failures in the
// auth-layer format {"errorCode","httpCode","message"}:
//   no X-Ovh-Application (and no bearer token)     401 NOT_AUTHENTICATED
//   unknown application key                        403 INVALID_KEY
//   missing consumer, timestamp or signature       401 NOT_AUTHENTICATED
//   timestamp not a number or > 180 s off          400 QUERY_TIME_OUT
//   unknown consumer key (or another app's)        403 INVALID_CREDENTIAL
//   wrong signature                                400 INVALID_SIGNATURE
//   key pending validation                         403 NOT_CREDENTIAL (python-ovh: NotCredential)
//   key expired / refused on its validation page   403 INVALID_CREDENTIAL "…has expired" / "…was
//   refused" call outside the key's access rules            403 NOT_GRANTED_CALL unknown bearer
//   token / expired bearer token    401 INVALID_CREDENTIAL (+ WWW-Authenticate)
// GET /auth/currentCredential needs a working key but no rule for it.
class SimAuthenticator
{
public:
    static constexpr qint64 MaxClockSkewSeconds = 180;

    explicit SimAuthenticator(SimCredentialStore &store);

    std::optional<SimReply> check(const SimRequest &request, const QDateTime &serverNow,
                                  SimIdentity *identity);

    // "$1$" + hex SHA-1 of AS+CK+METHOD+FULL_URL+BODY+TIMESTAMP joined with "+".
    static QByteArray signature(const QString &applicationSecret, const QString &consumerKey,
                                const QByteArray &method, const QByteArray &fullUrl,
                                const QByteArray &body, const QByteArray &timestamp);

private:
    std::optional<SimReply> checkBearer(const QByteArray &token, SimIdentity *identity);

    SimCredentialStore &m_store;
};
