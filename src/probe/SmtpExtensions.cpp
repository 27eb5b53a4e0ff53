#include "SmtpExtensions.h"

using namespace Qt::StringLiterals;

SmtpExtensions SmtpExtensions::fromEhloReply(const SmtpReply &reply)
{
    SmtpExtensions extensions;
    for (qsizetype i = 1; i < reply.texts.size(); ++i) {
        const QString line = reply.texts.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(u' ');
        Entry entry;
        entry.keyword = (space < 0 ? line : line.left(space)).toUpper();
        entry.parameters = space < 0 ? QString() : line.mid(space + 1).trimmed();
        // "AUTH=LOGIN PLAIN" is the pre-standard spelling of "AUTH LOGIN PLAIN".
        if (entry.keyword.startsWith(u"AUTH=")) {
            entry.parameters = QString(entry.keyword.mid(5) + u' ' + entry.parameters).trimmed();
            entry.keyword = u"AUTH"_s;
        }
        extensions.m_entries.append(entry);
        extensions.m_lines.append(line);
    }
    return extensions;
}

bool SmtpExtensions::has(QStringView keyword) const
{
    for (const auto &entry : m_entries)
        if (entry.keyword.compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString SmtpExtensions::parameters(QStringView keyword) const
{
    for (const auto &entry : m_entries)
        if (entry.keyword.compare(keyword, Qt::CaseInsensitive) == 0)
            return entry.parameters;
    return {};
}

QStringList SmtpExtensions::authMechanisms() const
{
    QStringList mechanisms;
    for (const auto &entry : m_entries) {
        if (entry.keyword != u"AUTH")
            continue;
        const auto names = entry.parameters.split(u' ', Qt::SkipEmptyParts);
        for (const auto &name : names) {
            const QString upper = name.toUpper();
            if (!mechanisms.contains(upper))
                mechanisms.append(upper);
        }
    }
    return mechanisms;
}

std::optional<qint64> SmtpExtensions::sizeLimitBytes() const
{
    if (!has(u"SIZE"))
        return std::nullopt;
    bool ok = false;
    const qint64 bytes = parameters(u"SIZE").toLongLong(&ok);
    return ok && bytes > 0 ? bytes : 0;
}
