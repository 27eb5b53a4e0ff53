#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// One access rule of a consumer key: a method and a path where `*` stands for any run of
// characters, slashes included ("/email/exchange/*" covers everything below
// /email/exchange/ but not /email/exchange itself; "/*" covers every path).
struct AccessRule
{
    QString method;
    QString path;

    bool matches(const QString &requestMethod, const QString &requestPath) const;

    QJsonObject toJson() const;
    // nullopt when method or path is missing, not text, or the method is unknown.
    static std::optional<AccessRule> fromJson(const QJsonValue &value);
    // GET, POST, PUT and DELETE on /*: what the demo consumer key may do.
    static QList<AccessRule> everything();

    friend bool operator==(const AccessRule &, const AccessRule &) = default;
};
