#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// Reads typed fields from an API object and remembers the first problem, so that a
// decoder can read every field and then check once: a missing or mistyped field in an
// answer becomes a clear message ("sendConnector: field port: expected a number").
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(const QJsonObject &object, QString typeName);

    QString string(const QString &key);
    QString optionalString(const QString &key);
    qint64 integer(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key);
    // A whole number that fits an int (ports, sizes): larger ones are refused, not truncated.
    std::optional<int> optionalInt(const QString &key);
    bool boolean(const QString &key);
    std::optional<bool> optionalBoolean(const QString &key);
    QDateTime dateTime(const QString &key);
    QDateTime optionalDateTime(const QString &key);
    QJsonObject optionalObject(const QString &key);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &key, const QString &problem);

private:
    QJsonValue required(const QString &key);

    QJsonObject m_object;
    QString m_typeName;
    QString m_error;
};

// ISO-8601 with offset, as the API writes dates ("2023-09-25T14:06:02+02:00").
QDateTime parseApiDateTime(const QString &text);
QString formatApiDateTime(const QDateTime &dateTime);
