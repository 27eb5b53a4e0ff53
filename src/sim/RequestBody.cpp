#include "RequestBody.h"

#include <QJsonDocument>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QString shown(const QJsonValue &value)
{
    return QString::fromUtf8(SimReply::encode(value)).left(60);
}
} // namespace

std::optional<RequestBody> RequestBody::parse(const QByteArray &body, SimReply *error,
                                              bool emptyIsObject)
{
    if (emptyIsObject && body.trimmed().isEmpty())
        return RequestBody(QJsonObject());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = SimReply::badRequest(u"Invalid JSON received: %1 at offset %2"_s.arg(
                parseError.errorString(), QString::number(parseError.offset)));
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = SimReply::badRequest(u"Invalid JSON received: expected an object"_s);
        return std::nullopt;
    }
    return RequestBody(document.object());
}

RequestBody::RequestBody(const QJsonObject &object)
    : m_object(object)
{}

void RequestBody::fail(const QString &field, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = u"[%1] %2"_s.arg(field, problem);
}

std::optional<QString> RequestBody::string(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(field, u"Given data (%1) is not valid for type string"_s.arg(shown(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> RequestBody::integer(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || std::fabs(number) > 9.0e15) {
        fail(field, u"Given data (%1) is not valid for type long"_s.arg(shown(value)));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> RequestBody::boolean(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(field, u"Given data (%1) is not valid for type boolean"_s.arg(shown(value)));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonObject> RequestBody::object(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fail(field, u"Given data (%1) is not valid for type object"_s.arg(shown(value)));
        return std::nullopt;
    }
    return value.toObject();
}

QString RequestBody::requiredString(const QString &field)
{
    const auto value = string(field);
    if (!ok())
        return {};
    if (!value || value->trimmed().isEmpty()) {
        fail(field, u"Property is mandatory"_s);
        return {};
    }
    return *value;
}

void RequestBody::checkRange(const QString &field, std::optional<qint64> value, qint64 low,
                             qint64 high)
{
    if (value && (*value < low || *value > high))
        fail(field, u"Given data (%1) must be between %2 and %3"_s.arg(
                        QString::number(*value), QString::number(low), QString::number(high)));
}

void RequestBody::rejectOthers(const QStringList &allowed, const QString &why)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!allowed.contains(it.key()))
            fail(it.key(), why);
}
