// The guide's example in five languages, every fixture's overview, JSON and text output.
#include "HeaderFixtures.h"
#include "HeaderReportJson.h"
#include "HeaderReportText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(VerdictLevel)

class TestHeaderGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every fixture: hop count and verdict.
    void overview_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("smartHost");
        QTest::addColumn<int>("hops");
        QTest::addColumn<int>("routed"); // -1 null, 0 false, 1 true
        QTest::addColumn<VerdictLevel>("level");
        QTest::addColumn<int>("proofHop");

        // The guide's own smartHost in each language (the Portuguese copy says exemplo.com).
        for (const char *language : {"en", "fr", "es", "it"}) {
            QTest::addRow("guide %s", language)
                << u"guide_"_s + QLatin1StringView(language) << u"smtp-relay.example.com"_s << 6
                << 1 << VerdictLevel::Ok << 2;
        }
        QTest::newRow("guide pt (damaged)")
            << u"guide_pt"_s << u"smtp-relay.exemplo.com"_s << 6 << 1 << VerdictLevel::Ok << 2;
        QTest::newRow("pitfall 1 folds")
            << u"pitfall01_folds"_s << QString() << 2 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 2 interleaved")
            << u"pitfall02_interleaved"_s << QString() << 3 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 3 comments")
            << u"pitfall03_comments"_s << QString() << 4 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 4 no from")
            << u"pitfall04_no_from"_s << QString() << 5 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 5 ip spellings")
            << u"pitfall05_ip_spellings"_s << QString() << 12 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 6 with")
            << u"pitfall06_with_protocols"_s << QString() << 12 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 7 clock skew")
            << u"pitfall07_clock_skew"_s << QString() << 4 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 8 pseudo-hops")
            << u"pitfall08_pseudo_hops"_s << QString() << 5 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 9 forged lower hop")
            << u"pitfall09_forged_below"_s << u"smtp-relay.example.com"_s << 2 << 1
            << VerdictLevel::Weak << 1;
        QTest::newRow("pitfall 10 authentication")
            << u"pitfall10_auth_results"_s << QString() << 2 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 11 rfc 2047")
            << u"pitfall11_rfc2047"_s << QString() << 1 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("pitfall 12 html entities")
            << u"pitfall12_html_entities"_s << QString() << 1 << -1 << VerdictLevel::Unknown << 0;
        QTest::newRow("lost indentation") << u"lost_indentation"_s << u"smtp.relay.example.net"_s
                                          << 4 << 1 << VerdictLevel::Ok << 3;
        QTest::newRow("html <pre> paste") << u"html_pre_paste"_s << u"smtp.relay.example.net"_s << 2
                                          << 1 << VerdictLevel::Ok << 2;
        QTest::newRow("no connector used")
            << u"not_routed_platform"_s << u"smtp-relay.example.com"_s << 3 << 0
            << VerdictLevel::NotRouted << 0;
    }

    void overview()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, smartHost);
        QFETCH(int, hops);
        QFETCH(int, routed);
        QFETCH(VerdictLevel, level);
        QFETCH(int, proofHop);
        for (const QString &newline : {u"\n"_s, u"\r\n"_s, u"\r"_s}) {
            const HeaderReport report = analyseFixture(fixture, smartHost, newline);
            QVERIFY2(report.isValid(), qPrintable(report.error));
            QCOMPARE(report.hops.size(), hops);
            for (int i = 0; i < report.hops.size(); ++i) {
                QCOMPARE(report.hops[i].number, i + 1);
                QVERIFY2(!report.hops[i].hasFlag(HopFlag::UnparsedDate),
                         qPrintable(report.hops[i].dateText));
            }
            const std::optional<bool> expected =
                routed < 0 ? std::nullopt : std::optional<bool>(routed == 1);
            QCOMPARE(report.verdict.routed, expected);
            QCOMPARE(report.verdict.level, level);
            QCOMPARE(report.verdict.proofHop.value_or(0), proofHop);
        }
    }

    void guide_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("domain");
        for (const char *language : {"en", "fr", "es", "it"})
            QTest::addRow("%s", language)
                << u"guide_"_s + QLatin1StringView(language) << u"example.com"_s;
        QTest::newRow("pt") << u"guide_pt"_s << u"exemplo.com"_s;
    }

    // The example of the guide's "Test your send connector" section.
    void guide()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, domain);
        const HeaderReport report = analyseFixture(fixture, u"smtp-relay."_s + domain);
        QVERIFY(report.htmlDecoded);
        const RouteVerdict &verdict = report.verdict;

        const RouteEvidence *medium = findEvidence(verdict, EvidenceStrength::Medium, 1);
        QVERIFY(medium);
        QVERIFY2(medium->text.contains(u"smtp-relay.smtp."_s + domain), qPrintable(medium->text));
        QVERIFY(medium->text.contains(domain));
        const RouteEvidence *strong = findEvidence(verdict, EvidenceStrength::Strong, 2);
        QVERIFY(strong);
        QVERIFY(strong->text.contains(u"in31.mail.ovh.net"_s));
        QVERIFY(strong->text.contains(u"sender-id."_s + domain));
        QVERIFY(!findEvidence(verdict, EvidenceStrength::Against));
        QStringList supporting;
        for (const auto &item : verdict.evidence) {
            if (item.strength == EvidenceStrength::Supporting)
                supporting.append(item.text);
        }
        QVERIFY(supporting.filter(u"x-mclm-sbr-processed: true"_s).size() == 1);
        QVERIFY(supporting.filter(u"DKIM"_s).filter(u"smtp."_s + domain).size() == 1);
        QCOMPARE(verdict.evidence.front().strength, EvidenceStrength::Strong);

        const ReceivedHop &first = report.hops[0];
        QVERIFY(first.fromName.isEmpty());
        QCOMPARE(first.byName, u"smtp-relay.smtp."_s + domain);
        QCOMPARE(first.date.toString(Qt::ISODate), u"2023-02-28T07:51:00Z"_s);
        const ReceivedHop &second = report.hops[1];
        QCOMPARE(second.fromInvalidIp, u"11.22.333.44"_s);
        QVERIFY(second.fromIp.isEmpty());
        QCOMPARE(flagNames(second), (QStringList{u"invalid-ip"_s, u"tls"_s}));
        QCOMPARE(report.hops[4].fromHost(), u"output28.mail.ovh.net"_s);
        QCOMPARE(report.hops[4].byName, u"192.168.1.2"_s);
        QCOMPARE(report.hops[5].date.toString(Qt::ISODate), u"2023-02-28T07:51:02Z"_s);
        QVERIFY(report.hops[5].hasFlag(HopFlag::Local));

        QVERIFY(report.summary.subject.endsWith(u" SBR 3 (SIB)"_s));
        QVERIFY(report.summary.from.startsWith(u"<newsletter@mydomain.ovh>"_s));
        QCOMPARE(report.summary.messageId,
                 u"<12185193-354a-4762-b3ee-a40484d30975e@smtp-relay.smtp.example.com>"_s);
        QCOMPARE(report.summary.transitSeconds, std::optional<qint64>(6));
        QCOMPARE(report.summary.transitBasis, HopTimeline::TransitBasis::DateHeader);
        QCOMPARE(report.authentication.summaryResult(u"dkim"), u"pass"_s);
        QCOMPARE(report.authentication.summaryResult(u"spf"), u"pass"_s);
        QVERIFY(report.headers.value(u"Return-Path").startsWith(u'<'));
    }

    void guideJson()
    {
        const HeaderReport report = analyseFixture(u"guide_en"_s, u"smtp-relay.example.com"_s);
        const QJsonObject json = HeaderReportJson::toJson(report);
        QCOMPARE(json.keys(),
                 (QStringList{u"authentication"_s, u"hops"_s, u"summary"_s, u"verdict"_s}));
        const QJsonObject summary = json[u"summary"_s].toObject();
        QCOMPARE(summary.keys(), (QStringList{u"date"_s, u"from"_s, u"messageId"_s, u"subject"_s,
                                              u"to"_s, u"transitSeconds"_s}));
        QCOMPARE(summary[u"subject"_s].toString(), u"Test SBR 3 (SIB)"_s);
        QCOMPARE(summary[u"date"_s].toString(), u"2023-02-28T07:50:56Z"_s);
        QCOMPARE(summary[u"transitSeconds"_s].toInteger(), 6);

        const QJsonArray hops = json[u"hops"_s].toArray();
        QCOMPARE(hops.size(), 6);
        const QJsonObject first = hops[0].toObject();
        QCOMPARE(first.keys(),
                 (QStringList{u"by"_s, u"date"_s, u"delaySeconds"_s, u"flags"_s, u"for"_s,
                              u"from"_s, u"fromIp"_s, u"id"_s, u"index"_s, u"with"_s}));
        QCOMPARE(first[u"index"_s].toInt(), 1);
        QVERIFY(first[u"from"_s].isNull());
        QVERIFY(first[u"delaySeconds"_s].isNull());
        QCOMPARE(first[u"by"_s].toString(), u"smtp-relay.smtp.example.com"_s);
        QCOMPARE(first[u"with"_s].toString(), u"ESMTP"_s);
        QCOMPARE(first[u"date"_s].toString(), u"2023-02-28T07:51:00Z"_s);
        const QJsonObject second = hops[1].toObject();
        QCOMPARE(second[u"from"_s].toString(), u"sender-id.example.com"_s);
        QVERIFY(second[u"fromIp"_s].isNull());
        QCOMPARE(second[u"for"_s].toString(), u"john.smith@guides.ovh"_s);
        QCOMPARE(second[u"delaySeconds"_s].toInteger(), 1);
        QVERIFY(second[u"flags"_s].toArray().contains(u"invalid-ip"_s));
        QCOMPARE(hops[2].toObject()[u"fromIp"_s].toString(), u"10.101.4.31"_s);

        const QJsonObject auth = json[u"authentication"_s].toObject();
        QCOMPARE(auth.keys(), (QStringList{u"dkim"_s, u"dmarc"_s, u"spf"_s}));
        QCOMPARE(auth[u"spf"_s].toString(), u"pass"_s);
        QCOMPARE(auth[u"dkim"_s].toString(), u"pass"_s);
        QVERIFY(auth[u"dmarc"_s].isNull());

        const QJsonObject verdict = json[u"verdict"_s].toObject();
        QCOMPARE(verdict.keys(), (QStringList{u"connector"_s, u"evidence"_s, u"routed"_s}));
        QCOMPARE(verdict[u"connector"_s].toString(), u"smtp-relay.example.com"_s);
        QCOMPARE(verdict[u"routed"_s].toBool(), true);
        const QJsonArray evidence = verdict[u"evidence"_s].toArray();
        QVERIFY(evidence.size() >= 4);
        const QJsonObject strong = evidence[0].toObject();
        QCOMPARE(strong.keys(), (QStringList{u"hop"_s, u"strength"_s, u"text"_s}));
        QCOMPARE(strong[u"strength"_s].toString(), u"strong"_s);
        QCOMPARE(strong[u"hop"_s].toInt(), 2);
        QCOMPARE(evidence[1].toObject()[u"strength"_s].toString(), u"medium"_s);
        QCOMPARE(evidence[1].toObject()[u"hop"_s].toInt(), 1);
        QVERIFY(evidence[2].toObject()[u"hop"_s].isNull());
    }

    void jsonWithoutConnector()
    {
        const QJsonObject json = HeaderReportJson::toJson(analyseFixture(u"pitfall04_no_from"_s));
        const QJsonObject verdict = json[u"verdict"_s].toObject();
        QVERIFY(verdict[u"connector"_s].isNull());
        QVERIFY(verdict[u"routed"_s].isNull());
        QVERIFY(verdict[u"evidence"_s].toArray().isEmpty());
        QVERIFY(json[u"summary"_s].toObject()[u"messageId"_s].isNull());
    }

    void jsonError()
    {
        const QJsonObject json = HeaderReportJson::toJson(HeaderAnalyzer::analyse(QString()));
        QCOMPARE(json.keys(), QStringList{u"error"_s});
        QVERIFY(!json[u"error"_s].toString().isEmpty());
    }

    void textReport()
    {
        const HeaderReport report = analyseFixture(u"guide_en"_s, u"smtp-relay.example.com"_s);
        const QString text = HeaderReportText::format(report);
        QVERIFY(text.contains(u"Test SBR 3 (SIB)"_s));
        QVERIFY(text.contains(u"smtp-relay.smtp.example.com"_s));
        QVERIFY(text.contains(u"11.22.333.44"_s));
        QVERIFY(text.contains(u"invalid-ip"_s));
        QVERIFY(text.contains(RouteVerdictNames::displayName(VerdictLevel::Ok)));
        QVERIFY(text.contains(report.verdict.evidence.front().text));
        QVERIFY(text.contains(u"2023-02-28 07:51:00"_s));
        for (const auto &line : text.split(u'\n'))
            QVERIFY2(line.size() < 250, qPrintable(line));
        QCOMPARE(HeaderReportText::format(HeaderAnalyzer::analyse(QString())).trimmed(),
                 HeaderAnalyzer::analyse(QString()).error);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << u"0 s"_s;
        QTest::newRow("negative") << qint64(-90) << u"-90 s"_s;
        QTest::newRow("minutes") << qint64(185) << u"3 min 5 s"_s;
        QTest::newRow("hours") << qint64(7800) << u"2 h 10 min"_s;
    }

    void durations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(HeaderReportText::formatDuration(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestHeaderGuide)
#include "tst_headers_guide.moc"
