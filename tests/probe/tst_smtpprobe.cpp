#include "ProbeReportJson.h"
#include "ScriptedSmtpServer.h"
#include "SmtpAuthPayload.h"
#include "SmtpProbe.h"
#include "TestCertificates.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString user = u"relay-user@example.com"_s;
const QString password = u"S3cr3t-P@ss!w0rd"_s;

// Runs a probe against server to completion and returns its report.
struct ProbeRun
{
    QList<ProbeReport> reports;
    QStringList progress;
    qint64 elapsedMs = 0;

    // An empty report when none arrived (the run already recorded the failure).
    ProbeReport report() const { return reports.value(0); }
};

// Helpers report failures through QTest; stop the calling test when one did.
#define RETURN_IF_FAILED()                                                                         \
    do {                                                                                           \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
} // namespace

class TestSmtpProbe : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certificates;

    ProbeRequest requestFor(const ScriptedSmtpServer &server, const QString &host = u"localhost"_s)
    {
        ProbeRequest request;
        request.host = host;
        request.port = server.serverPort();
        request.stepTimeoutMs = 5'000;
        request.totalTimeoutMs = 20'000;
        return request;
    }

    SmtpScenario tlsScenario(TestCertificates::Kind kind = TestCertificates::Kind::Localhost)
    {
        SmtpScenario scenario;
        scenario.offerStartTls = true;
        scenario.certificate = m_certificates.certificate(kind);
        scenario.key = m_certificates.key(kind);
        scenario.user = user;
        scenario.password = password;
        return scenario;
    }

    static ProbeRun run(const ProbeRequest &request)
    {
        ProbeRun result;
        SmtpProbe probe;
        connect(&probe, &SmtpProbe::finished, &probe,
                [&result](const ProbeReport &report) { result.reports.append(report); });
        connect(&probe, &SmtpProbe::progress, &probe,
                [&result](const QString &step) { result.progress.append(step); });
        QElapsedTimer clock;
        clock.start();
        probe.start(request);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(result.reports.size(), 1, 30'000);
        }();
        result.elapsedMs = clock.elapsed();
        // finished() is emitted exactly once: nothing more arrives later.
        QTest::qWait(50);
        [&] {
            QCOMPARE(result.reports.size(), 1);
        }();
        [&] {
            QVERIFY(!probe.isRunning());
        }();
        return result;
    }

    static const ProbeCheck &check(const ProbeReport &report, QStringView id)
    {
        static const ProbeCheck missing{u"missing"_s, {}, ProbeStatus::Skipped, {}, {}};
        const ProbeCheck *found = report.check(id);
        return found ? *found : missing;
    }

    // What no probe may ever do, whatever the scenario.
    static void verifyNeverSent(const ScriptedSmtpServer &server)
    {
        QVERIFY(server.receivedVerb("MAIL").isEmpty());
        QVERIFY(server.receivedVerb("RCPT").isEmpty());
        QVERIFY(server.receivedVerb("DATA").isEmpty());
        for (const auto &line : server.receivedVerb("AUTH"))
            QVERIFY2(line.encrypted, line.line.constData());
        // No credential in any form crossed the plain connection.
        const QByteArray plain = server.plainBytes();
        for (const auto &secret : SmtpAuthPayload::secretForms(user, password))
            QVERIFY2(!plain.contains(secret.toUtf8()), qPrintable(secret));
    }

    static void verifyQuitSent(const ScriptedSmtpServer &server)
    {
        const auto quits = server.receivedVerb("QUIT");
        QCOMPARE(quits.size(), 1);
        QCOMPARE(server.received().constLast().line, "QUIT"_ba);
    }

    static void verifyMasked(const ProbeReport &report)
    {
        const QByteArray json = ProbeReportJson::toBytes(report);
        for (const auto &secret : SmtpAuthPayload::secretForms(user, password)) {
            QVERIFY2(!json.contains(secret.toUtf8()), qPrintable(secret));
            for (const auto &line : report.transcript)
                QVERIFY2(!line.text.contains(secret), qPrintable(line.text));
        }
    }

    static bool transcriptHas(const ProbeReport &report, TranscriptDirection direction,
                              const QString &text)
    {
        for (const auto &line : report.transcript)
            if (line.direction == direction && line.text == text)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // "0.3 s" whatever the environment's locale
        QString error;
        QVERIFY2(m_certificates.generate(&error), qPrintable(error));
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    }

    void plainServerWithoutStartTlsFailsRequireTls()
    {
        SmtpScenario scenario;
        scenario.sizeLine = "SIZE 104857600";
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server, u"127.0.0.1"_s);
        request.expectation = ConnectorExpectation{true, 100, AuthMechanism::None};
        const auto result = run(request);
        RETURN_IF_FAILED();
        const ProbeReport report = result.report();

        QCOMPARE(check(report, ProbeCheckId::Connect).status, ProbeStatus::Pass);
        QVERIFY(check(report, ProbeCheckId::Connect).detail.contains(u"127.0.0.1"));
        QCOMPARE(check(report, ProbeCheckId::Port).status, ProbeStatus::Pass);
        QCOMPARE(check(report, ProbeCheckId::Banner).status, ProbeStatus::Pass);
        QCOMPARE(report.banner, u"relay.test ESMTP scripted server"_s);
        QCOMPARE(check(report, ProbeCheckId::Ehlo).status, ProbeStatus::Pass);
        QCOMPARE(report.extensions, QStringList({u"PIPELINING"_s, u"8BITMIME"_s,
                                                 u"ENHANCEDSTATUSCODES"_s, u"SIZE 104857600"_s}));
        const ProbeCheck &startTls = check(report, ProbeCheckId::StartTls);
        QCOMPARE(startTls.status, ProbeStatus::Fail);
        QCOMPARE(startTls.detail,
                 u"requireTLS is on but the server offers no STARTTLS on port %1."_s.arg(
                     server.serverPort()));
        QVERIFY(startTls.suggestion.contains(u"Enable STARTTLS"));
        for (const auto id : {ProbeCheckId::Tls, ProbeCheckId::CertificateTrust,
                              ProbeCheckId::CertificateName, ProbeCheckId::CertificateDates})
            QCOMPARE(check(report, id).status, ProbeStatus::Skipped);
        QCOMPARE(check(report, ProbeCheckId::Size).status, ProbeStatus::Pass);
        QCOMPARE(check(report, ProbeCheckId::Auth).status, ProbeStatus::Pass);
        QCOMPARE(check(report, ProbeCheckId::Login).status, ProbeStatus::Skipped);
        QVERIFY(report.hasFailure());
        QVERIFY(!report.allPassed());
        QCOMPARE(report.peerAddress, u"127.0.0.1"_s);
        QVERIFY(!result.progress.isEmpty());

        // EHLO carries the address literal of the local end.
        QCOMPARE(server.receivedVerb("EHLO").value(0).line, "EHLO [127.0.0.1]"_ba);
        QVERIFY(transcriptHas(report, TranscriptDirection::Client, u"EHLO [127.0.0.1]"_s));
        QVERIFY(transcriptHas(report, TranscriptDirection::Server,
                              u"220-relay.test ESMTP scripted server"_s));
        QVERIFY(transcriptHas(report, TranscriptDirection::Server, u"250 SIZE 104857600"_s));
        qint64 previous = 0;
        for (const auto &line : report.transcript) {
            QVERIFY(line.time.isValid());
            QVERIFY(line.elapsedMs >= previous);
            previous = line.elapsedMs;
        }
        CHECKED(verifyQuitSent(server));
        CHECKED(verifyNeverSent(server));
    }

    void plainServerWithoutRequireTlsOnlyWarns()
    {
        ScriptedSmtpServer server(SmtpScenario{});
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.expectation = ConnectorExpectation{false, 100, AuthMechanism::None};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();
        QCOMPARE(check(report, ProbeCheckId::StartTls).status, ProbeStatus::Warn);
        QVERIFY(check(report, ProbeCheckId::StartTls).detail.contains(u"unencrypted"));
        QVERIFY(report.hasWarning());
        QVERIFY(!report.hasFailure());
        QVERIFY(report.allPassed()); // a warning does not fail the probe
        CHECKED(verifyQuitSent(server));
        CHECKED(verifyNeverSent(server));
    }

    void startTlsWithTrustedCertificateAndLogin_data()
    {
        QTest::addColumn<QByteArray>("mechanisms");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("PLAIN, right password")
            << "PLAIN LOGIN"_ba << password << true << u"PLAIN"_s;
        QTest::newRow("PLAIN, wrong password")
            << "PLAIN"_ba << u"wrong-one"_s << false << u"PLAIN"_s;
        QTest::newRow("LOGIN, right password") << "LOGIN"_ba << password << true << u"LOGIN"_s;
        QTest::newRow("LOGIN, wrong password")
            << "LOGIN"_ba << u"wrong-one"_s << false << u"LOGIN"_s;
    }

    void startTlsWithTrustedCertificateAndLogin()
    {
        QFETCH(QByteArray, mechanisms);
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QFETCH(QString, mechanism);
        SmtpScenario scenario = tlsScenario();
        scenario.authAfterTls = mechanisms;
        scenario.sizeLine = "SIZE 104857600";
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.user = user;
        request.password = password;
        request.extraCaCertificates = QList<QSslCertificate>{m_certificates.authority()};
        request.expectation = ConnectorExpectation{true, 100, AuthMechanism::BasicAuthRequireTls};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();

        QCOMPARE(check(report, ProbeCheckId::StartTls).status, ProbeStatus::Pass);
        QVERIFY(check(report, ProbeCheckId::StartTls).suggestion.isEmpty());
        QCOMPARE(check(report, ProbeCheckId::Tls).status, ProbeStatus::Pass);
        QVERIFY(report.tls.established);
        QVERIFY(report.tls.verified());
        QVERIFY(report.tls.protocol.startsWith(u"TLS 1."));
        QVERIFY(!report.tls.cipher.isEmpty());
        QCOMPARE(report.tls.subject, u"CN=localhost"_s);
        QCOMPARE(report.tls.issuer, u"CN=Smarthost Test CA"_s);
        QVERIFY(report.tls.alternativeNames.contains(u"localhost"_s));
        QVERIFY(report.tls.notBefore <= QDateTime::currentDateTimeUtc());
        QVERIFY(report.tls.notAfter > QDateTime::currentDateTimeUtc());
        QCOMPARE(check(report, ProbeCheckId::CertificateTrust).status, ProbeStatus::Pass);
        QCOMPARE(check(report, ProbeCheckId::CertificateName).status, ProbeStatus::Pass);
        // The test certificate lives two days: inside the expiry warning window.
        QCOMPARE(check(report, ProbeCheckId::CertificateDates).status, ProbeStatus::Warn);
        QCOMPARE(check(report, ProbeCheckId::Size).status, ProbeStatus::Pass);
        QCOMPARE(check(report, ProbeCheckId::Auth).status, ProbeStatus::Pass);
        // Extensions of the final session are those offered over TLS.
        QVERIFY(report.extensions.contains(u"AUTH "_s + QString::fromLatin1(mechanisms)));
        QVERIFY(!report.extensions.contains(u"STARTTLS"_s));

        const ProbeCheck &login = check(report, ProbeCheckId::Login);
        QCOMPARE(server.authenticated(), accepted);
        QCOMPARE(server.authAttempts(), 1);
        if (accepted) {
            QCOMPARE(login.status, ProbeStatus::Pass);
            QCOMPARE(login.detail,
                     u"The server accepted the login of %1 with AUTH %2."_s.arg(user, mechanism));
            QVERIFY(!report.hasFailure());
        } else {
            QCOMPARE(login.status, ProbeStatus::Fail);
            QVERIFY2(login.detail.contains(u"535 5.7.8 Authentication credentials invalid"),
                     qPrintable(login.detail));
            QVERIFY(login.suggestion.contains(u"user and password"));
            QVERIFY(report.hasFailure());
        }
        if (mechanism == u"PLAIN")
            QVERIFY(transcriptHas(report, TranscriptDirection::Client, u"AUTH PLAIN ********"_s));
        else
            QVERIFY(transcriptHas(report, TranscriptDirection::Client, u"AUTH LOGIN"_s));

        // EHLO twice: once in plain text, once over TLS; STARTTLS in plain text.
        const auto ehlos = server.receivedVerb("EHLO");
        QCOMPARE(ehlos.size(), 2);
        QVERIFY(!ehlos.at(0).encrypted);
        QVERIFY(ehlos.at(1).encrypted);
        QCOMPARE(server.receivedVerb("STARTTLS").size(), 1);
        QVERIFY(!server.receivedVerb("STARTTLS").value(0).encrypted);
        CHECKED(verifyQuitSent(server));
        QVERIFY(server.receivedVerb("QUIT").value(0).encrypted);
        CHECKED(verifyNeverSent(server));
        CHECKED(verifyMasked(report));
        // The wrong password is masked too.
        for (const auto &line : report.transcript)
            QVERIFY(!line.text.contains(password));
    }

    // Plain-text data after "220 Ready to start TLS" could be injected by an attacker; the
    // probe must neither act on it nor feed it into the TLS session.
    void ignoresRepliesInjectedBeforeTls()
    {
        SmtpScenario scenario = tlsScenario();
        scenario.authAfterTls = "PLAIN";
        scenario.afterStartTlsReady = "250-relay.test\r\n250 AUTH PLAIN LOGIN\r\n"_ba;
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.user = user;
        request.password = password;
        request.extraCaCertificates = QList<QSslCertificate>{m_certificates.authority()};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();
        // Either the injected bytes broke the handshake, or they were dropped; never obeyed.
        bool noted = false;
        for (const auto &line : report.transcript)
            noted = noted || line.text.startsWith(u"Ignored");
        if (report.tls.established) {
            QVERIFY(noted);
            QCOMPARE(check(report, ProbeCheckId::Login).status, ProbeStatus::Pass);
            QCOMPARE(server.receivedVerb("EHLO").size(), 2); // EHLO over TLS was still sent
        } else {
            QCOMPARE(check(report, ProbeCheckId::Tls).status, ProbeStatus::Fail);
        }
        CHECKED(verifyNeverSent(server));
    }

    void basicAuthWhileAuthOnlyAfterStartTlsSuggestsRequireTls()
    {
        SmtpScenario scenario = tlsScenario();
        scenario.authAfterTls = "PLAIN LOGIN";
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.extraCaCertificates = QList<QSslCertificate>{m_certificates.authority()};
        request.expectation = ConnectorExpectation{false, 100, AuthMechanism::BasicAuth};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();
        const ProbeCheck &auth = check(report, ProbeCheckId::Auth);
        QCOMPARE(auth.status, ProbeStatus::Warn);
        QCOMPARE(
            auth.detail,
            u"The server offers AUTH only after STARTTLS, but basicAuth does not require TLS."_s);
        QVERIFY(auth.suggestion.contains(u"basicAuthRequireTLS"));
        QVERIFY(check(report, ProbeCheckId::StartTls).suggestion.contains(u"requireTLS on"));
        // No credentials given: the login is not tested, and the probe says how to test it.
        QCOMPARE(check(report, ProbeCheckId::Login).status, ProbeStatus::Skipped);
        QVERIFY(!check(report, ProbeCheckId::Login).suggestion.isEmpty());
        QCOMPARE(server.authAttempts(), 0);
        CHECKED(verifyQuitSent(server));
        CHECKED(verifyNeverSent(server));
    }

    void untrustedCertificateWithholdsCredentials_data()
    {
        QTest::addColumn<TestCertificates::Kind>("kind");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<QString>("failingCheck");
        QTest::addColumn<QString>("detail");
        QTest::newRow("unknown CA")
            << TestCertificates::Kind::Localhost << false
            << ProbeCheckId::CertificateTrust.toString() << u"does not verify"_s;
        QTest::newRow("other host name")
            << TestCertificates::Kind::OtherName << true << ProbeCheckId::CertificateName.toString()
            << u"The certificate is not valid for localhost; it names other.example."_s;
        QTest::newRow("expired") << TestCertificates::Kind::Expired << true
                                 << ProbeCheckId::CertificateDates.toString()
                                 << u"The certificate expired on"_s;
    }

    void untrustedCertificateWithholdsCredentials()
    {
        QFETCH(TestCertificates::Kind, kind);
        QFETCH(bool, trustCa);
        QFETCH(QString, failingCheck);
        QFETCH(QString, detail);
        SmtpScenario scenario = tlsScenario(kind);
        scenario.authAfterTls = "PLAIN LOGIN";
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.user = user;
        request.password = password;
        if (trustCa)
            request.extraCaCertificates = QList<QSslCertificate>{m_certificates.authority()};
        request.expectation = ConnectorExpectation{true, 100, AuthMechanism::BasicAuthRequireTls};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();

        const ProbeCheck &failing = check(report, failingCheck);
        QCOMPARE(failing.status, ProbeStatus::Fail);
        QVERIFY2(failing.detail.contains(detail), qPrintable(failing.detail));
        QVERIFY(!failing.suggestion.isEmpty());
        QVERIFY(report.tls.established);
        QVERIFY(!report.tls.verified());
        QVERIFY(!report.tls.errors.isEmpty());
        // The handshake went on for diagnosis: the EHLO over TLS was read...
        QCOMPARE(server.receivedVerb("EHLO").size(), 2);
        QVERIFY(report.extensions.contains(u"AUTH PLAIN LOGIN"_s));
        // ...but no credentials were sent, and the report says so.
        QCOMPARE(server.authAttempts(), 0);
        QVERIFY(server.receivedVerb("AUTH").isEmpty());
        const ProbeCheck &login = check(report, ProbeCheckId::Login);
        QCOMPARE(login.status, ProbeStatus::Fail);
        QCOMPARE(
            login.detail,
            u"The probe did not send the credentials: the server's certificate did not verify."_s);
        QVERIFY(report.hasFailure());
        CHECKED(verifyQuitSent(server));
        CHECKED(verifyNeverSent(server));
    }

    void implicitTlsOnAnSmtpsServer()
    {
        SmtpScenario scenario = tlsScenario();
        scenario.offerStartTls = false;
        scenario.implicitTls = true;
        scenario.authAfterTls = "PLAIN";
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.implicitTls = ImplicitTls::On; // test ports are random, not 465
        request.user = user;
        request.password = password;
        request.extraCaCertificates = QList<QSslCertificate>{m_certificates.authority()};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();

        QVERIFY(report.implicitTls);
        QVERIFY(report.tls.implicit);
        const ProbeCheck &port = check(report, ProbeCheckId::Port);
        QCOMPARE(port.status, ProbeStatus::Fail);
        QVERIFY(port.detail.contains(u"implicit TLS"));
        QVERIFY(port.detail.contains(u"Exchange send connectors do not speak it"));
        QCOMPARE(port.suggestion, u"Use port 587 or 25 with STARTTLS instead."_s);
        QCOMPARE(check(report, ProbeCheckId::StartTls).status, ProbeStatus::Skipped);
        QCOMPARE(check(report, ProbeCheckId::Tls).status, ProbeStatus::Pass);
        QCOMPARE(check(report, ProbeCheckId::Banner).status, ProbeStatus::Pass);
        QCOMPARE(check(report, ProbeCheckId::Login).status, ProbeStatus::Pass);
        QVERIFY(server.authenticated());
        // Everything, banner exchange included, ran over TLS.
        for (const auto &line : server.received())
            QVERIFY(line.encrypted);
        QVERIFY(server.plainBytes().isEmpty() || !server.plainBytes().contains("EHLO"));
        CHECKED(verifyQuitSent(server));
        CHECKED(verifyNeverSent(server));
        CHECKED(verifyMasked(report));
    }

    void implicitTlsAgainstPlainServerFailsHandshake()
    {
        ScriptedSmtpServer server(SmtpScenario{});
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.implicitTls = ImplicitTls::On;
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();
        QCOMPARE(check(report, ProbeCheckId::Connect).status, ProbeStatus::Pass);
        QCOMPARE(check(report, ProbeCheckId::Tls).status, ProbeStatus::Fail);
        QCOMPARE(check(report, ProbeCheckId::Banner).status, ProbeStatus::Skipped);
        QVERIFY(report.hasFailure());
        CHECKED(verifyNeverSent(server));
    }

    void implicitTlsFollowsPortByDefault()
    {
        ProbeRequest request;
        QCOMPARE(request.port, quint16(587));
        QVERIFY(!request.usesImplicitTls());
        request.port = 465;
        QVERIFY(request.usesImplicitTls());
        request.implicitTls = ImplicitTls::Off;
        QVERIFY(!request.usesImplicitTls());
        request.port = 2525;
        request.implicitTls = ImplicitTls::On;
        QVERIFY(request.usesImplicitTls());
    }

    void serverWithoutAuthWhileConnectorAuthenticates()
    {
        ScriptedSmtpServer server(tlsScenario());
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.user = user;
        request.password = password;
        request.extraCaCertificates = QList<QSslCertificate>{m_certificates.authority()};
        request.expectation = ConnectorExpectation{true, 100, AuthMechanism::BasicAuthRequireTls};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();
        const ProbeCheck &auth = check(report, ProbeCheckId::Auth);
        QCOMPARE(auth.status, ProbeStatus::Fail);
        QCOMPARE(auth.detail,
                 u"The server offers no AUTH, but the connector uses basicAuthRequireTLS."_s);
        QVERIFY(auth.suggestion.startsWith(u"Choose none"));
        QCOMPARE(check(report, ProbeCheckId::Login).status, ProbeStatus::Skipped);
        QCOMPARE(server.authAttempts(), 0);
        CHECKED(verifyQuitSent(server));
        CHECKED(verifyNeverSent(server));
    }

    void credentialsNeverSentWithoutTls()
    {
        SmtpScenario scenario;
        scenario.authBeforeTls = "PLAIN LOGIN";
        scenario.user = user;
        scenario.password = password;
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.user = user;
        request.password = password;
        request.expectation = ConnectorExpectation{false, 100, AuthMechanism::BasicAuth};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();
        const ProbeCheck &login = check(report, ProbeCheckId::Login);
        QCOMPARE(login.status, ProbeStatus::Fail);
        QCOMPARE(login.detail,
                 u"The probe did not send the credentials: the connection is not encrypted."_s);
        QCOMPARE(check(report, ProbeCheckId::Auth).status, ProbeStatus::Warn);
        QVERIFY(check(report, ProbeCheckId::Auth).detail.contains(u"only without TLS"));
        QCOMPARE(server.authAttempts(), 0);
        QVERIFY(!server.plainBytes().contains("AUTH"));
        CHECKED(verifyQuitSent(server));
        CHECKED(verifyNeverSent(server));
        CHECKED(verifyMasked(report));
    }

    void sizeBelowMaxSendSize()
    {
        SmtpScenario scenario;
        scenario.sizeLine = "SIZE 10485760";
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.expectation = ConnectorExpectation{false, 100, AuthMechanism::None};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();
        const ProbeCheck &size = check(report, ProbeCheckId::Size);
        QCOMPARE(size.status, ProbeStatus::Warn);
        QVERIFY2(size.detail.startsWith(u"SIZE 10 MB is below maxSendSize 100 MB"),
                 qPrintable(size.detail));
        QCOMPARE(size.suggestion,
                 u"Lower maxSendSize to 10 MB, or raise the relay's limit to 100 MB."_s);
        CHECKED(verifyQuitSent(server));
    }

    void heloFallbackWhenEhloIsRefused()
    {
        SmtpScenario scenario;
        scenario.rejectEhlo = true;
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.expectation = ConnectorExpectation{true, 100, AuthMechanism::None};
        const ProbeReport report = run(request).report();
        RETURN_IF_FAILED();
        const ProbeCheck &ehlo = check(report, ProbeCheckId::Ehlo);
        QCOMPARE(ehlo.status, ProbeStatus::Warn);
        QVERIFY(ehlo.detail.contains(u"502 5.5.2 EHLO not supported"));
        QCOMPARE(server.receivedVerb("HELO").size(), 1);
        QCOMPARE(check(report, ProbeCheckId::StartTls).status, ProbeStatus::Fail);
        QVERIFY(report.extensions.isEmpty());
        CHECKED(verifyQuitSent(server));
        CHECKED(verifyNeverSent(server));
    }

    void stallingServerTimesOut_data()
    {
        QTest::addColumn<bool>("sendBanner");
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no greeting")
            << false << ProbeCheckId::Banner.toString()
            << u"The server accepted the connection but sent no greeting within 0.3 s."_s;
        QTest::newRow("no answer to EHLO") << true << ProbeCheckId::Ehlo.toString()
                                           << u"The server did not answer EHLO within 0.3 s."_s;
    }

    void stallingServerTimesOut()
    {
        QFETCH(bool, sendBanner);
        QFETCH(QString, checkId);
        QFETCH(QString, detail);
        SmtpScenario scenario;
        scenario.sendBanner = sendBanner;
        scenario.answerCommands = false;
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.stepTimeoutMs = 300;
        const auto result = run(request);
        RETURN_IF_FAILED();
        const ProbeReport report = result.report();
        QCOMPARE(check(report, checkId).status, ProbeStatus::Fail);
        QCOMPARE(check(report, checkId).detail, detail);
        QVERIFY(report.hasFailure());
        QVERIFY2(result.elapsedMs < 3'000, QByteArray::number(result.elapsedMs).constData());
        // Later checks were not reached.
        QCOMPARE(check(report, ProbeCheckId::Size).status, ProbeStatus::Skipped);
        // The probe still said goodbye.
        QTRY_COMPARE(server.receivedVerb("QUIT").size(), 1);
        CHECKED(verifyNeverSent(server));
    }

    void wholeProbeIsBounded()
    {
        SmtpScenario scenario;
        scenario.sendBanner = false;
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ProbeRequest request = requestFor(server);
        request.stepTimeoutMs = 10'000;
        request.totalTimeoutMs = 400;
        const auto result = run(request);
        RETURN_IF_FAILED();
        const ProbeCheck &banner = check(result.report(), ProbeCheckId::Banner);
        QCOMPARE(banner.status, ProbeStatus::Fail);
        QCOMPARE(banner.detail, u"The probe took longer than 0.4 s in total and was stopped."_s);
        QVERIFY2(result.elapsedMs < 3'000, QByteArray::number(result.elapsedMs).constData());
    }

    void serverClosesAfterBanner()
    {
        SmtpScenario scenario;
        scenario.closeAfterBanner = true;
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        const ProbeReport report = run(requestFor(server)).report();
        RETURN_IF_FAILED();
        QCOMPARE(check(report, ProbeCheckId::Banner).status, ProbeStatus::Pass);
        const ProbeCheck &ehlo = check(report, ProbeCheckId::Ehlo);
        QCOMPARE(ehlo.status, ProbeStatus::Fail);
        QCOMPARE(ehlo.detail, u"The server closed the connection right after its greeting."_s);
        QVERIFY(ehlo.suggestion.contains(u"OVHcloud"));
        QVERIFY(report.hasFailure());
        CHECKED(verifyNeverSent(server));
    }

    void serverRefusesSession()
    {
        SmtpScenario scenario;
        scenario.bannerLines = {"554 5.7.1 No SMTP service here"};
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        const ProbeReport report = run(requestFor(server)).report();
        RETURN_IF_FAILED();
        const ProbeCheck &banner = check(report, ProbeCheckId::Banner);
        QCOMPARE(banner.status, ProbeStatus::Fail);
        QCOMPARE(banner.detail,
                 u"The server refused the session: 554 5.7.1 No SMTP service here"_s);
        QTRY_COMPARE(server.receivedVerb("QUIT").size(), 1);
        QVERIFY(server.receivedVerb("EHLO").isEmpty());
    }

    void connectionRefused()
    {
        quint16 closedPort = 0;
        {
            QTcpServer reserve;
            QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
            closedPort = reserve.serverPort();
        }
        ProbeRequest request;
        request.host = u"127.0.0.1"_s;
        request.port = closedPort;
        request.stepTimeoutMs = 5'000;
        const auto result = run(request);
        RETURN_IF_FAILED();
        const ProbeReport report = result.report();
        const ProbeCheck &connect = check(report, ProbeCheckId::Connect);
        QCOMPARE(connect.status, ProbeStatus::Fail);
        QVERIFY2(connect.detail.startsWith(
                     u"127.0.0.1 refused the connection on port %1"_s.arg(closedPort)),
                 qPrintable(connect.detail));
        QVERIFY(connect.suggestion.contains(u"587"));
        QCOMPARE(check(report, ProbeCheckId::Banner).status, ProbeStatus::Skipped);
        QCOMPARE(check(report, ProbeCheckId::Login).status, ProbeStatus::Skipped);
        QVERIFY(report.peerAddress.isEmpty());
        for (const auto &line : report.transcript)
            QVERIFY(line.direction != TranscriptDirection::Client);
        QVERIFY(result.elapsedMs < 5'000);
    }

    void dnsFailure()
    {
        ProbeRequest request;
        request.host = u"no-such-relay.smarthost.invalid"_s;
        request.stepTimeoutMs = 8'000;
        const auto result = run(request);
        RETURN_IF_FAILED();
        const ProbeCheck &connect = check(result.report(), ProbeCheckId::Connect);
        QCOMPARE(connect.status, ProbeStatus::Fail);
        QCOMPARE(connect.detail,
                 u"The name no-such-relay.smarthost.invalid does not resolve (DNS failure)."_s);
        QVERIFY(connect.suggestion.contains(u"DNS"));
    }

    void ipv6Loopback()
    {
        ScriptedSmtpServer server(SmtpScenario{});
        if (!server.start(QHostAddress::LocalHostIPv6))
            QSKIP("IPv6 loopback is not available here");
        const ProbeReport report = run(requestFor(server, u"::1"_s)).report();
        RETURN_IF_FAILED();
        QCOMPARE(check(report, ProbeCheckId::Connect).status, ProbeStatus::Pass);
        QCOMPARE(report.peerAddress, u"::1"_s);
        QCOMPARE(server.receivedVerb("EHLO").value(0).line, "EHLO [IPv6:::1]"_ba);
        CHECKED(verifyQuitSent(server));
        CHECKED(verifyNeverSent(server));
    }

    void cancelEmitsFinishedOnce()
    {
        SmtpScenario scenario;
        scenario.sendBanner = false;
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        SmtpProbe probe;
        QList<ProbeReport> reports;
        connect(&probe, &SmtpProbe::finished, this,
                [&reports](const ProbeReport &report) { reports.append(report); });
        probe.start(requestFor(server));
        QVERIFY(probe.isRunning());
        QTRY_COMPARE(server.connections(), 1);
        QTest::qWait(50);
        probe.cancel();
        QCOMPARE(reports.size(), 1); // synchronously
        QVERIFY(!probe.isRunning());
        probe.cancel(); // harmless
        QTest::qWait(100);
        QCOMPARE(reports.size(), 1);
        const ProbeReport &report = reports.constFirst();
        QVERIFY(report.cancelled);
        QVERIFY(report.hasFailure());
        QCOMPARE(check(report, ProbeCheckId::Banner).detail, u"The probe was cancelled."_s);
    }

    void invalidRequestFinishesAsynchronously()
    {
        SmtpProbe probe;
        QSignalSpy spy(&probe, &SmtpProbe::finished);
        probe.start(ProbeRequest{});
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(2'000));
        const auto report = spy.constFirst().constFirst().value<ProbeReport>();
        QCOMPARE(check(report, ProbeCheckId::Connect).status, ProbeStatus::Fail);
        QVERIFY(report.hasFailure());
    }
};

QTEST_GUILESS_MAIN(TestSmtpProbe)
#include "tst_smtpprobe.moc"
