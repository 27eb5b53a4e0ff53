#include "ProbeReport.h"
#include "ProbeReportJson.h"
#include "ProbeReportText.h"
#include "ProbeTranscript.h"
#include "SmtpAuthExchange.h"
#include "SmtpAuthPayload.h"
#include "SmtpReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
ProbeCheck makeCheck(QStringView id, ProbeStatus status, const QString &suggestion = {})
{
    return ProbeCheck{id.toString(), u"Title "_s + id, status, u"Detail of "_s + id, suggestion};
}

ProbeReport sampleReport()
{
    ProbeReport report;
    report.host = u"relay.example"_s;
    report.port = 587;
    report.peerAddress = u"192.0.2.1"_s;
    report.startedAt = QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc());
    report.elapsedMs = 321;
    report.banner = u"relay.example ESMTP"_s;
    report.extensions = {u"PIPELINING"_s, u"SIZE 10485760"_s};
    report.checks = {makeCheck(ProbeCheckId::Connect, ProbeStatus::Pass),
                     makeCheck(ProbeCheckId::Size, ProbeStatus::Warn, u"Lower maxSendSize"_s),
                     makeCheck(ProbeCheckId::CertificateName, ProbeStatus::Fail, u"Fix the name"_s),
                     makeCheck(ProbeCheckId::Login, ProbeStatus::Skipped)};
    report.tls.attempted = true;
    report.tls.established = true;
    report.tls.protocol = u"TLS 1.3"_s;
    report.tls.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    report.tls.subject = u"CN=relay.example"_s;
    report.tls.issuer = u"CN=Test CA"_s;
    report.tls.notBefore = report.startedAt.addDays(-1);
    report.tls.notAfter = report.startedAt.addDays(89);
    report.tls.errors = {QSslError::HostNameMismatch};
    report.tls.errorMessages = {u"The host name did not match"_s};
    report.transcript = {{report.startedAt, 0, TranscriptDirection::Note, u"Connecting"_s},
                         {report.startedAt, 5, TranscriptDirection::Server, u"220 hi"_s},
                         {report.startedAt, 6, TranscriptDirection::Client, u"EHLO [192.0.2.9]"_s}};
    return report;
}
} // namespace

class TestProbeReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusIds()
    {
        const QList<std::pair<ProbeStatus, QString>> expected = {
            {ProbeStatus::Pass, u"pass"_s},
            {ProbeStatus::Warn, u"warn"_s},
            {ProbeStatus::Fail, u"fail"_s},
            {ProbeStatus::Skipped, u"skipped"_s}};
        for (const auto &[status, id] : expected) {
            QCOMPARE(probeStatusToId(status), id);
            QCOMPARE(probeStatusFromId(id), std::optional(status));
        }
        QCOMPARE(probeStatusFromId(u"PASS"), std::nullopt);
    }

    void exitCodeSemantics_data()
    {
        QTest::addColumn<QList<ProbeStatus>>("statuses");
        QTest::addColumn<bool>("allPassed");
        QTest::addColumn<bool>("hasFailure");
        using S = ProbeStatus;
        QTest::newRow("all pass") << QList<S>{S::Pass, S::Pass} << true << false;
        QTest::newRow("warnings do not fail") << QList<S>{S::Pass, S::Warn} << true << false;
        QTest::newRow("skipped is neutral") << QList<S>{S::Pass, S::Skipped} << true << false;
        QTest::newRow("one failure fails") << QList<S>{S::Pass, S::Warn, S::Fail} << false << true;
        QTest::newRow("no checks is no pass") << QList<S>{} << false << false;
    }

    void exitCodeSemantics()
    {
        QFETCH(QList<ProbeStatus>, statuses);
        QFETCH(bool, allPassed);
        QFETCH(bool, hasFailure);
        ProbeReport report;
        for (const auto status : statuses)
            report.checks.append(makeCheck(u"x", status));
        QCOMPARE(report.allPassed(), allPassed);
        QCOMPARE(report.hasFailure(), hasFailure);
        QCOMPARE(ProbeReportJson::toJson(report).value(u"passed"_s).toBool(), allPassed);
    }

    void findsChecksById()
    {
        const ProbeReport report = sampleReport();
        QVERIFY(report.check(ProbeCheckId::Size));
        QCOMPARE(report.check(ProbeCheckId::Size)->status, ProbeStatus::Warn);
        QCOMPARE(report.check(u"nope"), nullptr);
        QCOMPARE(report.countOf(ProbeStatus::Fail), 1);
    }

    void json()
    {
        const ProbeReport report = sampleReport();
        const QJsonObject json = QJsonDocument::fromJson(ProbeReportJson::toBytes(report)).object();
        QCOMPARE(json.value(u"formatVersion"_s).toInt(), 1);
        QCOMPARE(json.value(u"host"_s).toString(), u"relay.example"_s);
        QCOMPARE(json.value(u"port"_s).toInt(), 587);
        QCOMPARE(json.value(u"peerAddress"_s).toString(), u"192.0.2.1"_s);
        QCOMPARE(json.value(u"startedAt"_s).toString(), u"2026-01-15T12:00:00.000Z"_s);
        QCOMPARE(json.value(u"passed"_s).toBool(), false);
        QCOMPARE(json.value(u"cancelled"_s).toBool(), false);
        const QJsonObject summary = json.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"pass"_s).toInt(), 1);
        QCOMPARE(summary.value(u"warn"_s).toInt(), 1);
        QCOMPARE(summary.value(u"fail"_s).toInt(), 1);
        QCOMPARE(summary.value(u"skipped"_s).toInt(), 1);

        const QJsonArray checks = json.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 4);
        const QJsonObject size = checks.at(1).toObject();
        QCOMPARE(size.value(u"id"_s).toString(), u"size"_s);
        QCOMPARE(size.value(u"status"_s).toString(), u"warn"_s);
        QCOMPARE(size.value(u"title"_s).toString(), u"Title size"_s);
        QCOMPARE(size.value(u"detail"_s).toString(), u"Detail of size"_s);
        QCOMPARE(size.value(u"suggestion"_s).toString(), u"Lower maxSendSize"_s);
        QCOMPARE(checks.at(2).toObject().value(u"id"_s).toString(), u"certificate-name"_s);

        QCOMPARE(json.value(u"extensions"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"banner"_s).toString(), u"relay.example ESMTP"_s);
        const QJsonObject tls = json.value(u"tls"_s).toObject();
        QCOMPARE(tls.value(u"protocol"_s).toString(), u"TLS 1.3"_s);
        QCOMPARE(tls.value(u"verified"_s).toBool(), false);
        QCOMPARE(tls.value(u"notAfter"_s).toString(), u"2026-04-14T12:00:00.000Z"_s);
        const QJsonObject error = tls.value(u"errors"_s).toArray().at(0).toObject();
        QCOMPARE(error.value(u"id"_s).toString(), u"hostname-mismatch"_s);
        QCOMPARE(error.value(u"message"_s).toString(), u"The host name did not match"_s);

        const QJsonArray transcript = json.value(u"transcript"_s).toArray();
        QCOMPARE(transcript.size(), 3);
        QStringList directions;
        for (const auto &line : transcript)
            directions.append(line.toObject().value(u"direction"_s).toString());
        QCOMPARE(directions, QStringList({u"note"_s, u"server"_s, u"client"_s}));
        QCOMPARE(transcript.at(2).toObject().value(u"text"_s).toString(), u"EHLO [192.0.2.9]"_s);
        QCOMPARE(transcript.at(1).toObject().value(u"elapsedMs"_s).toInt(), 5);
    }

    void tlsErrorIds()
    {
        QCOMPARE(TlsInfo::errorId(QSslError::CertificateExpired), u"expired"_s);
        QCOMPARE(TlsInfo::errorId(QSslError::SelfSignedCertificate), u"self-signed"_s);
        QCOMPARE(TlsInfo::errorId(QSslError::UnableToGetLocalIssuerCertificate),
                 u"unknown-issuer"_s);
        QCOMPARE(TlsInfo::errorId(QSslError::HostNameMismatch), u"hostname-mismatch"_s);
        QCOMPARE(TlsInfo::errorId(QSslError::CertificateBlacklisted), u"other"_s);
    }

    void text()
    {
        const ProbeReport report = sampleReport();
        const QString text = ProbeReportText::format(report);
        QVERIFY2(text.startsWith(u"SMTP probe of relay.example port 587 (192.0.2.1)\n"),
                 qPrintable(text));
        QVERIFY(text.contains(u"PASS  Title connect: Detail of connect\n"));
        QVERIFY(text.contains(u"WARN  Title size: Detail of size\n      → Lower maxSendSize\n"));
        QVERIFY(text.contains(
            u"FAIL  Title certificate-name: Detail of certificate-name\n      → Fix the name\n"));
        QVERIFY(text.contains(u"SKIP  Title login"));
        QVERIFY(text.contains(u"Extensions: PIPELINING, SIZE 10485760\n"));
        QVERIFY(text.contains(u"TLS: TLS 1.3, TLS_AES_256_GCM_SHA384\n"));
        QVERIFY(text.contains(u"Certificate: CN=relay.example, issued by CN=Test CA"));
        QVERIFY(text.contains(u"Result: 1 failed, 1 warnings, 1 passed, 1 skipped.\n"));
        QVERIFY(!text.contains(u"Transcript:"));
        const QString withTranscript =
            ProbeReportText::format(report, ProbeReportText::Transcript::Include);
        QVERIFY(withTranscript.contains(u"Transcript:\n"));
        QVERIFY(withTranscript.contains(u"12:00:00.000 -- Connecting\n"));
        QVERIFY(withTranscript.contains(u"12:00:00.000 S: 220 hi\n"));
        QVERIFY(withTranscript.contains(u"12:00:00.000 C: EHLO [192.0.2.9]\n"));
    }

    void transcriptMasksSecrets()
    {
        const QString user = u"me@example.com"_s;
        const QString password = u"hunter2-long"_s;
        ProbeTranscript transcript;
        transcript.start();
        transcript.setSecrets(SmtpAuthPayload::secretForms(user, password));
        const QString plain = QString::fromLatin1(SmtpAuthPayload::plain(user, password));
        transcript.addClient(u"AUTH PLAIN "_s + plain);
        transcript.addClient(QString::fromLatin1(SmtpAuthPayload::login(user)));
        transcript.addClient(QString::fromLatin1(SmtpAuthPayload::login(password)));
        SmtpReply echo;
        echo.code = 535;
        echo.rawLines = {u"535 bad password hunter2-long"_s};
        transcript.addServer(echo);
        transcript.addNote(u"unrelated"_s);
        const auto lines = transcript.lines();
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0).text, u"AUTH PLAIN ********"_s);
        QCOMPARE(lines.at(1).text, u"********"_s);
        QCOMPARE(lines.at(2).text, u"********"_s);
        QCOMPARE(lines.at(3).text, u"535 bad password ********"_s);
        QCOMPARE(lines.at(3).direction, TranscriptDirection::Server);
        QCOMPARE(lines.at(4).text, u"unrelated"_s);
        QCOMPARE(lines.at(4).direction, TranscriptDirection::Note);
        for (const auto &line : lines)
            QVERIFY(line.time.isValid());
    }

    void authPayloads()
    {
        // RFC 4616 example form: "\0tim\0tanstaaftanstaaf".
        QCOMPARE(SmtpAuthPayload::plain(u"tim"_s, u"tanstaaftanstaaf"_s),
                 "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"_ba);
        QCOMPARE(SmtpAuthPayload::login(u"tim"_s), "dGlt"_ba);
        QVERIFY(SmtpAuthPayload::secretForms(u"tim"_s, QString()).isEmpty());
        QCOMPARE(SmtpAuthPayload::secretForms(u"tim"_s, u"pw"_s).size(), 4);
    }

    void authMechanismChoice()
    {
        QCOMPARE(SmtpAuthExchange::chooseMechanism({u"LOGIN"_s, u"PLAIN"_s}), u"PLAIN"_s);
        QCOMPARE(SmtpAuthExchange::chooseMechanism({u"CRAM-MD5"_s, u"LOGIN"_s}), u"LOGIN"_s);
        QCOMPARE(SmtpAuthExchange::chooseMechanism({u"CRAM-MD5"_s}), std::nullopt);
    }

    void authExchange_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<QList<int>>("serverCodes");
        QTest::addColumn<QList<QByteArray>>("clientLines"); // first line, then one per Continue
        QTest::addColumn<QString>("result");
        const QByteArray plain = SmtpAuthPayload::plain(u"u"_s, u"p"_s);
        QTest::newRow("PLAIN accepted")
            << u"PLAIN"_s << QList<int>{235} << QList<QByteArray>{"AUTH PLAIN " + plain}
            << u"accepted"_s;
        QTest::newRow("PLAIN rejected")
            << u"PLAIN"_s << QList<int>{535} << QList<QByteArray>{"AUTH PLAIN " + plain}
            << u"rejected"_s;
        QTest::newRow("PLAIN, response apart")
            << u"PLAIN"_s << QList<int>{334, 235} << QList<QByteArray>{"AUTH PLAIN " + plain, plain}
            << u"accepted"_s;
        QTest::newRow("PLAIN, endless challenges")
            << u"PLAIN"_s << QList<int>{334, 334} << QList<QByteArray>{"AUTH PLAIN " + plain, plain}
            << u"rejected"_s;
        QTest::newRow("LOGIN accepted")
            << u"LOGIN"_s << QList<int>{334, 334, 235}
            << QList<QByteArray>{"AUTH LOGIN", "dQ==", "cA=="} << u"accepted"_s;
        QTest::newRow("LOGIN wrong password")
            << u"LOGIN"_s << QList<int>{334, 334, 535}
            << QList<QByteArray>{"AUTH LOGIN", "dQ==", "cA=="} << u"rejected"_s;
        QTest::newRow("LOGIN accepted without password") // never trust a 235 before the password
            << u"LOGIN"_s << QList<int>{334, 235} << QList<QByteArray>{"AUTH LOGIN", "dQ=="}
            << u"rejected"_s;
        QTest::newRow("LOGIN refused")
            << u"LOGIN"_s << QList<int>{504} << QList<QByteArray>{"AUTH LOGIN"} << u"rejected"_s;
    }

    void authExchange()
    {
        QFETCH(QString, mechanism);
        QFETCH(QList<int>, serverCodes);
        QFETCH(QList<QByteArray>, clientLines);
        QFETCH(QString, result);
        SmtpAuthExchange exchange(mechanism, u"u"_s, u"p"_s);
        QList<QByteArray> sent{exchange.firstLine().bytes};
        QVERIFY(!exchange.firstLine().shownAs.contains(
            QString::fromLatin1(SmtpAuthPayload::plain(u"u"_s, u"p"_s))));
        QString outcome;
        for (const int code : serverCodes) {
            SmtpReply reply;
            reply.code = code;
            SmtpAuthExchange::Line next;
            const auto step = exchange.handle(reply, &next);
            if (step == SmtpAuthExchange::Result::Continue) {
                QCOMPARE(next.shownAs, u"********"_s);
                sent.append(next.bytes);
                continue;
            }
            outcome = step == SmtpAuthExchange::Result::Accepted ? u"accepted"_s : u"rejected"_s;
            break;
        }
        QCOMPARE(sent, clientLines);
        QCOMPARE(outcome, result);
    }
};

QTEST_GUILESS_MAIN(TestProbeReport)
#include "tst_probereport.moc"
