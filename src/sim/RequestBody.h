#pragma once

#include "SimReply.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// Reads a JSON request body field by field and keeps the first problem as a 400
// Client::BadRequest answer whose message names the field, like OVHcloud's:
// "[port] Given data (\"587\") is not valid for type long".
class RequestBody
{
public:
    // An empty body counts as {} when emptyIsObject is set (for calls with optional fields).
    static std::optional<RequestBody> parse(const QByteArray &body, SimReply *error,
                                            bool emptyIsObject = false);
    explicit RequestBody(const QJsonObject &object);

    bool has(const QString &field) const { return m_object.contains(field); }
    const QJsonObject &object() const { return m_object; }

    // Absent or null fields give nullopt; wrongly typed ones record an error.
    std::optional<QString> string(const QString &field);
    std::optional<qint64> integer(const QString &field);
    std::optional<bool> boolean(const QString &field);
    std::optional<QJsonObject> object(const QString &field);
    // A mandatory non-empty string.
    QString requiredString(const QString &field);
    // Records an error for an integer outside [low, high].
    void checkRange(const QString &field, std::optional<qint64> value, qint64 low, qint64 high);
    // Records an error for every field not in `allowed` (message: why it may not be there).
    void rejectOthers(const QStringList &allowed, const QString &why);
    void fail(const QString &field, const QString &problem);

    bool ok() const { return m_error.isEmpty(); }
    SimReply error() const { return SimReply::badRequest(m_error); }

private:
    QJsonObject m_object;
    QString m_error;
};
