#include "AuthenticationResultsParser.h"
#include "HeaderAnalyzer.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHeaderAuthResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authenticationResults_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("authservId");
        QTest::addColumn<QStringList>("results"); // "method=result"
        QTest::addColumn<QString>("firstReason");

        QTest::newRow("rfc 8601")
            << u"mx.example.org; spf=pass smtp.mailfrom=a@example.com; dkim=pass header.d=example.com"_s
            << u"mx.example.org"_s << QStringList{u"spf=pass"_s, u"dkim=pass"_s} << QString();
        QTest::newRow("version after authserv-id")
            << u"mx.example.org 1; dkim=neutral"_s << u"mx.example.org"_s
            << QStringList{u"dkim=neutral"_s} << QString();
        QTest::newRow("guide")
            << u"in31.mail.ovh.net;\n    dkim=pass (1024-bit key; unprotected) "
               u"header.d=smtp.example.com "
               "header.i=@smtp.example.com header.b=\"HDetLEPl\";\n    dkim-atps=neutral"_s
            << u"in31.mail.ovh.net"_s << QStringList{u"dkim=pass"_s, u"dkim-atps=neutral"_s}
            << u"1024-bit key; unprotected"_s;
        QTest::newRow("quoted comment")
            << u"mx.example.org; dkim=fail (\"body hash did not verify\") header.d=example.net"_s
            << u"mx.example.org"_s << QStringList{u"dkim=fail"_s} << u"body hash did not verify"_s;
        QTest::newRow("reason property")
            << u"mx.example.org; dmarc=fail reason=\"SPF not aligned\" header.from=example.com"_s
            << u"mx.example.org"_s << QStringList{u"dmarc=fail"_s} << u"SPF not aligned"_s;
        QTest::newRow("microsoft, no authserv-id")
            << u"spf=softfail (sender IP is 203.0.113.9) smtp.mailfrom=example.com; dkim=none "
               "(message not signed) header.d=none;dmarc=fail action=quarantine "
               "header.from=example.com;compauth=fail reason=000"_s
            << QString()
            << QStringList{u"spf=softfail"_s, u"dkim=none"_s, u"dmarc=fail"_s, u"compauth=fail"_s}
            << u"sender IP is 203.0.113.9"_s;
        QTest::newRow("missing semicolons")
            << u"mx.example.org; spf=pass smtp.mailfrom=example.com dkim=pass header.d=example.com"_s
            << u"mx.example.org"_s << QStringList{u"spf=pass"_s, u"dkim=pass"_s} << QString();
        QTest::newRow("upper-case result") << u"mx.example.org; SPF=Pass"_s << u"mx.example.org"_s
                                           << QStringList{u"spf=pass"_s} << QString();
        QTest::newRow("none") << u"mx.example.org; none"_s << u"mx.example.org"_s << QStringList{}
                              << QString();
        QTest::newRow("empty") << QString() << QString() << QStringList{} << QString();
    }

    void authenticationResults()
    {
        QFETCH(QString, value);
        QFETCH(QString, authservId);
        QFETCH(QStringList, results);
        QFETCH(QString, firstReason);
        const auto parsed = AuthenticationResultsParser::parseAuthenticationResults(value, 4);
        QStringList found;
        for (const auto &result : parsed) {
            found.append(result.method + u'=' + result.result);
            QCOMPARE(result.statedBy, authservId);
            QCOMPARE(result.headerIndex, 4);
        }
        QCOMPARE(found, results);
        if (!parsed.isEmpty())
            QCOMPARE(parsed.front().reason, firstReason);
    }

    void microsoftProperties()
    {
        const auto parsed = AuthenticationResultsParser::parseAuthenticationResults(
            u"spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dmarc=pass "
            "action=none header.from=example.com;compauth=pass reason=100"_s);
        QCOMPARE(parsed.size(), 3);
        QCOMPARE(parsed[0].property(u"smtp.mailfrom"), u"example.com"_s);
        QCOMPARE(parsed[1].property(u"action"), u"none"_s);
        QCOMPARE(parsed[1].property(u"header.from"), u"example.com"_s);
        QCOMPARE(parsed[2].method, u"compauth"_s);
        QCOMPARE(parsed[2].reason, u"100"_s);
    }

    void receivedSpf_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("statedBy");
        QTest::addColumn<QString>("clientIp");
        QTest::newRow("guide")
            << u"Pass (mailfrom) identity=mailfrom; client-ip=11.22.333.44; "
               u"helo=sender-id.example.com; "
               "envelope-from=b@sender-id.example.com; receiver=john.smith@guides.example"_s
            << u"pass"_s << u"john.smith@guides.example"_s << u"11.22.333.44"_s;
        QTest::newRow("checker in comment")
            << u"pass (mx.example.org: domain of a@example.com designates 192.0.2.1 as permitted "
               "sender) client-ip=192.0.2.1;"_s
            << u"pass"_s << u"mx.example.org"_s << u"192.0.2.1"_s;
        QTest::newRow("SoftFail, vendor keys")
            << u"SoftFail (protection.example.net: domain of transitioning example.com discourages "
               "use of 203.0.113.9 as permitted sender) receiver=protection.example.net; "
               "client-ip=203.0.113.9; helo=relay.example.com; pr=C"_s
            << u"softfail"_s << u"protection.example.net"_s << u"203.0.113.9"_s;
        QTest::newRow("quoted values")
            << u"None (mx.example.org: no sender authenticity information) identity=mailfrom; "
               "client-ip=192.0.2.2; envelope-from=\"a@example.com\"; x-conformance=spf_only"_s
            << u"none"_s << u"mx.example.org"_s << u"192.0.2.2"_s;
    }

    void receivedSpf()
    {
        QFETCH(QString, value);
        QFETCH(QString, result);
        QFETCH(QString, statedBy);
        QFETCH(QString, clientIp);
        const AuthResult spf = AuthenticationResultsParser::parseReceivedSpf(value);
        QCOMPARE(spf.method, u"spf"_s);
        QCOMPARE(spf.source, AuthResult::Source::ReceivedSpf);
        QCOMPARE(spf.result, result);
        QCOMPARE(spf.statedBy, statedBy);
        QCOMPARE(spf.property(u"client-ip"), clientIp);
    }

    void dkimSignature()
    {
        const auto signature = AuthenticationResultsParser::parseDkimSignature(
            u"v=1; a=rsa-sha256; c=relaxed/relaxed; d=Smtp.Example.com;\r\n    q=dns/txt; s=mail; "
            "bh=abc=;\r\n h=from:subject; b=abc\r\n def="_s);
        QCOMPARE(signature.domain, u"smtp.example.com"_s);
        QCOMPARE(signature.selector, u"mail"_s);
    }

    // Pitfall 10: several Authentication-Results from several servers.
    void severalHeaders()
    {
        QFile file(QStringLiteral(SMARTHOST_TEST_DATA_DIR "/headers/pitfall10_auth_results.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HeaderReport report = HeaderAnalyzer::analyse(file.readAll());
        QVERIFY(report.isValid());
        const AuthenticationReport &auth = report.authentication;
        QStringList statedBy;
        for (const auto &result : auth.results) {
            if (!statedBy.contains(result.statedBy))
                statedBy.append(result.statedBy);
        }
        QCOMPARE(statedBy, (QStringList{u"mx.example.org"_s, QString(), u"protection.example.net"_s,
                                        u"relay.example.com"_s}));
        const auto dkim = auth.resultsFor(u"dkim");
        QCOMPARE(dkim.size(), 3);
        QCOMPARE(dkim[1].result, u"fail"_s);
        QCOMPARE(dkim[1].reason, u"body hash did not verify"_s);
        QCOMPARE(auth.resultsFor(u"compauth").size(), 1);
        // The newest (topmost) Authentication-Results decides; one passing DKIM is enough.
        QCOMPARE(auth.summaryResult(u"dkim"), u"pass"_s);
        QCOMPARE(auth.summaryResult(u"spf"), u"pass"_s);
        QCOMPARE(auth.summaryResult(u"dmarc"), u"pass"_s);
        QCOMPARE(auth.summaryResult(u"arc"), QString());
    }

    void receivedSpfWhenNoAuthenticationResults()
    {
        const HeaderReport report = HeaderAnalyzer::analyse(
            u"Received-SPF: Neutral (mx.example.org: 192.0.2.1 is neither permitted nor denied)\n"
            "Received: from a by b; 28 Feb 2023 07:51:00 +0000\n"_s);
        QCOMPARE(report.authentication.summaryResult(u"spf"), u"neutral"_s);
        QCOMPARE(report.authentication.summaryResult(u"dkim"), QString());
    }

    void arc()
    {
        QFile file(QStringLiteral(SMARTHOST_TEST_DATA_DIR "/headers/pitfall02_interleaved.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HeaderReport report = HeaderAnalyzer::analyse(file.readAll());
        QCOMPARE(report.authentication.arcSets, 2);
        QCOMPARE(report.authentication.arcChainValidation, u"pass"_s);
        QCOMPARE(report.authentication.summaryResult(u"arc"), u"pass"_s);
        QCOMPARE(report.authentication.dkimSignatures.size(), 1);
        QCOMPARE(report.authentication.dkimSignatures[0].domain, u"example.com"_s);
    }
};

QTEST_GUILESS_MAIN(TestHeaderAuthResults)
#include "tst_headers_authresults.moc"
