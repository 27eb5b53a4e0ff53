// smarthost-sim as a program: first line, a real call, clean exit on SIGTERM, --help and
// argument errors.
#include "SimTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimExecutable : public QObject
{
    Q_OBJECT

private:
    static QString program() { return QStringLiteral(SMARTHOST_BINARY_DIR "/bin/smarthost-sim"); }

private Q_SLOTS:
    void startsAnswersAndStops()
    {
        QProcess process;
        process.start(program(), {u"--task-ms"_s, u"100"_s, u"--accounts"_s, u"3"_s, u"--fault"_s,
                                  u"GET:/domain$:503"_s});
        QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
        static const QRegularExpression shape(
            u"^Smarthost simulator listening on (http://127\\.0\\.0\\.1:\\d+/1\\.0)$"_s);
        const QRegularExpressionMatch match = shape.match(firstLine);
        QVERIFY2(match.hasMatch(), qPrintable(firstLine));
        const QByteArray base = match.captured(1).toUtf8();

        // The rest of the banner: the credentials, as ovh.conf and as environment variables.
        QByteArray rest;
        QTRY_VERIFY_WITH_TIMEOUT((rest += process.readAll()).contains("Ctrl+C"), 5000);
        QVERIFY(rest.contains("application_key=smarthost-demo-ak"));
        QVERIFY(rest.contains("export OVH_CONSUMER_KEY=smarthost-demo-ck"));
        QVERIFY(rest.contains(QByteArray("endpoint=" + base)));

        SimTestClient client(QUrl::fromEncoded(base), u"smarthost-demo-ak"_s,
                             u"smarthost-demo-as"_s, u"smarthost-demo-ck"_s);
        SimHttpResult r = client.send("GET", base + "/auth/time");
        QCOMPARE(r.status, 200);
        bool numeric = false;
        r.body.toLongLong(&numeric);
        QVERIFY2(numeric, r.body.constData());
        const QByteArray service = "/email/exchange/private-zz111111-1/service/private-zz111111-1";
        r = client.call("GET", service + "/account");
        QCOMPARE(r.array().size(), 5);
        QCOMPARE(client.call("GET", service + "/domain").status, 503);

        process.terminate(); // SIGTERM: handled, clean exit
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void helpAndVersion()
    {
        QProcess process;
        process.start(program(), {u"--help"_s});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        for (const char *option : {"--port", "--accounts", "--hosted", "--latency-ms", "--task-ms",
                                   "--no-pages", "--no-batch", "--clock-offset", "--fault"})
            QVERIFY2(help.contains(option), option);
        process.start(program(), {u"--version"_s});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("smarthost-sim "));
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port") << QStringList{u"--port"_s, u"http"_s};
        QTest::newRow("fault") << QStringList{u"--fault"_s, u"GET:.*:explode"_s};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
        QTest::newRow("positional") << QStringList{u"extra"_s};
    }

    void rejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(program(), arguments);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimExecutable)
#include "tst_simexecutable.moc"
