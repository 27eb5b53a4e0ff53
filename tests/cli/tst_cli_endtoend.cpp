// smarthost-cli end to end: the real executable against smarthost-sim in a child process,
// over HTTP on loopback, walking the send-connector guide's steps.
#include "SimulatorProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString org = u"private-zz111111-1"_s;

QJsonDocument json(const SimulatorProcess::CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\nstderr: %s", run.out.constData(), run.err.constData());
    return document;
}

QJsonObject accountIn(const QJsonArray &accounts, const QString &email)
{
    for (const QJsonValue &value : accounts)
        if (value[u"primaryEmailAddress"_s].toString() == email)
            return value.toObject();
    return {};
}
} // namespace

class TestCliEndToEnd : public QObject
{
    Q_OBJECT

    SimulatorProcess m_sim;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({u"--task-ms"_s, u"100"_s, u"--accounts"_s, u"3"_s, u"--hosted"_s}),
                 "smarthost-sim did not start");
    }

    void versionAndHelp()
    {
        auto run = m_sim.cli({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("smarthost-cli "));
        run = m_sim.cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *command :
             {"services", "connectors", "connector-add", "connector-edit", "connector-auth",
              "connector-delete", "accounts", "attach", "detach", "domains", "default-connector"})
            QVERIFY2(run.out.contains(command), command);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("missing service") << QStringList{u"connectors"_s, org};
        QTest::newRow("unknown option") << QStringList{u"services"_s, u"--frob"_s};
        QTest::newRow("add without host")
            << QStringList{u"connector-add"_s, org, org, u"--name"_s, u"x"_s};
        QTest::newRow("port out of range") << QStringList{
            u"connector-add"_s,    org,         org,       u"--name"_s, u"x"_s, u"--host"_s,
            u"smtp.example.com"_s, u"--port"_s, u"70000"_s};
        QTest::newRow("size out of range") << QStringList{u"connector-add"_s,
                                                          org,
                                                          org,
                                                          u"--name"_s,
                                                          u"x"_s,
                                                          u"--host"_s,
                                                          u"smtp.example.com"_s,
                                                          u"--max-size"_s,
                                                          u"101"_s};
        QTest::newRow("bad host") << QStringList{
            u"connector-add"_s, org, org, u"--name"_s, u"x"_s, u"--host"_s, u"smtp..example.com"_s};
        QTest::newRow("password on auth none") << QStringList{
            u"connector-add"_s,    org,         org,   u"--name"_s, u"x"_s, u"--host"_s,
            u"smtp.example.com"_s, u"--user"_s, u"u"_s};
        QTest::newRow("edit nothing") << QStringList{u"connector-edit"_s, org, org, u"29"_s};
        QTest::newRow("edit auth")
            << QStringList{u"connector-edit"_s, org, org, u"29"_s, u"--auth"_s, u"none"_s};
        QTest::newRow("bad id") << QStringList{u"connector-delete"_s, org, org, u"abc"_s};
        QTest::newRow("tls twice")
            << QStringList{u"connector-edit"_s, org, org, u"29"_s, u"--tls"_s, u"--no-tls"_s};
        QTest::newRow("attach without emails") << QStringList{u"attach"_s, org, org, u"29"_s};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const auto run = m_sim.cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void servicesListsOrganizationsWithOffer()
    {
        auto run = m_sim.cli({u"--json"_s, u"services"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray services = json(run).array();
        QCOMPARE(services.size(), 2);
        QCOMPARE(services[1][u"organizationName"_s].toString(), org);
        QCOMPARE(services[1][u"offer"_s].toString(), u"dedicated"_s);
        // Options after the command work too, and text mode warns about hosted offers.
        run = m_sim.cli({u"services"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("hosted"));
        QVERIFY(run.out.contains("not supported"));
    }

    // The guide, step 1: add a connector, find its id, read its details.
    // Step 2: attach an account. Then detach, default connector, edit, auth, delete.
    void guideWalkthrough()
    {
        auto run = m_sim.cli({u"connector-add"_s, org, org, u"--name"_s, u"Newsletter relay"_s,
                              u"--host"_s, u"smtp-relay.example.net"_s, u"--port"_s, u"2525"_s,
                              u"--auth"_s, u"basicAuthRequireTLS"_s, u"--user"_s, u"relay-user"_s,
                              u"--password-stdin"_s, u"--max-size"_s, u"50"_s, u"--json"_s},
                             "relay-password\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("addSendConnector"));
        const QJsonObject created = json(run).array().at(0).toObject();
        const qint64 id = created[u"id"_s].toInteger();
        QVERIFY(id > 29);
        QCOMPARE(created[u"displayName"_s].toString(), u"Newsletter relay"_s);
        QCOMPARE(created[u"smartHost"_s].toString(), u"smtp-relay.example.net"_s);
        QCOMPARE(created[u"port"_s].toInt(), 2525);
        QCOMPARE(created[u"requireTLS"_s].toBool(), true);
        QCOMPARE(created[u"maxSendSize"_s].toInt(), 50);
        QCOMPARE(created[u"smartHostAuthMechanism"_s].toString(), u"basicAuthRequireTLS"_s);
        QCOMPARE(created[u"state"_s].toString(), u"ok"_s);
        QVERIFY(!run.out.contains("relay-password") && !run.err.contains("relay-password"));

        run = m_sim.cli({u"connectors"_s, org, org, u"--json"_s, u"--rate-limit"_s, u"5"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray connectors = json(run).array();
        QCOMPARE(connectors.size(), 2);
        QCOMPARE(connectors[0][u"id"_s].toInteger(), 29);
        QCOMPARE(connectors[1][u"id"_s].toInteger(), id);
        run = m_sim.cli({u"connectors"_s, org, org});
        QVERIFY(run.out.contains("testconnector") && run.out.contains("smtp-relay.example.com"));

        const QString idText = QString::number(id);
        run = m_sim.cli(
            {u"attach"_s, org, org, idText, u"contact@mydomain.ovh"_s, u"user0001@mydomain.ovh"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("2 attached, 0 failed"));

        run = m_sim.cli({u"--json"_s, u"accounts"_s, org, org});
        QCOMPARE(run.exitCode, 0);
        QJsonArray accounts = json(run).array();
        QCOMPARE(accounts.size(), 5);
        QCOMPARE(accountIn(accounts, u"contact@mydomain.ovh"_s)[u"sendConnectorId"_s].toInteger(),
                 id);
        QCOMPARE(
            accountIn(accounts, u"newsletter@mydomain.ovh"_s)[u"sendConnectorId"_s].toInteger(),
            29);

        // A failing account among good ones: reported, the others still done, exit 1.
        run =
            m_sim.cli({u"detach"_s, org, org, u"contact@mydomain.ovh"_s, u"nobody@mydomain.ovh"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("1 detached, 1 failed"));
        QVERIFY(run.err.contains("nobody@mydomain.ovh"));
        QVERIFY(run.err.contains("Query id"));

        run = m_sim.cli({u"default-connector"_s, org, org, u"mydomain.ovh"_s, idText, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run).array()[0][u"sendConnectorIdDefault"_s].toInteger(), id);
        run = m_sim.cli({u"domains"_s, org, org});
        QVERIFY(run.out.contains("mydomain.ovh"));
        run = m_sim.cli({u"default-connector"_s, org, org, u"mydomain.ovh"_s, u"0"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("platform"));

        run = m_sim.cli({u"connector-edit"_s, org, org, idText, u"--port"_s, u"587"_s, u"--name"_s,
                         u"Relay (edited)"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run).array()[0][u"port"_s].toInt(), 587);
        QCOMPARE(json(run).array()[0][u"displayName"_s].toString(), u"Relay (edited)"_s);
        QCOMPARE(json(run).array()[0][u"smartHost"_s].toString(), u"smtp-relay.example.net"_s);

        run =
            m_sim.cli({u"connector-auth"_s, org, org, idText, u"--auth"_s, u"none"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run).array()[0][u"smartHostAuthMechanism"_s].toString(), u"none"_s);

        run = m_sim.cli({u"connector-delete"_s, org, org, idText});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = m_sim.cli({u"--json"_s, u"accounts"_s, org, org});
        accounts = json(run).array();
        QCOMPARE(accountIn(accounts, u"user0001@mydomain.ovh"_s)[u"sendConnectorId"_s].toInteger(),
                 0);
        run = m_sim.cli({u"connectors"_s, org, org, u"--json"_s});
        QCOMPARE(json(run).array().size(), 1);
    }

    void apiErrorsExitOneWithQueryId()
    {
        auto run = m_sim.cli({u"connector-delete"_s, org, org, u"4242"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("Client::NotFound"));
        QVERIFY(run.err.contains("Query id"));

        QProcessEnvironment env = m_sim.cliEnvironment();
        env.insert(u"OVH_APPLICATION_SECRET"_s, u"wrong-secret"_s);
        run = m_sim.cli({u"services"_s}, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("INVALID_SIGNATURE"), run.err.constData());
    }

    void loginProfileLogout()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the Secret Service that `make test` starts");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys())
            if (name.startsWith(u"OVH_"_s))
                env.remove(name);
        const QString endpoint = m_sim.baseUrl().toString();

        // A wrong secret is refused before anything is saved.
        auto run = m_sim.cli({u"login"_s, u"--endpoint"_s, endpoint, u"--application-key"_s,
                              u"smarthost-demo-ak"_s, u"--application-secret-stdin"_s,
                              u"--consumer-key-stdin"_s, u"--profile"_s, u"acme"_s},
                             "not-the-secret\nsmarthost-demo-ck\n", env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("INVALID_SIGNATURE"), run.err.constData());
        run = m_sim.cli({u"services"_s, u"--profile"_s, u"acme"_s}, {}, env);
        QCOMPARE(run.exitCode, 1);

        run = m_sim.cli({u"login"_s, u"--endpoint"_s, endpoint, u"--application-key"_s,
                         u"smarthost-demo-ak"_s, u"--application-secret-stdin"_s,
                         u"--consumer-key-stdin"_s, u"--profile"_s, u"acme"_s},
                        "smarthost-demo-as\nsmarthost-demo-ck\n", env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("acme"));

        run = m_sim.cli({u"services"_s, u"--profile"_s, u"acme"_s, u"--json"_s}, {}, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The last profile is remembered.
        run = m_sim.cli({u"connectors"_s, org, org}, {}, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // The secrets are nowhere in the settings.
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY(!config.isEmpty());
        QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            QVERIFY2(!content.contains("smarthost-demo-as"), qPrintable(file.fileName()));
            QVERIFY2(!content.contains("smarthost-demo-ck"), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0);

        // Environment variables still win over the profile, key by key.
        QProcessEnvironment overridden = env;
        overridden.insert(u"OVH_CONSUMER_KEY"_s, u"unknown-ck"_s);
        run = m_sim.cli({u"services"_s, u"--profile"_s, u"acme"_s}, {}, overridden);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("INVALID_CREDENTIAL"));

        run = m_sim.cli({u"logout"_s, u"--profile"_s, u"acme"_s}, {}, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = m_sim.cli({u"services"_s, u"--profile"_s, u"acme"_s}, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("acme"));
    }

    void configFileAndEndpointOption()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ovh.conf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString endpoint = m_sim.baseUrl().toString();
        file.write(
            u"[default]\nendpoint=%1\n[%1]\napplication_key=smarthost-demo-ak\n"
            "application_secret=smarthost-demo-as\nconsumer_key=smarthost-demo-ck\n"_s.arg(endpoint)
                .toUtf8());
        file.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys())
            if (name.startsWith(u"OVH_"_s))
                env.remove(name);
        env.insert(u"SMARTHOST_CLI_TEST"_s, u"1"_s);
        auto run = m_sim.cli({u"services"_s, u"--config"_s, path}, {}, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // A malformed file is named with its line.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[default]\nendpoint\n");
        file.close();
        run = m_sim.cli({u"--config"_s, path, u"services"_s}, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains((path + u":2:"_s).toUtf8()), run.err.constData());

        // http:// to a host that is not loopback is refused before anything is sent.
        env.insert(u"OVH_ENDPOINT"_s, u"http://api.example.com/1.0"_s);
        env.insert(u"OVH_APPLICATION_KEY"_s, u"a"_s);
        env.insert(u"OVH_APPLICATION_SECRET"_s, u"b"_s);
        env.insert(u"OVH_CONSUMER_KEY"_s, u"c"_s);
        run = m_sim.cli({u"services"_s}, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("http://"));
    }
};

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "tst_cli_endtoend.moc"
