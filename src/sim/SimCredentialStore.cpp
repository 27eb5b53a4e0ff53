#include "SimCredentialStore.h"

#include "JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr const char *alphanumeric =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr const char *hexDigits = "0123456789abcdef";
} // namespace

bool SimConsumerKey::isAllowed(const QString &method, const QString &path) const
{
    for (const AccessRule &rule : rules)
        if (rule.matches(method, path))
            return true;
    return false;
}

QString SimConsumerKey::statusToApi(Status status)
{
    switch (status) {
    case Status::PendingValidation:
        return u"pendingValidation"_s;
    case Status::Validated:
        return u"validated"_s;
    case Status::Expired:
        return u"expired"_s;
    case Status::Refused:
        return u"refused"_s;
    }
    return {};
}

QJsonObject SimConsumerKey::toJson(qint64 applicationId) const
{
    QJsonArray ruleArray;
    for (const AccessRule &rule : rules)
        ruleArray.append(rule.toJson());
    const auto date = [](const QDateTime &d) {
        return d.isValid() ? QJsonValue(formatApiDateTime(d)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {u"credentialId"_s, credentialId},
        {u"applicationId"_s, applicationId},
        {u"status"_s, statusToApi(status)},
        {u"rules"_s, ruleArray},
        {u"creation"_s, date(creation)},
        {u"expiration"_s, date(expiration)},
        {u"lastUse"_s, date(lastUse)},
        {u"ovhSupport"_s, false},
        {u"allowedIPs"_s, QJsonValue(QJsonValue::Null)},
    };
}

SimCredentialStore::SimCredentialStore(const SimOptions &options)
    : m_tokenLifetimeSeconds(options.oauth2TokenLifetimeSeconds)
    , m_random(options.seed)
{
    addApplication(options.applicationKey, options.applicationSecret);
    addConsumerKey(options.applicationKey, options.consumerKey, AccessRule::everything(),
                   SimConsumerKey::Status::Validated,
                   QDateTime(QDate(2023, 9, 25), QTime(14, 0), Qt::OffsetFromUTC, 7200));
    m_oauth2Clients.insert(options.oauth2ClientId, options.oauth2ClientSecret);
}

std::optional<QString> SimCredentialStore::applicationSecret(const QString &applicationKey) const
{
    const auto it = m_applications.constFind(applicationKey);
    if (it == m_applications.constEnd())
        return std::nullopt;
    return *it;
}

qint64 SimCredentialStore::applicationId(const QString &applicationKey) const
{
    return m_applicationIds.value(applicationKey);
}

void SimCredentialStore::addApplication(const QString &applicationKey,
                                        const QString &applicationSecret)
{
    m_applications.insert(applicationKey, applicationSecret);
    if (!m_applicationIds.contains(applicationKey))
        m_applicationIds.insert(applicationKey, 180431 + m_applicationIds.size());
}

SimConsumerKey &SimCredentialStore::createConsumerKey(const QString &applicationKey,
                                                      const QList<AccessRule> &rules,
                                                      const QString &redirection,
                                                      const QDateTime &now)
{
    QString key;
    do {
        key = randomText(32, alphanumeric);
    } while (m_consumerKeys.contains(key));
    SimConsumerKey &created =
        addConsumerKey(applicationKey, key, rules, SimConsumerKey::Status::PendingValidation, now);
    created.redirection = redirection;
    created.validationToken = randomText(64, hexDigits);
    return created;
}

SimConsumerKey &SimCredentialStore::addConsumerKey(const QString &applicationKey,
                                                   const QString &consumerKey,
                                                   const QList<AccessRule> &rules,
                                                   SimConsumerKey::Status status,
                                                   const QDateTime &now)
{
    SimConsumerKey &entry = m_consumerKeys[consumerKey];
    entry = SimConsumerKey();
    entry.key = consumerKey;
    entry.applicationKey = applicationKey;
    entry.rules = rules;
    entry.status = status;
    entry.credentialId = m_nextCredentialId++;
    entry.creation = now;
    return entry;
}

SimConsumerKey *SimCredentialStore::consumerKey(const QString &key)
{
    const auto it = m_consumerKeys.find(key);
    return it == m_consumerKeys.end() ? nullptr : &*it;
}

SimConsumerKey *SimCredentialStore::consumerKeyByValidationToken(const QString &token)
{
    if (token.isEmpty())
        return nullptr;
    for (SimConsumerKey &entry : m_consumerKeys)
        if (entry.validationToken == token)
            return &entry;
    return nullptr;
}

bool SimCredentialStore::validate(const QString &key)
{
    SimConsumerKey *entry = consumerKey(key);
    if (!entry || entry->status != SimConsumerKey::Status::PendingValidation)
        return false;
    entry->status = SimConsumerKey::Status::Validated;
    return true;
}

bool SimCredentialStore::checkClient(const QString &clientId, const QString &clientSecret) const
{
    const auto it = m_oauth2Clients.constFind(clientId);
    return it != m_oauth2Clients.constEnd() && *it == clientSecret && !clientSecret.isEmpty();
}

QString SimCredentialStore::issueToken(const QString &clientId, qint64 nowMs)
{
    QString token;
    do {
        token = randomText(48, alphanumeric);
    } while (m_tokens.contains(token));
    m_tokens.insert(token, Token{clientId, nowMs + qint64(m_tokenLifetimeSeconds) * 1000});
    return token;
}

SimCredentialStore::TokenStatus SimCredentialStore::tokenStatus(const QString &token,
                                                                qint64 nowMs) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return TokenStatus::Unknown;
    return nowMs < it->expiresAtMs ? TokenStatus::Valid : TokenStatus::Expired;
}

void SimCredentialStore::expireAllTokens()
{
    for (Token &token : m_tokens)
        token.expiresAtMs = 0;
}

QString SimCredentialStore::randomText(int length, const char *alphabet)
{
    const int size = int(qstrlen(alphabet));
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(alphabet[m_random.bounded(size)]);
    return text;
}
