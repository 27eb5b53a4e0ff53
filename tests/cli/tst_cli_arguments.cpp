#include "CliArguments.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCliArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optionsBeforeAndAfterCommand()
    {
        QString error;
        const auto before = CliArguments::parse({u"smarthost-cli"_s, u"--json"_s, u"--endpoint"_s,
                                                 u"ovh-ca"_s, u"connectors"_s, u"org"_s, u"svc"_s},
                                                &error);
        const auto after =
            CliArguments::parse({u"smarthost-cli"_s, u"connectors"_s, u"org"_s, u"--endpoint"_s,
                                 u"ovh-ca"_s, u"svc"_s, u"--json"_s},
                                &error);
        QVERIFY(before && after);
        for (const auto &a : {*before, *after}) {
            QCOMPARE(a.command, u"connectors"_s);
            QCOMPARE(a.positional, (QStringList{u"org"_s, u"svc"_s}));
            QVERIFY(a.json);
            QCOMPARE(a.endpoint, u"ovh-ca"_s);
        }
    }

    void connectorOptions()
    {
        QString error;
        const auto a = CliArguments::parse({u"x"_s, u"connector-add"_s, u"o"_s, u"s"_s, u"--name"_s,
                                            u"N"_s, u"--host"_s, u"h"_s, u"--port"_s, u"25"_s,
                                            u"--no-tls"_s, u"--max-size"_s, u"10"_s},
                                           &error);
        QVERIFY(a);
        QCOMPARE(a->name, std::optional<QString>(u"N"_s));
        QCOMPARE(a->port, std::optional<qint64>(25));
        QCOMPARE(a->tls, std::optional<bool>(false));
        QCOMPARE(a->maxSizeMb, std::optional<qint64>(10));
        QVERIFY(!a->auth);
        QVERIFY(!a->rateLimit);
        const auto limited =
            CliArguments::parse({u"x"_s, u"services"_s, u"--rate-limit"_s, u"0"_s}, &error);
        QCOMPARE(limited->rateLimit, std::optional<double>(0));
    }

    void timeout()
    {
        QString error;
        const auto plain = CliArguments::parse({u"x"_s, u"services"_s}, &error);
        QVERIFY(plain);
        QVERIFY(!plain->timeoutSeconds); // the API layer's 90 s deadline stays
        const auto given =
            CliArguments::parse({u"x"_s, u"services"_s, u"--timeout"_s, u"3"_s}, &error);
        QVERIFY(given);
        QCOMPARE(given->timeoutSeconds, std::optional<int>(3));
        QVERIFY(CliArguments::helpText().contains(u"--timeout S"_s));

        for (const QString &refused : {u"0"_s, u"-5"_s, u"soon"_s, u"100000"_s}) {
            error.clear();
            QVERIFY2(!CliArguments::parse({u"x"_s, u"services"_s, u"--timeout"_s, refused}, &error),
                     qPrintable(refused));
            QVERIFY2(error.contains(u"--timeout"_s), qPrintable(error));
        }
    }

    void badNumbersAndConflicts_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port text") << QStringList{u"x"_s, u"c"_s, u"--port"_s, u"smtp"_s};
        QTest::newRow("size text") << QStringList{u"x"_s, u"c"_s, u"--max-size"_s, u"1e3"_s};
        QTest::newRow("tls and no-tls") << QStringList{u"x"_s, u"c"_s, u"--tls"_s, u"--no-tls"_s};
        QTest::newRow("unknown") << QStringList{u"x"_s, u"c"_s, u"--password"_s, u"p"_s};
        QTest::newRow("negative rate") << QStringList{u"x"_s, u"c"_s, u"--rate-limit"_s, u"-1"_s};
    }

    void badNumbersAndConflicts()
    {
        QFETCH(QStringList, arguments);
        QString error;
        QVERIFY(!CliArguments::parse(arguments, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cli_arguments.moc"
