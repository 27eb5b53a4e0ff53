#include "SimAuthenticator.h"

#include "SimCredentialStore.h"
#include "SimRequest.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

SimAuthenticator::SimAuthenticator(SimCredentialStore &store)
    : m_store(store)
{}

QByteArray SimAuthenticator::signature(const QString &applicationSecret, const QString &consumerKey,
                                       const QByteArray &method, const QByteArray &fullUrl,
                                       const QByteArray &body, const QByteArray &timestamp)
{
    const QByteArray text = applicationSecret.toUtf8() + '+' + consumerKey.toUtf8() + '+' + method +
                            '+' + fullUrl + '+' + body + '+' + timestamp;
    return "$1$" + QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex();
}

std::optional<SimReply> SimAuthenticator::check(const SimRequest &request,
                                                const QDateTime &serverNow, SimIdentity *identity)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer "))
        return checkBearer(authorization.mid(7).trimmed(), identity);

    const QString applicationKey = QString::fromUtf8(request.header("X-Ovh-Application"));
    if (applicationKey.isEmpty())
        return SimReply::authError(401, "NOT_AUTHENTICATED", u"You must login first"_s);
    const auto applicationSecret = m_store.applicationSecret(applicationKey);
    if (!applicationSecret)
        return SimReply::authError(403, "INVALID_KEY", u"This application key is invalid"_s);

    const QString consumerKey = QString::fromUtf8(request.header("X-Ovh-Consumer"));
    const QByteArray timestamp = request.header("X-Ovh-Timestamp");
    const QByteArray signature = request.header("X-Ovh-Signature");
    if (consumerKey.isEmpty() || timestamp.isEmpty() || signature.isEmpty())
        return SimReply::authError(401, "NOT_AUTHENTICATED", u"You must login first"_s);

    bool numeric = false;
    const qint64 sentTime = timestamp.toLongLong(&numeric);
    if (!numeric || qAbs(sentTime - serverNow.toSecsSinceEpoch()) > MaxClockSkewSeconds)
        return SimReply::authError(400, "QUERY_TIME_OUT", u"Query out of time"_s);

    SimConsumerKey *key = m_store.consumerKey(consumerKey);
    if (!key || key->applicationKey != applicationKey)
        return SimReply::authError(403, "INVALID_CREDENTIAL", u"This credential does not exist"_s);

    const QByteArray expected =
        SimAuthenticator::signature(*applicationSecret, consumerKey, request.method,
                                    request.fullUrl(), request.body, timestamp);
    if (signature != expected)
        return SimReply::authError(400, "INVALID_SIGNATURE", u"Invalid signature"_s);

    // A key waiting for validation is "not valid" yet; an expired or refused one is gone.
    if (key->status == SimConsumerKey::Status::Expired ||
        (key->expiration.isValid() && key->expiration < serverNow))
        return SimReply::authError(403, "INVALID_CREDENTIAL", u"This credential has expired"_s);
    if (key->status == SimConsumerKey::Status::Refused)
        return SimReply::authError(403, "INVALID_CREDENTIAL", u"This credential was refused"_s);
    if (key->status != SimConsumerKey::Status::Validated)
        return SimReply::authError(403, "NOT_CREDENTIAL", u"This credential is not valid"_s);

    const bool exempt = request.path == u"/auth/currentCredential"_s;
    if (!exempt && !key->isAllowed(QString::fromLatin1(request.method), request.path))
        return SimReply::authError(403, "NOT_GRANTED_CALL", u"This call has not been granted"_s);

    key->lastUse = serverNow;
    if (identity) {
        identity->applicationKey = applicationKey;
        identity->consumerKey = consumerKey;
    }
    return std::nullopt;
}

std::optional<SimReply> SimAuthenticator::checkBearer(const QByteArray &token,
                                                      SimIdentity *identity)
{
    const QString text = QString::fromUtf8(token);
    switch (m_store.tokenStatus(text, QDateTime::currentMSecsSinceEpoch())) {
    case SimCredentialStore::TokenStatus::Valid:
        if (identity) {
            identity->accessToken = text;
            identity->oauth2Client = m_store.tokenClient(text);
        }
        return std::nullopt;
    case SimCredentialStore::TokenStatus::Expired: {
        SimReply reply = SimReply::authError(401, "INVALID_CREDENTIAL",
                                             u"This credential is not valid: the access token "
                                             "has expired"_s);
        reply.addHeader("WWW-Authenticate",
                        "Bearer error=\"invalid_token\", error_description=\"token expired\"");
        return reply;
    }
    case SimCredentialStore::TokenStatus::Unknown:
        break;
    }
    SimReply reply =
        SimReply::authError(401, "INVALID_CREDENTIAL", u"This credential does not exist"_s);
    reply.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return reply;
}
