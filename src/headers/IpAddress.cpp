#include "IpAddress.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {

bool isDigits(QStringView text, qsizetype minLength, qsizetype maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isHexGroup(QStringView text)
{
    if (text.isEmpty() || text.size() > 4)
        return false;
    for (const QChar c : text) {
        const bool hex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

// Four dot-separated groups of one to three digits, whatever their values.
bool hasV4Shape(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const auto part : parts) {
        if (!isDigits(part, 1, 3))
            return false;
    }
    return true;
}

QStringView stripV4Port(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0 && text.indexOf(u':', colon + 1) < 0 && hasV4Shape(text.left(colon)) &&
        isDigits(text.mid(colon + 1), 1, 5)) {
        return text.left(colon);
    }
    return text;
}

} // namespace

bool IpAddress::isValidV4(QStringView text)
{
    if (!hasV4Shape(text))
        return false;
    for (const auto part : text.split(u'.')) {
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool IpAddress::isValidV6(QStringView text)
{
    const qsizetype percent = text.indexOf(u'%');
    if (percent >= 0) {
        const QStringView zone = text.mid(percent + 1);
        if (zone.isEmpty())
            return false;
        for (const QChar c : zone) {
            if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
                return false;
        }
        text = text.left(percent);
    }
    if (text.count(u':') < 2)
        return false;
    int groupsAllowed = 8;
    const qsizetype lastColon = text.lastIndexOf(u':');
    if (text.indexOf(u'.', lastColon) >= 0) {
        if (!isValidV4(text.mid(lastColon + 1)))
            return false;
        groupsAllowed = 6;
        text = text.left(lastColon + 1);
        if (!text.endsWith(u"::"_s))
            text.chop(1); // "a:b:1.2.3.4" -> "a:b"
    }
    const qsizetype gap = text.indexOf(u"::"_s);
    if (gap >= 0 && text.indexOf(u"::"_s, gap + 1) >= 0)
        return false;
    auto countGroups = [](QStringView part, int *count) {
        if (part.isEmpty())
            return true;
        for (const auto group : part.split(u':')) {
            if (!isHexGroup(group))
                return false;
            ++*count;
        }
        return true;
    };
    int groups = 0;
    if (gap < 0)
        return countGroups(text, &groups) && groups == groupsAllowed;
    if (!countGroups(text.left(gap), &groups) || !countGroups(text.mid(gap + 2), &groups))
        return false;
    return groups < groupsAllowed;
}

IpAddress::Literal IpAddress::parse(QStringView candidate)
{
    QStringView text = candidate.trimmed();
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return {};
        const QStringView after = text.mid(close + 1);
        if (!after.isEmpty() && !(after.startsWith(u':') && isDigits(after.mid(1), 1, 5)))
            return {};
        text = text.mid(1, close - 1);
    }
    if (text.startsWith(u"ipv6:"_s, Qt::CaseInsensitive))
        text = text.mid(5);
    text = stripV4Port(text);
    if (text.isEmpty())
        return {};
    if (hasV4Shape(text)) {
        const Kind kind = isValidV4(text) ? Kind::V4 : Kind::InvalidV4;
        return {kind, text.toString()};
    }
    if (isValidV6(text))
        return {Kind::V6, text.toString().toLower()};
    return {};
}

bool IpAddress::isIpLiteral(QStringView text)
{
    return parse(text).kind != Kind::None;
}

bool IpAddress::isLoopback(QStringView ip)
{
    if (ip.startsWith(u"127."_s) && isValidV4(ip))
        return true;
    return ip == u"::1"_s || ip.compare(u"::ffff:127.0.0.1"_s, Qt::CaseInsensitive) == 0;
}
