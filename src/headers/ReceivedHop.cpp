#include "ReceivedHop.h"

#include "IpAddress.h"

using namespace Qt::StringLiterals;

namespace {

bool isPlaceholderName(const QString &name)
{
    return name.isEmpty() || name.compare(u"unknown"_s, Qt::CaseInsensitive) == 0 ||
           IpAddress::isIpLiteral(name);
}

void appendUnique(QStringList *list, const QString &value)
{
    if (!value.isEmpty() && !list->contains(value, Qt::CaseInsensitive))
        list->append(value);
}

} // namespace

void ReceivedHop::addFlag(HopFlag flag)
{
    if (!flags.contains(flag))
        flags.append(flag);
}

QString ReceivedHop::fromHost() const
{
    if (!isPlaceholderName(fromName))
        return fromName;
    for (const QString *name : {&fromHelo, &fromReverseDns}) {
        if (!isPlaceholderName(*name))
            return *name;
    }
    if (!fromIp.isEmpty())
        return fromIp;
    if (!fromInvalidIp.isEmpty())
        return fromInvalidIp;
    return fromName;
}

QStringList ReceivedHop::fromCandidates() const
{
    QStringList candidates;
    if (!isPlaceholderName(fromName))
        appendUnique(&candidates, fromName);
    appendUnique(&candidates, fromHelo);
    appendUnique(&candidates, fromReverseDns);
    appendUnique(&candidates, fromIp);
    appendUnique(&candidates, fromInvalidIp);
    return candidates;
}

QStringList ReceivedHop::byCandidates() const
{
    QStringList candidates;
    appendUnique(&candidates, byName);
    appendUnique(&candidates, byIp);
    return candidates;
}
