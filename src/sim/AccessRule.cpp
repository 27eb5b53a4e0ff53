#include "AccessRule.h"

#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool AccessRule::matches(const QString &requestMethod, const QString &requestPath) const
{
    if (method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    QStringList pieces = path.split(u'*');
    for (QString &piece : pieces)
        piece = QRegularExpression::escape(piece);
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(pieces.join(u".*"_s)),
                                     QRegularExpression::DotMatchesEverythingOption);
    return pattern.match(requestPath).hasMatch();
}

QJsonObject AccessRule::toJson() const
{
    return QJsonObject{{u"method"_s, method}, {u"path"_s, path}};
}

std::optional<AccessRule> AccessRule::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue method = object.value(u"method"_s);
    const QJsonValue path = object.value(u"path"_s);
    if (!method.isString() || !path.isString() || !path.toString().startsWith(u'/'))
        return std::nullopt;
    static const QStringList methods{u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
    if (!methods.contains(method.toString()))
        return std::nullopt;
    return AccessRule{method.toString(), path.toString()};
}

QList<AccessRule> AccessRule::everything()
{
    return {{u"GET"_s, u"/*"_s}, {u"POST"_s, u"/*"_s}, {u"PUT"_s, u"/*"_s}, {u"DELETE"_s, u"/*"_s}};
}
