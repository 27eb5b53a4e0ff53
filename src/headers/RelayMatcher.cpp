#include "RelayMatcher.h"

#include "AddressExtractor.h"
#include "IpAddress.h"
#include "RegistrableDomain.h"

using namespace Qt::StringLiterals;

namespace {

QString cleanEntry(const QString &entry)
{
    QString value = AddressExtractor::cleanHostName(entry);
    if (value.startsWith(u"*."_s))
        value = value.mid(2);
    const auto literal = IpAddress::parse(value);
    return literal.kind == IpAddress::Kind::None ? value : literal.text;
}

int rank(RelayMatch::Kind kind)
{
    switch (kind) {
    case RelayMatch::Kind::SameIp:
        return 3;
    case RelayMatch::Kind::SameHost:
        return 2;
    case RelayMatch::Kind::SameRegistrableDomain:
        return 1;
    case RelayMatch::Kind::None:
        break;
    }
    return 0;
}

} // namespace

QString RelayMatch::description() const
{
    switch (kind) {
    case Kind::SameHost:
        return RelayMatcher::tr("the relay host itself");
    case Kind::SameIp:
        return RelayMatcher::tr("the relay's IP address");
    case Kind::SameRegistrableDomain:
        //: %1 is a domain name such as example.com
        return RelayMatcher::tr("a host of the relay's domain %1").arg(domain);
    case Kind::None:
        break;
    }
    return QString();
}

RelayMatcher::RelayMatcher(const RelayConnector &connector)
{
    for (const QString &domain : connector.platformDomains)
        m_platformDomains.insert(domain.trimmed().toLower());
    QStringList entries = connector.aliases;
    entries.prepend(connector.smartHost);
    for (const QString &entry : std::as_const(entries)) {
        const QString value = cleanEntry(entry);
        if (value.isEmpty())
            continue;
        if (IpAddress::isIpLiteral(value)) {
            m_ips.insert(value);
            continue;
        }
        m_hosts.insert(value);
        QString domain = RegistrableDomain::of(value);
        if (domain.isEmpty() && value.contains(u'.'))
            domain = value; // an alias given as a bare domain the list does not know
        if (!domain.isEmpty() && !m_platformDomains.contains(domain))
            m_domains.insert(domain);
    }
}

RelayMatch RelayMatcher::match(const QString &hostOrIp) const
{
    const QString value = cleanEntry(hostOrIp);
    if (value.isEmpty())
        return {};
    if (IpAddress::isIpLiteral(value))
        return m_ips.contains(value) ? RelayMatch{RelayMatch::Kind::SameIp, value, {}}
                                     : RelayMatch{};
    if (m_hosts.contains(value))
        return {RelayMatch::Kind::SameHost, value, {}};
    const QString domain = RegistrableDomain::of(value);
    if (!domain.isEmpty() && m_domains.contains(domain))
        return {RelayMatch::Kind::SameRegistrableDomain, value, domain};
    return {};
}

RelayMatch RelayMatcher::matchAny(const QStringList &candidates) const
{
    RelayMatch best;
    for (const QString &candidate : candidates) {
        const RelayMatch found = match(candidate);
        if (rank(found.kind) > rank(best.kind))
            best = found;
    }
    return best;
}

bool RelayMatcher::isPlatformHost(const QString &host) const
{
    const QString domain = RegistrableDomain::of(host);
    return !domain.isEmpty() && m_platformDomains.contains(domain);
}
