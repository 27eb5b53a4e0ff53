#include "DomainRoutes.h"

#include "RequestBody.h"
#include "SimRequest.h"
#include "SimWorld.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

DomainRoutes::DomainRoutes(SimService &service)
    : m_service(service)
{}

QJsonObject DomainRoutes::toJson(const Domain &domain)
{
    QJsonObject object = domain.toJson();
    object.insert(u"main"_s, true);
    object.insert(u"cnameToCheck"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"mxIsValid"_s, true);
    object.insert(u"mxRelay"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"srvIsValid"_s, true);
    object.insert(u"spfIsValid"_s, true);
    object.insert(u"dkimDiagnostics"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"organization2010"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"expectedAutodiscoverSRV"_s, u"0 0 443 autodiscover.mail.ovh.net"_s);
    object.insert(u"expectedMX"_s, QJsonArray{u"mx0.mail.ovh.net"_s, u"mx1.mail.ovh.net"_s});
    return object;
}

SimReply DomainRoutes::list() const
{
    QJsonArray names;
    for (const auto &[key, domain] : m_service.domains)
        names.append(domain.name);
    return SimReply::json(names);
}

QList<QJsonObject> DomainRoutes::objects() const
{
    QList<QJsonObject> result;
    for (const auto &[key, domain] : m_service.domains)
        result << toJson(domain);
    return result;
}

SimReply DomainRoutes::get(const QString &name) const
{
    const auto it = m_service.domains.find(SimWorld::normalizedKey(name));
    if (it == m_service.domains.end())
        return SimReply::objectNotFound(u"domainName"_s, name);
    return SimReply::json(toJson(it->second));
}

SimReply DomainRoutes::changeDefaultSbr(const QString &name, const SimRequest &request)
{
    const auto it = m_service.domains.find(SimWorld::normalizedKey(name));
    if (it == m_service.domains.end())
        return SimReply::objectNotFound(u"domainName"_s, name);
    SimReply error;
    auto body = RequestBody::parse(request.body, &error);
    if (!body)
        return error;
    body->rejectOthers({u"sendConnectorIdDefault"_s, u"sbrDefault"_s}, u"Unknown property"_s);
    const auto connectorId = body->integer(u"sendConnectorIdDefault"_s);
    const auto sbrDefault = body->string(u"sbrDefault"_s);
    if (body->ok() && !body->has(u"sendConnectorIdDefault"_s) && !sbrDefault)
        body->fail(u"sendConnectorIdDefault"_s, u"Property is mandatory"_s);
    if (!body->ok())
        return body->error();
    if (connectorId.value_or(0) != 0) {
        const auto c = m_service.connectors.find(*connectorId);
        if (c == m_service.connectors.end())
            return SimReply::notFound(u"Send connector %1 does not exist on this service"_s.arg(
                QString::number(*connectorId)));
        if (c->second.connector.state != ConnectorState::Ok)
            return SimReply::conflict(
                u"Send connector %1 cannot be used while its state is %2"_s.arg(
                    QString::number(*connectorId), connectorStateToApi(c->second.connector.state)));
    }
    Domain &domain = it->second;
    if (body->has(u"sendConnectorIdDefault"_s))
        domain.sendConnectorIdDefault = ConnectorId(connectorId.value_or(0));
    if (sbrDefault)
        domain.sbrDefault = *sbrDefault;
    return SimReply::null();
}
