#include "ReceivedParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList flagNames(const ReceivedHop &hop)
{
    QStringList names;
    for (const HopFlag flag : hop.flags)
        names.append(HopFlags::machineName(flag));
    names.sort();
    return names;
}

} // namespace

class TestHeaderReceived : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clauses_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("via");
        QTest::addColumn<QString>("with");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("forAddress");
        QTest::addColumn<QString>("date"); // ISO UTC, empty when no date

        QTest::newRow("postfix")
            << u"from a.example.net (a.example.net [192.0.2.1])\r\n\tby mx.example.org (Postfix) "
               "with ESMTPS id 4PQ\r\n\tfor <bob@example.org>; Tue, 28 Feb 2023 07:51:01 +0000 (UTC)"_s
            << u"a.example.net"_s << u"mx.example.org"_s << QString() << u"ESMTPS"_s << u"4PQ"_s
            << u"bob@example.org"_s << u"2023-02-28T07:51:01Z"_s;
        QTest::newRow("keywords in comments")
            << u"from a (x [192.0.2.1]) (using TLSv1.3 with cipher X (256/256 bits)) "
               "(from user by nobody for none)by b with ESMTP id 1; 28 Feb 2023 07:51:01 +0000"_s
            << u"a"_s << u"b"_s << QString() << u"ESMTP"_s << u"1"_s << QString()
            << u"2023-02-28T07:51:01Z"_s;
        QTest::newRow("upper-case keywords")
            << u"FROM a BY b WITH SMTP ID 7 FOR <c@example.org>; 28 Feb 2023 07:51:01 +0000"_s
            << u"a"_s << u"b"_s << QString() << u"SMTP"_s << u"7"_s << u"c@example.org"_s
            << u"2023-02-28T07:51:01Z"_s;
        QTest::newRow("quoted string hides keywords")
            << u"from a \"by x; for y\" by b; 28 Feb 2023 07:51:01 +0000"_s << u"a"_s << u"b"_s
            << QString() << QString() << QString() << QString() << u"2023-02-28T07:51:01Z"_s;
        QTest::newRow("no from (gmail)")
            << u"by mail-ua1.example.com with SMTP id 987; Tue, 28 Feb 2023 07:51:01 -0800"_s
            << QString() << u"mail-ua1.example.com"_s << QString() << u"SMTP"_s << u"987"_s
            << QString() << u"2023-02-28T15:51:01Z"_s;
        QTest::newRow("qmail pseudo-hop")
            << u"(qmail 123 invoked by uid 89); 4 Apr 2002 21:41:45 -0000"_s << QString()
            << QString() << QString() << QString() << QString() << QString()
            << u"2002-04-04T21:41:45Z"_s;
        QTest::newRow("via listexpand")
            << u"(majordomo@lists.example.net) by lists.example.net via listexpand id LX1 "
               "(ORCPT <rfc822;a@example.net>); Fri, 3 Sep 2021 16:28:04 -0400"_s
            << QString() << u"lists.example.net"_s << u"listexpand"_s << QString() << u"LX1"_s
            << QString() << u"2021-09-03T20:28:04Z"_s;
        QTest::newRow("microsoft")
            << u"from A.example.net (2001:db8::1) by B.example.net (2001:db8::2) with Microsoft "
               "SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id "
               "15.20.1.1 via Frontend Transport; Wed, 2 Aug 2023 20:09:20 +0000"_s
            << u"A.example.net"_s << u"B.example.net"_s << u"Frontend Transport"_s
            << u"Microsoft SMTP Server"_s << u"15.20.1.1"_s << QString()
            << u"2023-08-02T20:09:20Z"_s;
        QTest::newRow("go style, no semicolon")
            << u"from a (a [192.0.2.1]) by b with HTTP id 42 2022-05-04 19:42:02.649817706 +0000 "
               "UTC m=+2411844.915"_s
            << u"a"_s << u"b"_s << QString() << u"HTTP"_s << u"42"_s << QString()
            << u"2022-05-04T19:42:02Z"_s;
        QTest::newRow("guide javascript date")
            << u"by smtp-relay.smtp.example.com with ESMTP id 12185513-794a; Tue Feb 28 2023 "
               "07:51:00 GMT+0000"_s
            << QString() << u"smtp-relay.smtp.example.com"_s << QString() << u"ESMTP"_s
            << u"12185513-794a"_s << QString() << u"2023-02-28T07:51:00Z"_s;
        QTest::newRow("for without brackets")
            << u"from a by localhost with POP3 (fetchmail-6.4) for x@localhost (single-drop); "
               "Thu, 04 Apr 2002 16:41:45 -0500 (EST)"_s
            << u"a"_s << u"localhost"_s << QString() << u"POP3"_s << QString() << u"x@localhost"_s
            << u"2002-04-04T21:41:45Z"_s;
        QTest::newRow("no date") << u"from a by b with SMTP"_s << u"a"_s << u"b"_s << QString()
                                 << u"SMTP"_s << QString() << QString() << QString();
    }

    void clauses()
    {
        QFETCH(QString, header);
        QFETCH(QString, from);
        QFETCH(QString, by);
        QFETCH(QString, via);
        QFETCH(QString, with);
        QFETCH(QString, id);
        QFETCH(QString, forAddress);
        QFETCH(QString, date);
        const ReceivedHop hop = ReceivedParser::parse(header, 3);
        QCOMPARE(hop.headerIndex, 3);
        QCOMPARE(hop.fromName, from);
        QCOMPARE(hop.byName, by);
        QCOMPARE(hop.via, via);
        QCOMPARE(hop.with, with);
        QCOMPARE(hop.id, id);
        QCOMPARE(hop.forAddress, forAddress);
        QCOMPARE(hop.date.isValid() ? hop.date.toString(Qt::ISODate) : QString(), date);
        QCOMPARE(hop.hasFlag(HopFlag::NoDate), date.isEmpty());
        QCOMPARE(hop.raw, header.simplified());
    }

    void flags_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("flags");
        const QString date = u"; 28 Feb 2023 07:51:00 +0000"_s;
        QTest::newRow("SMTP") << u"from a (a [192.0.2.1]) by b with SMTP"_s + date << QStringList{};
        QTest::newRow("ESMTPS") << u"from a by b with ESMTPS"_s + date << QStringList{u"tls"_s};
        QTest::newRow("ESMTPSA") << u"from a by b with ESMTPSA"_s + date
                                 << QStringList{u"authenticated"_s, u"tls"_s};
        QTest::newRow("ESMTPA") << u"from a by b with esmtpa"_s + date
                                << QStringList{u"authenticated"_s};
        QTest::newRow("Authenticated sender")
            << u"from a (a [192.0.2.1]) (Authenticated sender: x@example.com) by b with ESMTP"_s +
                   date
            << QStringList{u"authenticated"_s};
        QTest::newRow("LMTP") << u"from a by b with LMTP id 1"_s + date << QStringList{u"lmtp"_s};
        QTest::newRow("HTTP") << u"from a by b with HTTP"_s + date << QStringList{u"http"_s};
        QTest::newRow("HTTPS") << u"from a by b with HTTPS"_s + date
                               << QStringList{u"http"_s, u"tls"_s};
        QTest::newRow("encrypted SMTP")
            << u"from a by b with AES256-GCM-SHA384 encrypted SMTP"_s + date
            << QStringList{u"tls"_s};
        QTest::newRow("using TLS")
            << u"from a (a [192.0.2.1]) (using TLSv1.3 with cipher X) by b with ESMTP"_s + date
            << QStringList{u"tls"_s};
        QTest::newRow("Microsoft version=TLS")
            << u"from a by b with Microsoft SMTP Server (version=TLS1_2, cipher=X) id 1"_s + date
            << QStringList{u"tls"_s};
        QTest::newRow("Microsoft without TLS")
            << u"from a by b with Microsoft SMTP Server id 15.20.1.1"_s + date << QStringList{};
        QTest::newRow("ESMTP/TLS") << u"from a by b with ESMTP/TLS/ECDHE-RSA-AES256-SHA384"_s + date
                                   << QStringList{u"tls"_s};
        QTest::newRow("tls in host name is not TLS")
            << u"from a (tls-gw.example.net [192.0.2.1]) by b with ESMTP"_s + date << QStringList{};
        QTest::newRow("localhost")
            << u"from localhost (HELO queue) (127.0.0.1) by localhost with SMTP"_s + date
            << QStringList{u"local"_s};
        QTest::newRow("from userid")
            << u"by b (Postfix, from userid 1000) id 1"_s + date << QStringList{u"local"_s};
        QTest::newRow("invoked by uid")
            << u"(qmail 1 invoked by uid 89)"_s + date << QStringList{u"local"_s};
        QTest::newRow("invoked from network is not local")
            << u"(qmail 1 invoked from network)"_s + date << QStringList{};
        QTest::newRow("sendmail submit")
            << u"(from user@localhost) by b (8.15.2/Submit) id 1"_s + date
            << QStringList{u"local"_s};
        QTest::newRow("exim local")
            << u"from x by b with local (Exim 4.96) id 1"_s + date << QStringList{u"local"_s};
        QTest::newRow("invalid ip") << u"from a (a [11.22.333.44]) by b with ESMTP"_s + date
                                    << QStringList{u"invalid-ip"_s};
        QTest::newRow("no zone") << u"from a by b with SMTP; 28 Feb 2023 07:51:00"_s
                                 << QStringList{u"no-zone"_s};
        QTest::newRow("unparsed date") << u"from a by b with SMTP; the day before yesterday"_s
                                       << QStringList{u"unparsed-date"_s};
        QTest::newRow("no date") << u"from a by b with SMTP"_s << QStringList{u"no-date"_s};
        QTest::newRow("unparsed text")
            << u"garbage words from a by b"_s + date << QStringList{u"unparsed-text"_s};
    }

    void flags()
    {
        QFETCH(QString, header);
        QFETCH(QStringList, flags);
        flags.sort();
        QCOMPARE(flagNames(ReceivedParser::parse(header)), flags);
    }

    void unparsedTextIsKept()
    {
        const ReceivedHop hop = ReceivedParser::parse(u"garbage words from a by b; nonsense"_s);
        QCOMPARE(hop.unparsedText, u"garbage words"_s);
        QCOMPARE(hop.dateText, u"nonsense"_s);
        QCOMPARE(hop.raw, u"garbage words from a by b; nonsense"_s);
    }

    void flagNamesRoundTrip()
    {
        for (int i = 0; i <= int(HopFlag::UnparsedText); ++i) {
            const auto flag = HopFlag(i);
            QCOMPARE(HopFlags::fromMachineName(HopFlags::machineName(flag)), flag);
            QVERIFY(!HopFlags::description(flag).isEmpty());
        }
        QVERIFY(!HopFlags::fromMachineName(u"nope").has_value());
    }
};

QTEST_GUILESS_MAIN(TestHeaderReceived)
#include "tst_headers_received.moc"
