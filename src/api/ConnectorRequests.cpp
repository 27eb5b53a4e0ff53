#include "ConnectorRequests.h"

using namespace Qt::StringLiterals;

QJsonObject NewConnector::toJson() const
{
    QJsonObject body{
        {u"displayName"_s, displayName},
        {u"smartHost"_s, smartHost},
        {u"port"_s, port},
        {u"requireTLS"_s, requireTls},
        {u"maxSendSize"_s, maxSendSizeMb},
        {u"smartHostAuthMechanism"_s, authMechanismToApi(authMechanism)},
    };
    if (authMechanism != AuthMechanism::None) {
        body.insert(u"user"_s, user);
        body.insert(u"password"_s, password);
    }
    return body;
}

QJsonObject ConnectorChanges::toJson() const
{
    QJsonObject body;
    if (displayName)
        body.insert(u"displayName"_s, *displayName);
    if (smartHost)
        body.insert(u"smartHost"_s, *smartHost);
    if (port)
        body.insert(u"port"_s, *port);
    if (requireTls)
        body.insert(u"requireTLS"_s, *requireTls);
    if (maxSendSizeMb)
        body.insert(u"maxSendSize"_s, *maxSendSizeMb);
    return body;
}

bool ConnectorChanges::isVisibleIn(const SendConnector &connector) const
{
    return (!displayName || *displayName == connector.displayName) &&
           (!smartHost || *smartHost == connector.smartHost) &&
           (!port || *port == connector.port) &&
           (!requireTls || *requireTls == connector.requireTls) &&
           (!maxSendSizeMb || *maxSendSizeMb == connector.maxSendSizeMb);
}

ConnectorChanges ConnectorChanges::between(const SendConnector &original,
                                           const SendConnector &edited)
{
    ConnectorChanges changes;
    if (edited.displayName != original.displayName)
        changes.displayName = edited.displayName;
    if (edited.smartHost != original.smartHost)
        changes.smartHost = edited.smartHost;
    if (edited.port != original.port)
        changes.port = edited.port;
    if (edited.requireTls != original.requireTls)
        changes.requireTls = edited.requireTls;
    if (edited.maxSendSizeMb != original.maxSendSizeMb)
        changes.maxSendSizeMb = edited.maxSendSizeMb;
    return changes;
}

QJsonObject AuthenticationChange::toJson() const
{
    QJsonObject body{{u"smartHostAuthMechanism"_s, authMechanismToApi(authMechanism)}};
    if (authMechanism != AuthMechanism::None) {
        body.insert(u"user"_s, user);
        body.insert(u"password"_s, password);
    }
    return body;
}
