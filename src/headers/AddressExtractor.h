#pragma once

#include "HeaderTokenizer.h"

#include <QList>
#include <QString>

// Who connected, as the receiving server recorded it in a Received header's from clause.
struct ConnectingHost
{
    QString announcedName; // first word of the clause, trailing dot removed
    QString helo;
    QString reverseDns;
    QString ip;        // valid address, cleaned
    QString invalidIp; // address-shaped text that is not valid
};

// Finds the name, HELO, reverse DNS and IP address in every spelling listed in
// header-analysis.md: "(rdns [ip])", "(unknown [ip])", "[ip] (helo=x)", "([ip]:port helo=x)",
// "(HELO x) (ip)", "host (ip)", "[IPv6:…]", "[2001:…]", "(fe80::1%9)", "::ffff:a.b.c.d",
// rDNS with a trailing dot, "name [ip]" without parentheses (fetchmail).
class AddressExtractor
{
public:
    static ConnectingHost fromClause(const QList<HeaderToken> &clauseTokens);

    // The first valid address in a by clause ("by 192.168.1.2", "by host (10.0.0.1)").
    static QString firstIp(const QList<HeaderToken> &clauseTokens);

    static QString cleanHostName(QString name); // lower case, no trailing dot or brackets
};
