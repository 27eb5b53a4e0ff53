#include "IpAddress.h"
#include "ReceivedParser.h"
#include "RegistrableDomain.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(IpAddress::Kind)

class TestHeaderAddresses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literal_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<IpAddress::Kind>("kind");
        QTest::addColumn<QString>("text");
        using K = IpAddress::Kind;
        QTest::newRow("v4") << u"192.0.2.1"_s << K::V4 << u"192.0.2.1"_s;
        QTest::newRow("v4 brackets") << u"[192.0.2.1]"_s << K::V4 << u"192.0.2.1"_s;
        QTest::newRow("v4 brackets port") << u"[192.0.2.1]:25"_s << K::V4 << u"192.0.2.1"_s;
        QTest::newRow("v4 port") << u"192.0.2.1:587"_s << K::V4 << u"192.0.2.1"_s;
        QTest::newRow("v4 out of range") << u"11.22.333.44"_s << K::InvalidV4 << u"11.22.333.44"_s;
        QTest::newRow("v4 out of range brackets")
            << u"[11.22.333.44]"_s << K::InvalidV4 << u"11.22.333.44"_s;
        QTest::newRow("v6 prefix") << u"IPv6:2001:DB8::8"_s << K::V6 << u"2001:db8::8"_s;
        QTest::newRow("v6 bracket prefix") << u"[IPv6:2001:db8::8]"_s << K::V6 << u"2001:db8::8"_s;
        QTest::newRow("v6 brackets") << u"[2001:db8::9]"_s << K::V6 << u"2001:db8::9"_s;
        QTest::newRow("v6 full") << u"2002:a19:c1cd:0:0:0:0:0"_s << K::V6
                                 << u"2002:a19:c1cd:0:0:0:0:0"_s;
        QTest::newRow("v6 zone") << u"fe80::1%9"_s << K::V6 << u"fe80::1%9"_s;
        QTest::newRow("v6 zone name")
            << u"fe80::d82c:67bf:ec39:a403%eth0"_s << K::V6 << u"fe80::d82c:67bf:ec39:a403%eth0"_s;
        QTest::newRow("v4 mapped") << u"::ffff:192.0.2.11"_s << K::V6 << u"::ffff:192.0.2.11"_s;
        QTest::newRow("loopback v6") << u"::1"_s << K::V6 << u"::1"_s;
        QTest::newRow("trailing ::") << u"2001:db8::"_s << K::V6 << u"2001:db8::"_s;
        QTest::newRow("time is not v6") << u"16:28:03"_s << K::None << QString();
        QTest::newRow("two gaps") << u"2001::db8::1"_s << K::None << QString();
        QTest::newRow("nine groups") << u"1:2:3:4:5:6:7:8:9"_s << K::None << QString();
        QTest::newRow("long group") << u"2001:db8::12345"_s << K::None << QString();
        QTest::newRow("version number") << u"15.20.5250.14"_s << K::None << QString();
        QTest::newRow("three parts") << u"8.15.2"_s << K::None << QString();
        QTest::newRow("host name") << u"mail.example.com"_s << K::None << QString();
        QTest::newRow("port alone") << u":52344"_s << K::None << QString();
        QTest::newRow("text after bracket") << u"[192.0.2.1]x"_s << K::None << QString();
    }

    void literal()
    {
        QFETCH(QString, candidate);
        QFETCH(IpAddress::Kind, kind);
        QFETCH(QString, text);
        const auto literal = IpAddress::parse(candidate);
        QCOMPARE(literal.kind, kind);
        QCOMPARE(literal.text, text);
    }

    // Every spelling of the connecting host listed in header-analysis.md, pitfall 5.
    void fromClause_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("helo");
        QTest::addColumn<QString>("rdns");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("invalidIp");
        QTest::addColumn<QString>("host"); // ReceivedHop::fromHost()

        QTest::newRow("(rdns [ip])")
            << u"from a.example.net (b.example.net [192.0.2.1]) by c"_s << u"a.example.net"_s
            << QString() << u"b.example.net"_s << u"192.0.2.1"_s << QString() << u"a.example.net"_s;
        QTest::newRow("(unknown [ip])")
            << u"from c.example.net (unknown [192.0.2.2]) by d"_s << u"c.example.net"_s << QString()
            << QString() << u"192.0.2.2"_s << QString() << u"c.example.net"_s;
        QTest::newRow("[ip] (helo=x)")
            << u"from [192.0.2.3] (helo=d.example.net) by e"_s << u"[192.0.2.3]"_s
            << u"d.example.net"_s << QString() << u"192.0.2.3"_s << QString() << u"d.example.net"_s;
        QTest::newRow("([ip]:port helo=x)")
            << u"from e.example.net ([192.0.2.4]:52344 helo=e-helo.example.net) by f"_s
            << u"e.example.net"_s << u"e-helo.example.net"_s << QString() << u"192.0.2.4"_s
            << QString() << u"e.example.net"_s;
        QTest::newRow("(HELO x) (ip)")
            << u"from unknown (HELO f.example.net) (192.0.2.5) by g"_s << u"unknown"_s
            << u"f.example.net"_s << QString() << u"192.0.2.5"_s << QString() << u"f.example.net"_s;
        QTest::newRow("host (ip)")
            << u"from g.example.net (192.0.2.6) by h"_s << u"g.example.net"_s << QString()
            << QString() << u"192.0.2.6"_s << QString() << u"g.example.net"_s;
        QTest::newRow("[IPv6:…]") << u"from h.example.net (h.example.net [IPv6:2001:db8::8]) by i"_s
                                  << u"h.example.net"_s << QString() << u"h.example.net"_s
                                  << u"2001:db8::8"_s << QString() << u"h.example.net"_s;
        QTest::newRow("[2001:…]") << u"from i.example.net ([2001:db8::9]) by j"_s
                                  << u"i.example.net"_s << QString() << QString()
                                  << u"2001:db8::9"_s << QString() << u"i.example.net"_s;
        QTest::newRow("(fe80::1%9)")
            << u"from j.example.net (fe80::1%9) by k"_s << u"j.example.net"_s << QString()
            << QString() << u"fe80::1%9"_s << QString() << u"j.example.net"_s;
        QTest::newRow("::ffff:a.b.c.d")
            << u"from k.example.net (k.example.net [::ffff:192.0.2.11]) by l"_s
            << u"k.example.net"_s << QString() << u"k.example.net"_s << u"::ffff:192.0.2.11"_s
            << QString() << u"k.example.net"_s;
        QTest::newRow("rDNS with trailing dot")
            << u"from l.example.net (l.example.net. [192.0.2.12]) by m"_s << u"l.example.net"_s
            << QString() << u"l.example.net"_s << u"192.0.2.12"_s << QString()
            << u"l.example.net"_s;
        QTest::newRow("invalid address (guide)")
            << u"from sender-id.example.com (sender-id.example.com [11.22.333.44]) by n"_s
            << u"sender-id.example.com"_s << QString() << u"sender-id.example.com"_s << QString()
            << u"11.22.333.44"_s << u"sender-id.example.com"_s;
        QTest::newRow("name [ip] without parentheses (fetchmail)")
            << u"from pop.example.net [192.0.2.80] by localhost"_s << u"pop.example.net"_s
            << QString() << QString() << u"192.0.2.80"_s << QString() << u"pop.example.net"_s;
        QTest::newRow("quoted EHLO with port (zmailer)")
            << u"from mx.example.net ([192.0.2.90]:34890 \"EHLO mx.example.net\" rhost-flags-OK) by o"_s
            << u"mx.example.net"_s << u"mx.example.net"_s << QString() << u"192.0.2.90"_s
            << QString() << u"mx.example.net"_s;
        QTest::newRow("IDENT user@localhost")
            << u"from p.example.net (IDENT:nobody@localhost [127.0.0.1]) by q"_s
            << u"p.example.net"_s << QString() << QString() << u"127.0.0.1"_s << QString()
            << u"p.example.net"_s;
        QTest::newRow("may be forged")
            << u"from r.example.net (s.example.net [192.0.2.91] (may be forged)) by t"_s
            << u"r.example.net"_s << QString() << u"s.example.net"_s << u"192.0.2.91"_s << QString()
            << u"r.example.net"_s;
        QTest::newRow("bare ip name")
            << u"from [192.0.2.92] by u"_s << u"[192.0.2.92]"_s << QString() << QString()
            << u"192.0.2.92"_s << QString() << u"192.0.2.92"_s;
        QTest::newRow("no address")
            << u"from sonic.example.net by v with HTTP"_s << u"sonic.example.net"_s << QString()
            << QString() << QString() << QString() << u"sonic.example.net"_s;
    }

    void fromClause()
    {
        QFETCH(QString, header);
        QFETCH(QString, name);
        QFETCH(QString, helo);
        QFETCH(QString, rdns);
        QFETCH(QString, ip);
        QFETCH(QString, invalidIp);
        QFETCH(QString, host);
        const ReceivedHop hop = ReceivedParser::parse(header + u"; 28 Feb 2023 07:51:00 +0000"_s);
        QCOMPARE(hop.fromName, name);
        QCOMPARE(hop.fromHelo, helo);
        QCOMPARE(hop.fromReverseDns, rdns);
        QCOMPARE(hop.fromIp, ip);
        QCOMPARE(hop.fromInvalidIp, invalidIp);
        QCOMPARE(hop.fromHost(), host);
        QCOMPARE(hop.hasFlag(HopFlag::InvalidIp), !invalidIp.isEmpty());
    }

    void byAddress_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("byName");
        QTest::addColumn<QString>("byIp");
        QTest::newRow("ip as name")
            << u"from x by 192.168.1.2 with SMTP"_s << u"192.168.1.2"_s << u"192.168.1.2"_s;
        QTest::newRow("v6 as name")
            << u"by 2001:db8:5::1 with SMTP id q"_s << u"2001:db8:5::1"_s << u"2001:db8:5::1"_s;
        QTest::newRow("ip in comment") << u"from x by h.example.net (2001:db8:1::20) with SMTP"_s
                                       << u"h.example.net"_s << u"2001:db8:1::20"_s;
        QTest::newRow("version is not an ip")
            << u"from x by h.example.net (8.16.0.43/8.16.0.43) with SMTP"_s << u"h.example.net"_s
            << QString();
        QTest::newRow("upper case, trailing dot")
            << u"from x by MX.Example.NET. with SMTP"_s << u"MX.Example.NET"_s << QString();
    }

    void byAddress()
    {
        QFETCH(QString, header);
        QFETCH(QString, byName);
        QFETCH(QString, byIp);
        const ReceivedHop hop = ReceivedParser::parse(header);
        QCOMPARE(hop.byName, byName);
        QCOMPARE(hop.byIp, byIp);
    }

    void registrableDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("domain");
        QTest::newRow("guide relay") << u"smtp-relay.smtp.example.com"_s << u"example.com"_s;
        QTest::newRow("ovh") << u"in31.mail.ovh.net"_s << u"ovh.net"_s;
        QTest::newRow("two-label suffix") << u"out.mta.example.co.uk"_s << u"example.co.uk"_s;
        QTest::newRow("trailing dot, case") << u"Mail.Example.COM."_s << u"example.com"_s;
        QTest::newRow("ip") << u"192.168.1.2"_s << QString();
        QTest::newRow("single label") << u"localhost"_s << QString();
        QTest::newRow("suffix") << u"co.uk"_s << QString();
        QTest::newRow("junk") << u"?10.8.0.6?"_s << QString();
    }

    void registrableDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, domain);
        QCOMPARE(RegistrableDomain::of(host), domain);
    }
};

QTEST_GUILESS_MAIN(TestHeaderAddresses)
#include "tst_headers_addresses.moc"
