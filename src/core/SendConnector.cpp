#include "SendConnector.h"

#include "JsonReader.h"

using namespace Qt::StringLiterals;

namespace {
struct MechanismName
{
    AuthMechanism mechanism;
    QLatin1StringView api;
};
constexpr MechanismName mechanismNames[] = {
    {AuthMechanism::None, QLatin1StringView("none")},
    {AuthMechanism::BasicAuth, QLatin1StringView("basicAuth")},
    {AuthMechanism::BasicAuthRequireTls, QLatin1StringView("basicAuthRequireTLS")},
};

struct StateName
{
    ConnectorState state;
    QLatin1StringView api;
};
constexpr StateName stateNames[] = {
    {ConnectorState::Creating, QLatin1StringView("creating")},
    {ConnectorState::Deleting, QLatin1StringView("deleting")},
    {ConnectorState::InternalMigration, QLatin1StringView("internalMigration")},
    {ConnectorState::Ok, QLatin1StringView("ok")},
    {ConnectorState::Reopening, QLatin1StringView("reopening")},
    {ConnectorState::Suspended, QLatin1StringView("suspended")},
    {ConnectorState::Suspending, QLatin1StringView("suspending")},
};
} // namespace

QString authMechanismToApi(AuthMechanism mechanism)
{
    for (const auto &entry : mechanismNames)
        if (entry.mechanism == mechanism)
            return entry.api;
    return {};
}

std::optional<AuthMechanism> authMechanismFromApi(const QString &text)
{
    for (const auto &entry : mechanismNames)
        if (entry.api == text)
            return entry.mechanism;
    return std::nullopt;
}

QString connectorStateToApi(ConnectorState state)
{
    for (const auto &entry : stateNames)
        if (entry.state == state)
            return entry.api;
    return {};
}

std::optional<ConnectorState> connectorStateFromApi(const QString &text)
{
    for (const auto &entry : stateNames)
        if (entry.api == text)
            return entry.state;
    return std::nullopt;
}

std::optional<SendConnector> SendConnector::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, QStringLiteral("sendConnector"));
    SendConnector c;
    c.id = ConnectorId(reader.integer(u"id"_s));
    c.displayName = reader.string(u"displayName"_s);
    c.smartHost = reader.string(u"smartHost"_s);
    c.port = reader.optionalInt(u"port"_s).value_or(DefaultPort);
    c.requireTls = reader.optionalBoolean(u"requireTLS"_s).value_or(false);
    c.maxSendSizeMb = reader.optionalInt(u"maxSendSize"_s).value_or(MaxSendSizeLimitMb);
    const QString mechanism = reader.optionalString(u"smartHostAuthMechanism"_s);
    if (!mechanism.isEmpty()) {
        if (const auto parsed = authMechanismFromApi(mechanism))
            c.authMechanism = *parsed;
        else
            reader.fail(u"smartHostAuthMechanism"_s,
                        tr("unknown mechanism %1").arg(mechanism.left(40)));
    }
    const QString state = reader.string(u"state"_s);
    if (reader.ok()) {
        if (const auto parsed = connectorStateFromApi(state))
            c.state = *parsed;
        else
            reader.fail(u"state"_s, tr("unknown state %1").arg(state.left(40)));
    }
    c.taskPendingId = TaskId(reader.optionalInteger(u"taskPendingId"_s).value_or(0));
    c.creationDate = reader.optionalDateTime(u"creationDate"_s);
    c.lastUpdateDate = reader.optionalDateTime(u"lastUpdateDate"_s);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return c;
}

QJsonObject SendConnector::toJson() const
{
    return QJsonObject{
        {u"id"_s, id.value()},
        {u"displayName"_s, displayName},
        {u"smartHost"_s, smartHost},
        {u"port"_s, port},
        {u"requireTLS"_s, requireTls},
        {u"maxSendSize"_s, maxSendSizeMb},
        {u"smartHostAuthMechanism"_s, authMechanismToApi(authMechanism)},
        {u"state"_s, connectorStateToApi(state)},
        {u"taskPendingId"_s, taskPendingId.value()},
        {u"creationDate"_s, formatApiDateTime(creationDate)},
        {u"lastUpdateDate"_s, lastUpdateDate.isValid()
                                  ? QJsonValue(formatApiDateTime(lastUpdateDate))
                                  : QJsonValue(QJsonValue::Null)},
    };
}
