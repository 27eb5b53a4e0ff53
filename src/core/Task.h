#pragma once

#include "StrongId.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

enum class TaskStatus { Todo, Doing, Done, Error, Cancelled };

QString taskStatusToApi(TaskStatus status);
std::optional<TaskStatus> taskStatusFromApi(const QString &text);

// email.exchange.Task: what POST and DELETE calls return instead of the object.
struct Task
{
    TaskId id;
    QString function;
    TaskStatus status = TaskStatus::Todo;
    QDateTime todoDate;
    QDateTime finishDate;

    bool isFinished() const
    {
        return status == TaskStatus::Done || status == TaskStatus::Error ||
               status == TaskStatus::Cancelled;
    }

    static std::optional<Task> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const Task &, const Task &) = default;
};

Q_DECLARE_METATYPE(Task)
