#include "HeaderAnalyzer.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(VerdictLevel)

namespace {

// Hops are written newest first, as in a real header.
QString header(const QStringList &receivedNewestFirst, const QStringList &others = {})
{
    QString text;
    int second = 59;
    for (const QString &received : receivedNewestFirst)
        text += u"Received: "_s + received + u"; Mon, 18 Mar 2024 10:00:%1 +0000\n"_s.arg(second--);
    for (const QString &other : others)
        text += other + u'\n';
    return text + u"Date: Mon, 18 Mar 2024 10:00:00 +0000\n"_s;
}

QStringList strengths(const RouteVerdict &verdict)
{
    QStringList list;
    for (const auto &item : verdict.evidence)
        list.append(RouteVerdictNames::machineName(item.strength) +
                    (item.hop ? u':' + QString::number(*item.hop) : QString()));
    return list;
}

} // namespace

class TestHeaderVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("smartHost");
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<bool>("routed");
        QTest::addColumn<VerdictLevel>("level");
        QTest::addColumn<int>("proofHop");         // 0 = none
        QTest::addColumn<QStringList>("evidence"); // "strength[:hop]"

        const QString exchange = u"from ex2.mail.ovh.net (ex2.mail.ovh.net [192.0.2.2]) by "
                                 "ex1.mail.ovh.net with ESMTPS id e1"_s;
        const QString recipient = u"mx.recipient.example.org"_s;

        QTest::newRow("exact host")
            << header(
                   {u"from smtp-relay.example.com (smtp-relay.example.com [198.51.100.10]) by "_s +
                        recipient + u" with ESMTPS id r1"_s,
                    u"from ex1.mail.ovh.net (ex1.mail.ovh.net [192.0.2.1]) by "
                    "smtp-relay.example.com with ESMTPSA id s1"_s,
                    exchange})
            << u"smtp-relay.example.com"_s << QStringList{} << true << VerdictLevel::Ok << 3
            << QStringList{u"strong:3"_s, u"medium:2"_s};
        QTest::newRow("same IP through alias")
            << header({u"from unknown (unknown [198.51.100.10]) by "_s + recipient +
                       u" with ESMTPS id r1"_s})
            << u"smtp-relay.example.com"_s << QStringList{u"198.51.100.10"_s} << true
            << VerdictLevel::Ok << 1 << QStringList{u"strong:1"_s};
        QTest::newRow("smart host given as an IP")
            << header({u"from relay (relay [IPv6:2001:DB8::10]) by "_s + recipient +
                       u" with ESMTPS id r1"_s})
            << u"2001:db8::10"_s << QStringList{} << true << VerdictLevel::Ok << 1
            << QStringList{u"strong:1"_s};
        QTest::newRow("registrable domain, two-label suffix")
            << header({u"from out-3.mta.relay.example.co.uk (out-3.mta.relay.example.co.uk "
                       "[198.51.100.3]) by "_s +
                       recipient + u" with ESMTPS id r1"_s})
            << u"smtp.relay.example.co.uk"_s << QStringList{} << true << VerdictLevel::Ok << 1
            << QStringList{u"strong:1"_s};
        QTest::newRow("public suffix alone is no match")
            << header({u"from mx.other.co.uk (mx.other.co.uk [198.51.100.4]) by "_s + recipient +
                       u" with ESMTPS id r1"_s})
            << u"smtp.relay.example.co.uk"_s << QStringList{} << false << VerdictLevel::NotRouted
            << 0 << QStringList{};
        QTest::newRow("alias domain (relay hands off to another name)")
            << header({u"from mail-x7.relay-mta.example.net (mail-x7.relay-mta.example.net "
                       "[198.51.100.7]) by "_s +
                       recipient + u" with ESMTPS id r1"_s})
            << u"smtp-relay.example.com"_s << QStringList{u"relay-mta.example.net"_s} << true
            << VerdictLevel::Ok << 1 << QStringList{u"strong:1"_s};
        QTest::newRow("without the alias")
            << header({u"from mail-x7.relay-mta.example.net (mail-x7.relay-mta.example.net "
                       "[198.51.100.7]) by "_s +
                       recipient + u" with ESMTPS id r1"_s})
            << u"smtp-relay.example.com"_s << QStringList{} << false << VerdictLevel::NotRouted << 0
            << QStringList{};
        QTest::newRow("not routed: platform's outgoing server")
            << header({u"from mo1.mail-out.ovh.net (mo1.mail-out.ovh.net [198.51.100.81]) by "_s +
                           recipient + u" with ESMTPS id r1"_s,
                       u"from ex2.mail.ovh.net (unknown [10.0.0.2]) by mo1.mail-out.ovh.net "
                       "with ESMTPS id m1"_s,
                       exchange})
            << u"smtp-relay.example.com"_s << QStringList{} << false << VerdictLevel::NotRouted << 0
            << QStringList{u"against:3"_s};
        QTest::newRow("not routed: only platform hops")
            << header({u"from mo1.mail-out.ovh.net (mo1.mail-out.ovh.net [198.51.100.81]) by "
                       "in2.mail.ovh.net with ESMTPS id r1"_s,
                       exchange})
            << u"smtp-relay.example.com"_s << QStringList{} << false << VerdictLevel::NotRouted << 0
            << QStringList{u"against:1"_s};
        QTest::newRow("weak: only a hop by the relay")
            << header({u"from client.example.org (client.example.org [203.0.113.1]) by "
                       "smtp-relay.example.com with ESMTPSA id s1"_s})
            << u"smtp-relay.example.com"_s << QStringList{} << true << VerdictLevel::Weak << 1
            << QStringList{u"medium:1"_s};
        QTest::newRow("weak: relay-internal hop is not strong")
            << header({u"from in.relay.example.com (in.relay.example.com [198.51.100.1]) by "
                       "out.relay.example.com with ESMTP id s2"_s})
            << u"smtp-relay.example.com"_s << QStringList{} << true << VerdictLevel::Weak << 1
            << QStringList{u"medium:1"_s};
        // The marker says a connector was used, not which one: never "routed" on its own.
        QTest::newRow("not routed: only the sender-based routing marker")
            << header({u"from a.example.org (a.example.org [203.0.113.2]) by b.example.org "
                       "with ESMTP id b1"_s},
                      {u"x-mclm-sbr-processed: true"_s})
            << u"smtp-relay.example.com"_s << QStringList{} << false << VerdictLevel::NotRouted << 0
            << QStringList{u"supporting"_s};
        QTest::newRow("not routed: marker, but another connector's relay")
            << header({u"from out.other-relay.example.net (out.other-relay.example.net "
                       "[203.0.113.9]) by mx.example.org with ESMTPS id c1"_s,
                       u"from ex.mail.ovh.net (ex.mail.ovh.net [198.51.100.3]) by "
                       "out.other-relay.example.net with ESMTPSA id c0"_s},
                      {u"x-mclm-sbr-processed: true"_s})
            << u"smtp-relay.example.com"_s << QStringList{} << false << VerdictLevel::NotRouted << 0
            << QStringList{u"supporting"_s, u"against:1"_s};
        QTest::newRow("contradictory: DKIM of the relay, platform hand-off")
            << header({u"from mo1.mail-out.ovh.net (mo1.mail-out.ovh.net [198.51.100.81]) by "_s +
                           recipient + u" with ESMTPS id r1"_s,
                       exchange},
                      {u"DKIM-Signature: v=1; d=example.com; s=k1; b=abc"_s})
            << u"smtp-relay.example.com"_s << QStringList{} << false << VerdictLevel::Contradictory
            << 0 << QStringList{u"supporting"_s, u"against:2"_s};
        QTest::newRow("contradictory: platform hand-off before the relay")
            << header({u"from smtp-relay.example.com (smtp-relay.example.com [198.51.100.10]) by "
                       "mx.other.example.org with ESMTPS id r2"_s,
                       u"from mo1.mail-out.ovh.net (mo1.mail-out.ovh.net [198.51.100.81]) by "_s +
                           recipient + u" with ESMTPS id r1"_s,
                       exchange})
            << u"smtp-relay.example.com"_s << QStringList{} << true << VerdictLevel::Contradictory
            << 3 << QStringList{u"strong:3"_s, u"against:2"_s};
        QTest::newRow("supporting: SPF client-ip and Return-Path")
            << header({u"from out.example.com (out.example.com [198.51.100.10]) by "_s + recipient +
                       u" with ESMTPS id r1"_s},
                      {u"Received-SPF: Pass (mailfrom) client-ip=198.51.100.10; helo=x"_s,
                       u"Return-Path: <bounce@bounces.example.com>"_s})
            << u"smtp-relay.example.com"_s << QStringList{} << true << VerdictLevel::Ok << 1
            << QStringList{u"strong:1"_s, u"supporting"_s, u"supporting"_s};
        QTest::newRow("relay at the platform: exact names only")
            << header({u"from mo1.mail-out.ovh.net (mo1.mail-out.ovh.net [198.51.100.81]) by "_s +
                       recipient + u" with ESMTPS id r1"_s})
            << u"relay.ovh.net"_s << QStringList{} << false << VerdictLevel::NotRouted << 0
            << QStringList{u"against:1"_s};
    }

    void verdict()
    {
        QFETCH(QString, text);
        QFETCH(QString, smartHost);
        QFETCH(QStringList, aliases);
        QFETCH(bool, routed);
        QFETCH(VerdictLevel, level);
        QFETCH(int, proofHop);
        QFETCH(QStringList, evidence);
        RelayConnector connector;
        connector.smartHost = smartHost;
        connector.aliases = aliases;
        const HeaderReport report = HeaderAnalyzer::analyse(text, connector);
        QVERIFY2(report.isValid(), qPrintable(report.error));
        const RouteVerdict &verdict = report.verdict;
        QCOMPARE(strengths(verdict), evidence);
        QCOMPARE(verdict.connector, smartHost);
        QCOMPARE(verdict.routed, std::optional<bool>(routed));
        QCOMPARE(verdict.level, level);
        QCOMPARE(verdict.proofHop.value_or(0), proofHop);
        for (const auto &item : verdict.evidence)
            QVERIFY(!item.text.isEmpty());
    }

    void noConnector()
    {
        const HeaderReport report = HeaderAnalyzer::analyse(
            header({u"from smtp-relay.example.com by mx.example.org with ESMTP id 1"_s}));
        QVERIFY(!report.verdict.routed.has_value());
        QCOMPARE(report.verdict.level, VerdictLevel::Unknown);
        QVERIFY(report.verdict.evidence.isEmpty());
        QVERIFY(!report.verdict.proofHop.has_value());
        QVERIFY(report.verdict.connector.isEmpty());
    }

    void names()
    {
        QCOMPARE(RouteVerdictNames::machineName(EvidenceStrength::Supporting), u"supporting"_s);
        QCOMPARE(RouteVerdictNames::machineName(VerdictLevel::NotRouted), u"notRouted"_s);
        for (int i = 0; i <= int(VerdictLevel::NotRouted); ++i)
            QVERIFY(!RouteVerdictNames::displayName(VerdictLevel(i)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeaderVerdict)
#include "tst_headers_verdict.moc"
