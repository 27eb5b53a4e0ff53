#include "JsonReader.h"

#include <QJsonValue>
#include <cmath>
#include <limits>

JsonReader::JsonReader(const QJsonObject &object, QString typeName)
    : m_object(object)
    , m_typeName(std::move(typeName))
{}

void JsonReader::fail(const QString &key, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = tr("%1: field %2: %3").arg(m_typeName, key, problem);
}

QJsonValue JsonReader::required(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(key, tr("missing"));
    return value;
}

QString JsonReader::string(const QString &key)
{
    const QJsonValue value = required(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(key, tr("expected text"));
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(key, tr("expected text"));
        return {};
    }
    return value.toString();
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || number != std::floor(number) ||
        std::fabs(number) > 9.0e15) {
        fail(key, tr("expected a whole number"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<int> JsonReader::optionalInt(const QString &key)
{
    const std::optional<qint64> number = optionalInteger(key);
    if (!number)
        return std::nullopt;
    if (*number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max()) {
        fail(key, tr("number out of range: %1").arg(*number));
        return std::nullopt;
    }
    return int(*number);
}

qint64 JsonReader::integer(const QString &key)
{
    if (required(key).isUndefined())
        return 0;
    if (m_object.value(key).isNull()) {
        fail(key, tr("expected a whole number"));
        return 0;
    }
    return optionalInteger(key).value_or(0);
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(key, tr("expected true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

bool JsonReader::boolean(const QString &key)
{
    if (required(key).isUndefined())
        return false;
    return optionalBoolean(key).value_or(false);
}

QDateTime JsonReader::optionalDateTime(const QString &key)
{
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = parseApiDateTime(text);
    if (!parsed.isValid())
        fail(key, tr("not a date: %1").arg(text.left(40)));
    return parsed;
}

QDateTime JsonReader::dateTime(const QString &key)
{
    if (required(key).isUndefined())
        return {};
    return optionalDateTime(key);
}

QJsonObject JsonReader::optionalObject(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        fail(key, tr("expected an object"));
        return {};
    }
    return value.toObject();
}

QDateTime parseApiDateTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

QString formatApiDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    // Milliseconds are kept when there are any, so that a date reads back as the same instant.
    const Qt::DateFormat format = dateTime.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate;
    return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(format);
}
