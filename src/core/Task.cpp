#include "Task.h"

#include "JsonReader.h"

using namespace Qt::StringLiterals;

namespace {
constexpr std::pair<TaskStatus, QLatin1StringView> statusNames[] = {
    {TaskStatus::Todo, QLatin1StringView("todo")},
    {TaskStatus::Doing, QLatin1StringView("doing")},
    {TaskStatus::Done, QLatin1StringView("done")},
    {TaskStatus::Error, QLatin1StringView("error")},
    {TaskStatus::Cancelled, QLatin1StringView("cancelled")},
};
} // namespace

QString taskStatusToApi(TaskStatus status)
{
    for (const auto &[value, name] : statusNames)
        if (value == status)
            return name;
    return {};
}

std::optional<TaskStatus> taskStatusFromApi(const QString &text)
{
    for (const auto &[value, name] : statusNames)
        if (name == text)
            return value;
    return std::nullopt;
}

std::optional<Task> Task::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, u"task"_s);
    Task t;
    t.id = TaskId(reader.integer(u"id"_s));
    t.function = reader.optionalString(u"function"_s);
    const QString status = reader.string(u"status"_s);
    if (reader.ok()) {
        if (const auto parsed = taskStatusFromApi(status))
            t.status = *parsed;
        else
            reader.fail(u"status"_s, u"unknown status "_s + status.left(40));
    }
    t.todoDate = reader.optionalDateTime(u"todoDate"_s);
    t.finishDate = reader.optionalDateTime(u"finishDate"_s);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return t;
}

QJsonObject Task::toJson() const
{
    return QJsonObject{
        {u"id"_s, id.value()},
        {u"function"_s, function},
        {u"status"_s, taskStatusToApi(status)},
        {u"todoDate"_s, formatApiDateTime(todoDate)},
        {u"finishDate"_s, finishDate.isValid() ? QJsonValue(formatApiDateTime(finishDate))
                                               : QJsonValue(QJsonValue::Null)},
    };
}
