// smarthost-cli headers and probe: the real executable, its output contract and exit codes.
#include "ScriptedSmtpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs smarthost-cli without blocking the event loop (the scripted SMTP server lives in it).
Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(SMARTHOST_BINARY_DIR "/bin/smarthost-cli"), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString fixture(const char *name)
{
    return QStringLiteral(SMARTHOST_TEST_DATA_DIR "/headers/") + QString::fromLatin1(name);
}
} // namespace

class TestCliHeadersProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guideRoutedThroughConnector()
    {
        const Run run = cli({u"headers"_s, fixture("guide_en.txt"), u"--connector"_s,
                             u"smtp-relay.example.com"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        for (const char *key : {"summary", "hops", "authentication", "verdict"})
            QVERIFY2(report.contains(QLatin1StringView(key)), key);
        QCOMPARE(report[u"hops"_s].toArray().size(), 6);
        const QJsonObject hop1 = report[u"hops"_s].toArray().first().toObject();
        QCOMPARE(hop1[u"index"_s].toInt(), 1);
        QCOMPARE(hop1[u"by"_s].toString(), u"smtp-relay.smtp.example.com"_s);
        QCOMPARE(hop1[u"date"_s].toString(), u"2023-02-28T07:51:00Z"_s);
        const QJsonObject verdict = report[u"verdict"_s].toObject();
        QCOMPARE(verdict[u"connector"_s].toString(), u"smtp-relay.example.com"_s);
        QCOMPARE(verdict[u"routed"_s].toBool(), true);
        QCOMPARE(verdict[u"evidence"_s].toArray().first()[u"strength"_s].toString(), u"strong"_s);
        QCOMPARE(report[u"summary"_s][u"subject"_s].toString(), u"Test SBR 3 (SIB)"_s);
    }

    void notRoutedExitsOne()
    {
        Run run = cli({u"headers"_s, fixture("not_routed_platform.txt"), u"--connector"_s,
                       u"smtp-relay.example.com"_s});
        QCOMPARE(run.exitCode, 1);
        // Without a connector the same mail is just described.
        run = cli({u"headers"_s, fixture("not_routed_platform.txt")});
        QCOMPARE(run.exitCode, 0);
        // From standard input, with an alias.
        QFile file(fixture("guide_fr.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        run = cli({u"headers"_s, u"-"_s, u"--connector"_s, u"relay.example.org"_s, u"--alias"_s,
                   u"sender-id.example.com"_s, u"--json"_s},
                  file.readAll());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(run.out)[u"verdict"_s][u"routed"_s].toBool());
    }

    void unreadableInputExitsTwo()
    {
        Run run = cli({u"headers"_s, u"/nonexistent/mail.eml"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QTemporaryDir dir;
        QFile big(dir.filePath(u"big.txt"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(
            QByteArray("Received: from a by b; Tue, 28 Feb 2023 07:51:02 +0000\n").repeated(20000));
        big.close();
        run = cli({u"headers"_s, big.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("1 MB") || run.err.contains("too large") ||
                run.err.contains("larger"));
        run = cli({u"headers"_s});
        QCOMPARE(run.exitCode, 2);
    }

    void probePassesAgainstAPlainRelay()
    {
        SmtpScenario scenario;
        scenario.sizeLine = "SIZE 104857600";
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        const Run run = cli({u"probe"_s, u"127.0.0.1"_s, u"--port"_s,
                             QString::number(server.serverPort()), u"--no-tls"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY(report[u"passed"_s].toBool());
        QVERIFY(!server.receivedVerb("QUIT").isEmpty());
        QVERIFY(server.receivedVerb("MAIL").isEmpty());
    }

    void probeFailsWhenTlsIsRequiredButMissing()
    {
        ScriptedSmtpServer server{SmtpScenario()};
        QVERIFY(server.start());
        const Run run = cli({u"probe"_s, u"127.0.0.1"_s, u"--port"_s,
                             QString::number(server.serverPort()), u"--tls"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("STARTTLS"), run.out.constData());
    }

    void probeNeverSendsAPasswordInClear()
    {
        SmtpScenario scenario;
        scenario.authBeforeTls = "PLAIN LOGIN";
        scenario.user = u"relay"_s;
        scenario.password = u"hunter2-secret"_s;
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        const Run run =
            cli({u"probe"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(server.serverPort()),
                 u"--user"_s, u"relay"_s, u"--password-stdin"_s},
                "hunter2-secret\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!server.plainBytes().contains("AUTH"));
        QVERIFY(!run.out.contains("hunter2-secret"));
        QVERIFY(!run.out.contains(QByteArray("hunter2-secret").toBase64()));
    }

    void probeUsageAndRefused()
    {
        Run run = cli({u"probe"_s});
        QCOMPARE(run.exitCode, 2);
        run = cli({u"probe"_s, u"relay.example.com"_s, u"--port"_s, u"0"_s});
        QCOMPARE(run.exitCode, 2);
        run = cli({u"probe"_s, u"relay.example.com"_s, u"--user"_s, u"u"_s});
        QCOMPARE(run.exitCode, 2);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        run = cli({u"probe"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.toLower().contains("refused"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHeadersProbe)
#include "tst_cli_headers_probe.moc"
