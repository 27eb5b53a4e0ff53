#pragma once

#include "AccessRule.h"
#include "SimOptions.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <optional>

// A consumer key as OVHcloud keeps it.
struct SimConsumerKey
{
    enum class Status { PendingValidation, Validated, Expired, Refused };

    QString key;
    QString applicationKey;
    QList<AccessRule> rules;
    Status status = Status::PendingValidation;
    QString validationToken; // in the validation URL: /auth/?credentialToken=…
    QString redirection;
    qint64 credentialId = 0;
    QDateTime creation;
    QDateTime expiration; // invalid: never expires
    QDateTime lastUse;

    bool isAllowed(const QString &method, const QString &path) const;
    static QString statusToApi(Status status);
    // The /auth/currentCredential object.
    QJsonObject toJson(qint64 applicationId) const;
};

// Application keys, consumer keys and OAuth2 clients and tokens known to the simulator.
// Seeded with the demo credentials of SimOptions; new keys come from POST /auth/credential.
class SimCredentialStore
{
public:
    enum class TokenStatus { Unknown, Valid, Expired };

    explicit SimCredentialStore(const SimOptions &options);

    std::optional<QString> applicationSecret(const QString &applicationKey) const;
    qint64 applicationId(const QString &applicationKey) const;
    void addApplication(const QString &applicationKey, const QString &applicationSecret);

    SimConsumerKey &createConsumerKey(const QString &applicationKey, const QList<AccessRule> &rules,
                                      const QString &redirection, const QDateTime &now);
    // Adds (or replaces) a consumer key with a given value, e.g. a validated key with few rules.
    SimConsumerKey &addConsumerKey(const QString &applicationKey, const QString &consumerKey,
                                   const QList<AccessRule> &rules, SimConsumerKey::Status status,
                                   const QDateTime &now);
    SimConsumerKey *consumerKey(const QString &key);
    SimConsumerKey *consumerKeyByValidationToken(const QString &token);
    bool validate(const QString &key);

    bool checkClient(const QString &clientId, const QString &clientSecret) const;
    // Returns the new access token; it lives tokenLifetimeSeconds from nowMs.
    QString issueToken(const QString &clientId, qint64 nowMs);
    TokenStatus tokenStatus(const QString &token, qint64 nowMs) const;
    QString tokenClient(const QString &token) const { return m_tokens.value(token).clientId; }
    void expireAllTokens();
    void setTokenLifetime(int seconds) { m_tokenLifetimeSeconds = seconds; }
    int tokenLifetime() const { return m_tokenLifetimeSeconds; }

private:
    struct Token
    {
        QString clientId;
        qint64 expiresAtMs = 0;
    };
    QString randomText(int length, const char *alphabet);

    QHash<QString, QString> m_applications; // key → secret
    QHash<QString, qint64> m_applicationIds;
    QHash<QString, SimConsumerKey> m_consumerKeys;
    QHash<QString, QString> m_oauth2Clients; // id → secret
    QHash<QString, Token> m_tokens;
    int m_tokenLifetimeSeconds = 3600;
    qint64 m_nextCredentialId = 471093001;
    QRandomGenerator m_random;
};
