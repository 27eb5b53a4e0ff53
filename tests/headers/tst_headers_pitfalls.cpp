// One fixture per pitfall of header-analysis.md, plus lost indentation, a web-page paste,
// a message sent without a connector and damaged pastes.
#include "HeaderFixtures.h"
#include "HeaderReportText.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(VerdictLevel)

class TestHeaderPitfalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds()
    {
        const HeaderReport report = analyseFixture(u"pitfall01_folds"_s);
        QCOMPARE(report.hops[1].date.toString(Qt::ISODate), u"2024-03-04T09:15:07Z"_s);
        QCOMPARE(report.hops[0].date.toString(Qt::ISODate), u"2024-03-04T09:15:05Z"_s);
        QCOMPARE(report.hops[1].delaySeconds, std::optional<qint64>(2));
        QCOMPARE(report.summary.subject, u"A subject folded over two lines"_s);
    }

    void interleaved()
    {
        const HeaderReport report = analyseFixture(u"pitfall02_interleaved"_s);
        QCOMPARE(report.headers.values(u"X-Received").size(), 2);
        QCOMPARE(report.headers.values(u"Received").size(), 3);
        QCOMPARE(report.hops[0].fromName, u"app1.example.com"_s);
        QCOMPARE(report.hops[0].fromIp, u"2001:db8:1::10"_s);
        QCOMPARE(report.hops[1].byName, u"mx.example.org"_s);
        QCOMPARE(report.hops[2].byIp, u"2001:db8:5::1"_s);
        // Header order is kept: every Received keeps its position among all fields.
        int previous = report.headers.fields.size();
        for (const auto &hop : report.hops) {
            QVERIFY(hop.headerIndex < previous);
            QVERIFY(report.headers.fields[hop.headerIndex].is(u"Received"));
            previous = hop.headerIndex;
        }
    }

    void commentsAndKeywords()
    {
        const HeaderReport report = analyseFixture(u"pitfall03_comments"_s);
        const auto &hops = report.hops;
        QCOMPARE(hops[3].byName, u"mx.example.org"_s);
        QCOMPARE(hops[3].fromIp, u"192.0.2.50"_s);
        QVERIFY(hops[3].hasFlag(HopFlag::Tls));
        QCOMPARE(hops[2].fromName, u"app.example.com"_s);
        QCOMPARE(hops[2].fromHelo, u"app.example.com"_s);
        QCOMPARE(hops[2].byName, u"gw.example.net"_s);
        QCOMPARE(hops[2].with, u"esmtp"_s);
        QCOMPARE(hops[2].id, u"22BB"_s);
        QVERIFY(hops[1].fromText.isEmpty());
        QCOMPARE(hops[1].byName, u"app.example.com"_s);
        QVERIFY(hops[1].hasFlag(HopFlag::Local));
        QCOMPARE(hops[0].fromIp, u"192.0.2.99"_s);
        QCOMPARE(hops[0].fromHelo, u"laptop.example.com"_s);
        QCOMPARE(hops[0].byName, u"app.example.com"_s);
        QCOMPARE(hops[0].id, u"44DD"_s);
        QVERIFY(hops[0].forAddress.isEmpty());
    }

    void hopsWithoutFrom()
    {
        const HeaderReport report = analyseFixture(u"pitfall04_no_from"_s);
        const auto &hops = report.hops;
        QVERIFY(hops[0].fromText.isEmpty() && hops[0].byName.isEmpty());
        QVERIFY(hops[0].leadingComment.contains(u"invoked by uid"_s));
        QVERIFY(hops[0].hasFlag(HopFlag::Local));
        QCOMPARE(hops[1].byName, u"submit.example.com"_s);
        QVERIFY(hops[1].hasFlag(HopFlag::Local));
        QCOMPARE(hops[2].byName, u"mail-ua1-f42.example.com"_s);
        QCOMPARE(hops[3].via, u"listexpand"_s);
        QVERIFY(hops[4].hasFlag(HopFlag::Lmtp));
        for (int i = 1; i < hops.size(); ++i)
            QCOMPARE(hops[i].delaySeconds, std::optional<qint64>(1));
    }

    void ipSpellings()
    {
        const HeaderReport report = analyseFixture(u"pitfall05_ip_spellings"_s);
        QStringList ips;
        for (const auto &hop : report.hops)
            ips.append(hop.fromIp.isEmpty() ? u"!"_s + hop.fromInvalidIp : hop.fromIp);
        QCOMPARE(ips, (QStringList{u"192.0.2.1"_s, u"192.0.2.2"_s, u"192.0.2.3"_s, u"192.0.2.4"_s,
                                   u"192.0.2.5"_s, u"192.0.2.6"_s, u"2001:db8::8"_s,
                                   u"2001:db8::9"_s, u"fe80::1%9"_s, u"::ffff:192.0.2.11"_s,
                                   u"192.0.2.12"_s, u"!11.22.333.44"_s}));
        QCOMPARE(report.hops[2].fromHost(), u"d.example.net"_s);
        QCOMPARE(report.hops[4].fromHost(), u"f.example.net"_s);
        QCOMPARE(report.hops[10].fromReverseDns, u"l.example.net"_s);
        QVERIFY(report.hops[11].hasFlag(HopFlag::InvalidIp));
    }

    void protocols()
    {
        const HeaderReport report = analyseFixture(u"pitfall06_with_protocols"_s);
        const QList<QStringList> expected{
            {},          {u"tls"_s},  {u"authenticated"_s, u"tls"_s},
            {u"lmtp"_s}, {u"http"_s}, {u"http"_s, u"tls"_s},
            {},          {u"tls"_s},  {u"tls"_s},
            {u"tls"_s},  {u"tls"_s},  {u"local"_s},
        };
        QCOMPARE(report.hops.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(flagNames(report.hops[i]), expected[i]);
        QCOMPARE(report.hops[7].with, u"Microsoft SMTP Server"_s);
        QCOMPARE(report.hops[10].with, u"AES256-GCM-SHA384 encrypted SMTP"_s);
    }

    void clockSkew()
    {
        const HeaderReport report = analyseFixture(u"pitfall07_clock_skew"_s);
        QList<std::optional<qint64>> delays;
        QList<bool> skew;
        for (const auto &hop : report.hops) {
            delays.append(hop.delaySeconds);
            skew.append(hop.hasFlag(HopFlag::ClockSkew));
        }
        QCOMPARE(delays, (QList<std::optional<qint64>>{std::nullopt, 30, -90, 70}));
        QCOMPARE(skew, (QList<bool>{false, false, true, false}));
        QCOMPARE(report.summary.transitSeconds, std::optional<qint64>(15));
    }

    void transitWithoutDateHeader()
    {
        QString text = headerFixture(u"pitfall07_clock_skew"_s);
        text.remove(QRegularExpression(u"^Date: .*\\n"_s, QRegularExpression::MultilineOption));
        const HeaderReport report = HeaderAnalyzer::analyse(text);
        QCOMPARE(report.summary.transitBasis, HopTimeline::TransitBasis::FirstHop);
        QCOMPARE(report.summary.transitSeconds, std::optional<qint64>(10));
    }

    void pseudoHops()
    {
        const HeaderReport report = analyseFixture(u"pitfall08_pseudo_hops"_s);
        const auto &hops = report.hops;
        QCOMPARE(hops[0].via, u"listexpand"_s);
        QVERIFY(!hops[1].hasFlag(HopFlag::Local));
        QVERIFY(hops[2].hasFlag(HopFlag::Local));
        QVERIFY(hops[3].hasFlag(HopFlag::Local));
        QCOMPARE(hops[4].with, u"POP3"_s);
        QCOMPARE(hops[4].fromIp, u"192.0.2.80"_s);
        QVERIFY(hops[4].hasFlag(HopFlag::Local));
        QCOMPARE(hops[4].date.toString(Qt::ISODate), u"2024-03-11T09:05:00Z"_s);
    }

    // Pitfall 9: a hop "by the relay" below the first trusted server proves nothing.
    void forgedLowerHop()
    {
        const HeaderReport report =
            analyseFixture(u"pitfall09_forged_below"_s, u"smtp-relay.example.com"_s);
        QVERIFY(!findEvidence(report.verdict, EvidenceStrength::Strong));
        QVERIFY(findEvidence(report.verdict, EvidenceStrength::Medium, 1));
        QCOMPARE(report.verdict.level, VerdictLevel::Weak);
    }

    void encodedWords()
    {
        const HeaderReport report = analyseFixture(u"pitfall11_rfc2047"_s);
        QCOMPARE(report.summary.subject, u"Café crème brûlée € 5"_s);
        QCOMPARE(report.summary.from, u"René Dupont <rene@example.com>"_s);
        QCOMPARE(report.summary.to, u"Jörg <jorg@example.net>, Zoë Ångström <zoe@example.org>"_s);
        QVERIFY(report.headers.value(u"Subject").startsWith(u"=?utf-8?B?"_s));
    }

    void htmlEntities()
    {
        const HeaderReport report = analyseFixture(u"pitfall12_html_entities"_s);
        QVERIFY(report.htmlDecoded);
        QCOMPARE(report.summary.from, u"\"Ruth & Sam\" <ruth@example.com>"_s);
        QCOMPARE(report.summary.to, u"<quentin@example.org>"_s);
        QCOMPARE(report.summary.subject, u"Q&A – entities &amp; more"_s);
        QCOMPARE(report.summary.messageId, u"<entities-1@example.com>"_s);
        QCOMPARE(report.hops[0].forAddress, u"quentin@example.org"_s);
    }

    void lostIndentation()
    {
        const HeaderReport report =
            analyseFixture(u"lost_indentation"_s, u"smtp.relay.example.net"_s);
        QCOMPARE(report.headers.fields.size(), 12);
        QVERIFY(report.headers.value(u"List-Unsubscribe").contains(u"https://mydomain.example"_s));
        QVERIFY(report.headers.value(u"DKIM-Signature").contains(u"h=from:to:subject:date;"_s));
        QCOMPARE(report.hops[0].date.toString(Qt::ISODate), u"2024-03-05T11:02:10Z"_s);
        QVERIFY(report.hops[0].hasFlag(HopFlag::Tls));
        QCOMPARE(report.hops[3].date.toString(Qt::ISODate), u"2024-03-05T11:02:14Z"_s);
        QCOMPARE(report.hops[3].forAddress, u"carol@example.org"_s);
        QVERIFY(findEvidence(report.verdict, EvidenceStrength::Strong, 3));
        QVERIFY(findEvidence(report.verdict, EvidenceStrength::Medium, 2));
    }

    void htmlPrePaste()
    {
        const HeaderReport report =
            analyseFixture(u"html_pre_paste"_s, u"smtp.relay.example.net"_s);
        QVERIFY(report.htmlDecoded);
        QCOMPARE(report.headers.fields.front().name, u"Return-Path"_s);
        QCOMPARE(report.headers.fields.back().name, u"x-mclm-sbr-processed"_s);
        QCOMPARE(report.headers.fields.back().value, u"true"_s);
        QCOMPARE(report.summary.from, u"\"Victor\" <victor@mydomain.example>"_s);
    }

    // Truncated and damaged pastes must give a report or an error, never a crash.
    void damagedInputsDoNotCrash()
    {
        const QDir dir(QStringLiteral(SMARTHOST_TEST_DATA_DIR "/headers"));
        const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files);
        QVERIFY(files.size() >= 20);
        QRandomGenerator random(20240318);
        RelayConnector connector;
        connector.smartHost = u"smtp-relay.example.com"_s;
        for (const QString &file : files) {
            const QString text = headerFixture(QString(file).chopped(4));
            for (qsizetype length = 0; length < text.size(); length += 13) {
                const HeaderReport report = HeaderAnalyzer::analyse(text.left(length), connector);
                QVERIFY(report.isValid() || !report.error.isEmpty());
            }
            for (int round = 0; round < 25; ++round) {
                QString damaged = text;
                for (int cut = 0; cut < 8 && !damaged.isEmpty(); ++cut) {
                    const qsizetype at = random.bounded(damaged.size());
                    const QChar replacement =
                        QStringView(u"()[];:\"<>=? \n\t&").at(random.bounded(15));
                    damaged[at] = replacement;
                }
                const HeaderReport report = HeaderAnalyzer::analyse(damaged, connector);
                QVERIFY(report.isValid() || !report.error.isEmpty());
                QVERIFY(!HeaderReportText::format(report).isEmpty());
            }
        }
    }

    void notRouted()
    {
        const HeaderReport report =
            analyseFixture(u"not_routed_platform"_s, u"smtp-relay.example.com"_s);
        const RouteEvidence *against = findEvidence(report.verdict, EvidenceStrength::Against, 3);
        QVERIFY(against);
        QVERIFY(against->text.contains(u"mo581.mail-out.ovh.net"_s));
        QVERIFY(against->text.contains(u"mx.recipient.example.org"_s));
        QCOMPARE(report.verdict.evidence.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHeaderPitfalls)
#include "tst_headers_pitfalls.moc"
