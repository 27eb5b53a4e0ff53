#pragma once

#include "SimReply.h"
#include "SimService.h"

#include <QJsonObject>

struct SimRequest;

// …/domain routes of one service:
//   GET domain                          names
//   GET domain/{name}                   the domain (sendConnectorIdDefault, sbrDefault…)
//   PUT domain/{name}/changeDefaultSBR  {"sendConnectorIdDefault": N} (0 resets; unknown → 404;
//                                       connector not "ok" → 409), optional sbrDefault → null
class DomainRoutes
{
public:
    explicit DomainRoutes(SimService &service);

    SimReply list() const;
    QList<QJsonObject> objects() const;
    SimReply get(const QString &name) const;
    SimReply changeDefaultSbr(const QString &name, const SimRequest &request);

    static QJsonObject toJson(const Domain &domain);

private:
    SimService &m_service;
};
