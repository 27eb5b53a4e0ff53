#include "TaskRoutes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

TaskRoutes::TaskRoutes(SimService &service)
    : m_service(service)
{}

SimReply TaskRoutes::list() const
{
    QJsonArray ids;
    for (const auto &[id, simTask] : m_service.tasks)
        if (!simTask.task.isFinished())
            ids.append(id);
    return SimReply::json(ids);
}

QList<QJsonObject> TaskRoutes::objects() const
{
    QList<QJsonObject> result;
    for (const auto &[id, simTask] : m_service.tasks)
        if (!simTask.task.isFinished())
            result << simTask.task.toJson();
    return result;
}

SimReply TaskRoutes::get(const QString &idText) const
{
    bool numeric = false;
    const qint64 id = idText.toLongLong(&numeric);
    if (!numeric)
        return SimReply::badRequest(
            u"[id] Given data (%1) is not valid for type long"_s.arg(idText.left(60)));
    const auto it = m_service.tasks.find(id);
    if (it == m_service.tasks.end())
        return SimReply::objectNotFound(u"id"_s, idText);
    return SimReply::json(it->second.task.toJson());
}
