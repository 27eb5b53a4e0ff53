#pragma once

#include "SimReply.h"
#include "SimService.h"

#include <QJsonObject>

// …/task routes of one service: GET task (ids of tasks still todo or doing) and
// GET task/{id} (any task, finished ones included).
class TaskRoutes
{
public:
    explicit TaskRoutes(SimService &service);

    SimReply list() const;
    QList<QJsonObject> objects() const;
    SimReply get(const QString &idText) const;

private:
    SimService &m_service;
};
