#include "ConnectorRoutes.h"

#include "RequestBody.h"
#include "SimRequest.h"
#include "SimWorld.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QString displayNameField = u"displayName"_s;
const QString smartHostField = u"smartHost"_s;
const QString portField = u"port"_s;
const QString requireTlsField = u"requireTLS"_s;
const QString maxSendSizeField = u"maxSendSize"_s;
const QString mechanismField = u"smartHostAuthMechanism"_s;
const QString userField = u"user"_s;
const QString passwordField = u"password"_s;

std::optional<AuthMechanism> readMechanism(RequestBody &body)
{
    const auto text = body.string(mechanismField);
    if (!text)
        return std::nullopt;
    const auto mechanism = authMechanismFromApi(*text);
    if (!mechanism)
        body.fail(
            mechanismField,
            u"Given data (%1) does not belong to the enum "
            "email.exchange.SmartHostAuthMechanismEnum (none, basicAuth, basicAuthRequireTLS)"_s
                .arg(text->left(40)));
    return mechanism;
}

void checkSmartHost(RequestBody &body, const QString &host)
{
    if (host.contains(u' ') || host.contains(u'/') || host.contains(u':'))
        body.fail(smartHostField, u"Given data (%1) is not a valid host name"_s.arg(host.left(60)));
}
} // namespace

ConnectorRoutes::ConnectorRoutes(SimWorld &world, SimService &service)
    : m_world(world)
    , m_service(service)
{}

SimReply ConnectorRoutes::list() const
{
    QJsonArray ids;
    for (const auto &[id, connector] : m_service.connectors)
        ids.append(id);
    return SimReply::json(ids);
}

QList<QJsonObject> ConnectorRoutes::objects() const
{
    QList<QJsonObject> result;
    for (const auto &[id, connector] : m_service.connectors)
        result << connector.connector.toJson();
    return result;
}

SimConnector *ConnectorRoutes::find(const QString &idText, SimReply *error)
{
    bool numeric = false;
    const qint64 id = idText.toLongLong(&numeric);
    if (!numeric) {
        *error = SimReply::badRequest(
            u"[id] Given data (%1) is not valid for type long"_s.arg(idText.left(60)));
        return nullptr;
    }
    const auto it = m_service.connectors.find(id);
    if (it == m_service.connectors.end()) {
        *error = SimReply::objectNotFound(u"id"_s, idText);
        return nullptr;
    }
    return &it->second;
}

SimReply ConnectorRoutes::taskPendingConflict(const SimConnector &connector)
{
    return SimReply::conflict(u"A task (%1) is already pending on send connector %2: wait until "
                              "it is done"_s.arg(connector.connector.taskPendingId.toString(),
                                                 connector.connector.id.toString()));
}

SimReply ConnectorRoutes::get(const QString &idText)
{
    SimReply error;
    const SimConnector *connector = find(idText, &error);
    return connector ? SimReply::json(connector->connector.toJson()) : error;
}

SimReply ConnectorRoutes::create(const SimRequest &request, TaskOutcome outcome)
{
    SimReply error;
    auto body = RequestBody::parse(request.body, &error);
    if (!body)
        return error;
    body->rejectOthers({displayNameField, smartHostField, portField, requireTlsField,
                        maxSendSizeField, mechanismField, userField, passwordField},
                       u"Unknown property"_s);
    SendConnector c;
    c.displayName = body->requiredString(displayNameField);
    c.smartHost = body->requiredString(smartHostField);
    checkSmartHost(*body, c.smartHost);
    const auto port = body->integer(portField);
    body->checkRange(portField, port, 1, 65535);
    c.port = int(port.value_or(SendConnector::DefaultPort));
    c.requireTls = body->boolean(requireTlsField).value_or(false);
    const auto maxSendSize = body->integer(maxSendSizeField);
    body->checkRange(maxSendSizeField, maxSendSize, 1, SendConnector::MaxSendSizeLimitMb);
    c.maxSendSizeMb = int(maxSendSize.value_or(SendConnector::MaxSendSizeLimitMb));
    c.authMechanism = readMechanism(*body).value_or(AuthMechanism::None);
    const QString user = body->string(userField).value_or(QString());
    const QString password = body->string(passwordField).value_or(QString());
    if (body->ok() && c.authMechanism != AuthMechanism::None && user.isEmpty())
        body->fail(userField, u"Property is mandatory with basic authentication"_s);
    if (!body->ok())
        return body->error();

    c.id = m_world.takeNextConnectorId();
    c.state = ConnectorState::Creating;
    c.creationDate = m_world.now();
    const qint64 id = c.id.value();
    const Task task = m_world.startTask(m_service.ref(), u"addSendConnector"_s, outcome,
                                        [id](SimService &s, TaskStatus status) {
                                            const auto it = s.connectors.find(id);
                                            if (it == s.connectors.end())
                                                return;
                                            if (status == TaskStatus::Done) {
                                                it->second.connector.state = ConnectorState::Ok;
                                                it->second.connector.taskPendingId = TaskId();
                                            } else {
                                                SimWorld::releaseConnector(s, ConnectorId(id));
                                                s.connectors.erase(it);
                                            }
                                        });
    c.taskPendingId = task.id;
    m_service.connectors[id] = SimConnector{c, user, password};
    return SimReply::json(task.toJson());
}

SimReply ConnectorRoutes::update(const QString &idText, const SimRequest &request)
{
    SimReply error;
    SimConnector *connector = find(idText, &error);
    if (!connector)
        return error;
    auto body = RequestBody::parse(request.body, &error);
    if (!body)
        return error;
    body->rejectOthers(
        {displayNameField, smartHostField, portField, requireTlsField, maxSendSizeField},
        u"This property cannot be changed here (changeAuthentication changes the "
        "authentication; the others are read-only)"_s);
    const auto displayName = body->string(displayNameField);
    if (displayName && displayName->trimmed().isEmpty())
        body->fail(displayNameField, u"Property cannot be empty"_s);
    const auto smartHost = body->string(smartHostField);
    if (smartHost) {
        if (smartHost->trimmed().isEmpty())
            body->fail(smartHostField, u"Property cannot be empty"_s);
        checkSmartHost(*body, *smartHost);
    }
    const auto port = body->integer(portField);
    body->checkRange(portField, port, 1, 65535);
    const auto requireTls = body->boolean(requireTlsField);
    const auto maxSendSize = body->integer(maxSendSizeField);
    body->checkRange(maxSendSizeField, maxSendSize, 1, SendConnector::MaxSendSizeLimitMb);
    if (!body->ok())
        return body->error();
    if (!connector->connector.taskPendingId.isNull())
        return taskPendingConflict(*connector);

    SendConnector &c = connector->connector;
    c.displayName = displayName.value_or(c.displayName);
    c.smartHost = smartHost.value_or(c.smartHost);
    c.port = int(port.value_or(c.port));
    c.requireTls = requireTls.value_or(c.requireTls);
    c.maxSendSizeMb = int(maxSendSize.value_or(c.maxSendSizeMb));
    c.lastUpdateDate = m_world.now();
    return SimReply::null();
}

SimReply ConnectorRoutes::remove(const QString &idText, TaskOutcome outcome)
{
    SimReply error;
    SimConnector *connector = find(idText, &error);
    if (!connector)
        return error;
    if (!connector->connector.taskPendingId.isNull())
        return taskPendingConflict(*connector);
    const qint64 id = connector->connector.id.value();
    const Task task = m_world.startTask(m_service.ref(), u"deleteSendConnector"_s, outcome,
                                        [id](SimService &s, TaskStatus status) {
                                            const auto it = s.connectors.find(id);
                                            if (it == s.connectors.end())
                                                return;
                                            if (status == TaskStatus::Done) {
                                                SimWorld::releaseConnector(s, ConnectorId(id));
                                                s.connectors.erase(it);
                                            } else {
                                                it->second.connector.state = ConnectorState::Ok;
                                                it->second.connector.taskPendingId = TaskId();
                                            }
                                        });
    connector->connector.state = ConnectorState::Deleting;
    connector->connector.taskPendingId = task.id;
    return SimReply::json(task.toJson());
}

SimReply ConnectorRoutes::changeAuthentication(const QString &idText, const SimRequest &request,
                                               TaskOutcome outcome)
{
    SimReply error;
    SimConnector *connector = find(idText, &error);
    if (!connector)
        return error;
    auto body = RequestBody::parse(request.body, &error, true);
    if (!body)
        return error;
    body->rejectOthers({mechanismField, userField, passwordField}, u"Unknown property"_s);
    const auto mechanism = readMechanism(*body);
    const auto user = body->string(userField);
    const auto password = body->string(passwordField);
    if (!body->ok())
        return body->error();
    if (!connector->connector.taskPendingId.isNull())
        return taskPendingConflict(*connector);

    const qint64 id = connector->connector.id.value();
    SimWorld *world = &m_world;
    const Task task =
        m_world.startTask(m_service.ref(), u"changeAuthenticationSendConnector"_s, outcome,
                          [id, mechanism, user, password, world](SimService &s, TaskStatus status) {
                              const auto it = s.connectors.find(id);
                              if (it == s.connectors.end())
                                  return;
                              SimConnector &target = it->second;
                              target.connector.taskPendingId = TaskId();
                              if (status != TaskStatus::Done)
                                  return;
                              target.connector.authMechanism =
                                  mechanism.value_or(target.connector.authMechanism);
                              target.user = user.value_or(target.user);
                              target.password = password.value_or(target.password);
                              target.connector.lastUpdateDate = world->now();
                          });
    connector->connector.taskPendingId = task.id;
    return SimReply::json(task.toJson());
}
