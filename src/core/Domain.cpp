#include "Domain.h"

#include "JsonReader.h"

using namespace Qt::StringLiterals;

std::optional<Domain> Domain::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, u"domain"_s);
    Domain d;
    d.name = reader.string(u"name"_s);
    d.state = reader.optionalString(u"state"_s);
    d.type = reader.optionalString(u"type"_s);
    d.taskPendingId = TaskId(reader.optionalInteger(u"taskPendingId"_s).value_or(0));
    d.sendConnectorIdDefault =
        ConnectorId(reader.optionalInteger(u"sendConnectorIdDefault"_s).value_or(0));
    d.sbrDefault = reader.optionalString(u"sbrDefault"_s);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return d;
}

QJsonObject Domain::toJson() const
{
    return QJsonObject{
        {u"name"_s, name},
        {u"state"_s, state},
        {u"type"_s, type},
        {u"taskPendingId"_s, taskPendingId.value()},
        {u"sendConnectorIdDefault"_s, sendConnectorIdDefault.isNull()
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(sendConnectorIdDefault.value())},
        {u"sbrDefault"_s,
         sbrDefault.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sbrDefault)},
    };
}
