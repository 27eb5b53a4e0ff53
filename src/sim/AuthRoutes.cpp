#include "AuthRoutes.h"

#include "JsonReader.h"
#include "SimAuthenticator.h"
#include "SimCredentialStore.h"
#include "SimRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
bool isTokenPath(const SimRequest &request)
{
    return request.segments == QStringList{u"auth"_s, u"oauth2"_s, u"token"_s};
}

bool isValidationPage(const SimRequest &request)
{
    return !request.underApiRoot && request.segments.value(0) == u"auth"_s &&
           (request.segments.size() == 1 ||
            (request.segments.size() == 2 && request.segments.at(1).isEmpty()));
}

SimReply oauth2Error(int status, const QString &error, const QString &description)
{
    SimReply reply = SimReply::json(
        QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}}, status);
    reply.addHeader("Cache-Control", "no-store");
    return reply;
}
} // namespace

AuthRoutes::AuthRoutes(SimCredentialStore &store, std::function<void(const QString &)> onValidated)
    : m_store(store)
    , m_onValidated(std::move(onValidated))
{}

bool AuthRoutes::isPublic(const SimRequest &request)
{
    if (isTokenPath(request))
        return true;
    if (!request.underApiRoot)
        return isValidationPage(request);
    return request.segments == QStringList{u"auth"_s, u"time"_s} ||
           request.segments == QStringList{u"auth"_s, u"credential"_s};
}

SimReply AuthRoutes::handlePublic(const SimRequest &request, const QDateTime &serverNow)
{
    if (isTokenPath(request))
        return request.method == "POST" ? oauth2Token(request) : SimReply::invalidRoute();
    if (isValidationPage(request))
        return request.method == "GET" ? validationPage(request) : SimReply::invalidRoute();
    if (request.segments.value(1) == u"time"_s && request.method == "GET")
        return serverTime(serverNow);
    if (request.segments.value(1) == u"credential"_s && request.method == "POST")
        return createCredential(request, serverNow);
    return SimReply::invalidRoute();
}

SimReply AuthRoutes::serverTime(const QDateTime &serverNow) const
{
    return SimReply::json(QJsonValue(serverNow.toSecsSinceEpoch()));
}

SimReply AuthRoutes::createCredential(const SimRequest &request, const QDateTime &serverNow)
{
    const QString applicationKey = QString::fromUtf8(request.header("X-Ovh-Application"));
    if (applicationKey.isEmpty())
        return SimReply::authError(401, "NOT_AUTHENTICATED", u"You must login first"_s);
    if (!m_store.applicationSecret(applicationKey))
        return SimReply::authError(403, "INVALID_KEY", u"This application key is invalid"_s);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SimReply::badRequest(u"Invalid JSON received"_s);
    const QJsonObject body = document.object();
    const QJsonValue rulesValue = body.value(u"accessRules"_s);
    if (!rulesValue.isArray() || rulesValue.toArray().isEmpty())
        return SimReply::badRequest(u"[accessRules] Property is mandatory"_s);
    QList<AccessRule> rules;
    for (const QJsonValue &value : rulesValue.toArray()) {
        const auto rule = AccessRule::fromJson(value);
        if (!rule)
            return SimReply::badRequest(
                u"[accessRules] Each rule needs a method (GET, POST, PUT, DELETE) and a path "
                "starting with /"_s);
        rules << *rule;
    }
    const QJsonValue redirection = body.value(u"redirection"_s);
    if (!redirection.isUndefined() && !redirection.isNull() && !redirection.isString())
        return SimReply::badRequest(u"[redirection] Given data is not valid for type string"_s);

    const SimConsumerKey &key =
        m_store.createConsumerKey(applicationKey, rules, redirection.toString(), serverNow);
    const QString validationUrl = u"http://"_s + QString::fromUtf8(request.host) +
                                  u"/auth/?credentialToken="_s + key.validationToken;
    return SimReply::json(QJsonObject{{u"consumerKey"_s, key.key},
                                      {u"validationUrl"_s, validationUrl},
                                      {u"state"_s, u"pendingValidation"_s}});
}

SimReply AuthRoutes::currentCredential(const SimIdentity &identity, const QDateTime &serverNow)
{
    if (identity.isOAuth2()) {
        // A service account's token: everything it may do is decided by IAM, not rules.
        QJsonObject object{
            {u"credentialId"_s, 0},
            {u"applicationId"_s, 0},
            {u"status"_s, u"validated"_s},
            {u"rules"_s, QJsonArray{AccessRule{u"GET"_s, u"/*"_s}.toJson()}},
            {u"creation"_s, QJsonValue(QJsonValue::Null)},
            {u"expiration"_s, QJsonValue(QJsonValue::Null)},
            {u"lastUse"_s, formatApiDateTime(serverNow)},
            {u"ovhSupport"_s, false},
            {u"allowedIPs"_s, QJsonValue(QJsonValue::Null)},
        };
        return SimReply::json(object);
    }
    const SimConsumerKey *key = m_store.consumerKey(identity.consumerKey);
    if (!key)
        return SimReply::authError(403, "INVALID_CREDENTIAL", u"This credential does not exist"_s);
    return SimReply::json(key->toJson(m_store.applicationId(key->applicationKey)));
}

SimReply AuthRoutes::oauth2Token(const SimRequest &request)
{
    // application/x-www-form-urlencoded: '+' stands for a space.
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QUrlQuery fields(QString::fromUtf8(form));
    const auto field = [&](const QString &name) {
        return fields.queryItemValue(name, QUrl::FullyDecoded);
    };
    QString clientId = field(u"client_id"_s);
    QString clientSecret = field(u"client_secret"_s);
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(pair.left(colon));
            clientSecret = QUrl::fromPercentEncoding(pair.mid(colon + 1));
        }
    }
    const QString grantType = field(u"grant_type"_s);
    if (grantType.isEmpty())
        return oauth2Error(400, u"invalid_request"_s, u"grant_type is missing"_s);
    if (grantType != u"client_credentials"_s)
        return oauth2Error(400, u"unsupported_grant_type"_s,
                           u"Only client_credentials is supported"_s);
    if (!m_store.checkClient(clientId, clientSecret))
        return oauth2Error(401, u"invalid_client"_s, u"Client authentication failed"_s);
    const QString scope = field(u"scope"_s);
    if (!scope.isEmpty() && scope != u"all"_s)
        return oauth2Error(400, u"invalid_scope"_s, u"The only scope is \"all\""_s);

    const QString token = m_store.issueToken(clientId, QDateTime::currentMSecsSinceEpoch());
    SimReply reply = SimReply::json(QJsonObject{{u"access_token"_s, token},
                                                {u"token_type"_s, u"Bearer"_s},
                                                {u"expires_in"_s, m_store.tokenLifetime()},
                                                {u"scope"_s, u"all"_s}});
    reply.addHeader("Cache-Control", "no-store");
    return reply;
}

SimReply AuthRoutes::validationPage(const SimRequest &request)
{
    const QString token = request.query.queryItemValue(u"credentialToken"_s);
    SimConsumerKey *key = m_store.consumerKeyByValidationToken(token);
    if (!key)
        return SimReply::html(u"Unknown or missing credential token."_s, 404);
    const bool validated = m_store.validate(key->key);
    if (validated && m_onValidated)
        m_onValidated(key->key);
    if (!key->redirection.isEmpty()) {
        SimReply redirect = SimReply::html(u"Redirecting…"_s, 302);
        redirect.addHeader("Location", key->redirection.toUtf8());
        return redirect;
    }
    return SimReply::html(validated ? u"The consumer key is now valid: you may close this page."_s
                                    : u"This consumer key was already validated."_s);
}
