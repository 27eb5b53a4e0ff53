#pragma once

#include "SimReply.h"
#include "SimService.h"

#include <QJsonObject>

class SimWorld;
struct SimRequest;

// …/sendConnector routes of one service:
//   GET    sendConnector                         ids, ascending
//   POST   sendConnector                         Task addSendConnector; the connector exists
//                                                at once in state "creating", "ok" when done
//   GET    sendConnector/{id}                    the connector
//   PUT    sendConnector/{id}                    displayName, smartHost, port, requireTLS,
//                                                maxSendSize only → null
//   DELETE sendConnector/{id}                    Task deleteSendConnector; "deleting", then gone
//   POST   sendConnector/{id}/changeAuthentication  Task changeAuthenticationSendConnector
// A connector with a task pending refuses PUT, DELETE and changeAuthentication (409). When a
// creation task fails the connector disappears; when a deletion fails it is "ok" again.
class ConnectorRoutes
{
public:
    ConnectorRoutes(SimWorld &world, SimService &service);

    SimReply list() const;
    QList<QJsonObject> objects() const;
    SimReply get(const QString &idText);
    SimReply create(const SimRequest &request, TaskOutcome outcome);
    SimReply update(const QString &idText, const SimRequest &request);
    SimReply remove(const QString &idText, TaskOutcome outcome);
    SimReply changeAuthentication(const QString &idText, const SimRequest &request,
                                  TaskOutcome outcome);

private:
    SimConnector *find(const QString &idText, SimReply *error);
    static SimReply taskPendingConflict(const SimConnector &connector);

    SimWorld &m_world;
    SimService &m_service;
};
