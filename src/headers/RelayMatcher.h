#pragma once

#include "RelayConnector.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

// How a host name or address seen in the headers relates to the relay.
struct RelayMatch
{
    enum class Kind { None, SameHost, SameIp, SameRegistrableDomain };

    Kind kind = Kind::None;
    QString seen;   // the name or address found in the header
    QString domain; // the shared registrable domain, for SameRegistrableDomain

    explicit operator bool() const { return kind != Kind::None; }
    QString description() const; // translated: "the relay host itself", …
};

// Compares names and addresses with a connector: same host, same IP, or same registrable
// domain (Public Suffix List), aliases included.
class RelayMatcher
{
    Q_DECLARE_TR_FUNCTIONS(RelayMatcher)

public:
    explicit RelayMatcher(const RelayConnector &connector);

    RelayMatch match(const QString &hostOrIp) const;
    RelayMatch matchAny(const QStringList &candidates) const; // the strongest match
    bool isPlatformHost(const QString &host) const;
    bool isEmpty() const { return m_hosts.isEmpty() && m_ips.isEmpty(); }

private:
    QSet<QString> m_hosts;
    QSet<QString> m_ips;
    QSet<QString> m_domains;
    QSet<QString> m_platformDomains;
};
