// The simulator's Exchange routes against the guide's seeded world: what a client reads,
// answers to unknown things, query ids and the generated accounts.
#include "SimFixture.h"

#include "Account.h"
#include "Domain.h"
#include "ExchangeService.h"
#include "SendConnector.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    static QStringList strings(const QJsonArray &array)
    {
        QStringList result;
        for (const QJsonValue &value : array)
            result << (value.isString() ? value.toString() : QString::number(value.toInteger()));
        return result;
    }

private Q_SLOTS:
    void listsOrganizationsServicesAndService()
    {
        auto f = startSimulator();
        QVERIFY(f);
        SimHttpResult r = f->call("GET", "/email/exchange");
        QCOMPARE(r.status, 200);
        QCOMPARE(strings(r.array()), QStringList{u"private-zz111111-1"_s});
        r = f->call("GET", "/email/exchange/private-zz111111-1/service");
        QCOMPARE(strings(r.array()), QStringList{u"private-zz111111-1"_s});
        r = f->call("GET", servicePath);
        QCOMPARE(r.status, 200);
        QString error;
        const auto service =
            ExchangeService::fromJson(SimWorld::guideService(), r.object(), &error);
        QVERIFY2(service, qPrintable(error));
        QCOMPARE(service->offer, u"dedicated"_s);
        QCOMPARE(service->domain, u"mydomain.ovh"_s);
        QVERIFY(service->supportsConnectors());
        QVERIFY(!service->displayName.isEmpty());
    }

    void hostedOptionAddsAHostedService()
    {
        SimOptions options;
        options.hostedService = true;
        auto f = startSimulator(options);
        QVERIFY(f);
        QCOMPARE(strings(f->call("GET", "/email/exchange").array()),
                 (QStringList{u"private-zz111111-1"_s, u"hosted-zz222222-1"_s}));
        const SimHttpResult r =
            f->call("GET", "/email/exchange/hosted-zz222222-1/service/hosted-zz222222-1");
        QCOMPARE(r.object().value(u"offer"_s).toString(), u"hosted"_s);
    }

    void readsTheGuideConnector()
    {
        auto f = startSimulator();
        QVERIFY(f);
        QCOMPARE(f->get("/sendConnector").array(), QJsonArray{29});
        const SimHttpResult r = f->get("/sendConnector/29");
        QCOMPARE(r.status, 200);
        QString error;
        const auto c = SendConnector::fromJson(r.object(), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->displayName, u"testconnector"_s);
        QCOMPARE(c->smartHost, u"smtp-relay.example.com"_s);
        QCOMPARE(c->port, 587);
        QVERIFY(c->requireTls);
        QCOMPARE(c->maxSendSizeMb, 100);
        QCOMPARE(c->authMechanism, AuthMechanism::BasicAuthRequireTls);
        QCOMPARE(c->state, ConnectorState::Ok);
        QCOMPARE(r.object().value(u"creationDate"_s).toString(), u"2023-09-25T14:06:02+02:00"_s);
        QVERIFY(r.object().value(u"lastUpdateDate"_s).isNull());
        QVERIFY(!r.object().contains(u"password"_s));
        QVERIFY(!r.object().contains(u"user"_s));
    }

    void readsTheGuideAccounts()
    {
        auto f = startSimulator();
        QVERIFY(f);
        QCOMPARE(strings(f->get("/account").array()),
                 (QStringList{u"contact@mydomain.ovh"_s, u"newsletter@mydomain.ovh"_s}));
        QCOMPARE(strings(f->get("/account?primaryEmailAddress=%25news%25").array()),
                 QStringList{u"newsletter@mydomain.ovh"_s});
        QCOMPARE(f->get("/account?primaryEmailAddress=nobody%25").array(), QJsonArray());

        QString error;
        SimHttpResult r = f->get("/account/newsletter@mydomain.ovh");
        QCOMPARE(r.status, 200);
        auto account = Account::fromJson(r.object(), &error);
        QVERIFY2(account, qPrintable(error));
        QCOMPARE(account->sendConnectorId, ConnectorId(29));
        QVERIFY(account->deleteVirus);
        QCOMPARE(account->state, u"ok"_s);
        QCOMPARE(account->domain, u"mydomain.ovh"_s);
        QVERIFY(!account->login.isEmpty() && !account->accountLicense.isEmpty());

        r = f->get("/account/contact@mydomain.ovh");
        QVERIFY(r.object().value(u"sendConnectorId"_s).isNull());
        QCOMPARE(f->get("/account/nobody@mydomain.ovh").status, 404);
    }

    void accountAddressesMayBeEncodedOrLiteral()
    {
        auto f = startSimulator();
        QVERIFY(f);
        SimAccount plus;
        plus.account.primaryEmailAddress = u"sales+eu@mydomain.ovh"_s;
        plus.account.state = u"ok"_s;
        f->sim.world().addAccount(SimWorld::guideService(), plus);
        QCOMPARE(f->get("/account/newsletter%40mydomain.ovh").status, 200);
        for (const QByteArray &path : {QByteArray("/account/sales+eu@mydomain.ovh"),
                                       QByteArray("/account/sales%2Beu%40mydomain.ovh")}) {
            const SimHttpResult r = f->get(path);
            QVERIFY2(r.status == 200, path.constData());
            QCOMPARE(r.object().value(u"primaryEmailAddress"_s).toString(),
                     u"sales+eu@mydomain.ovh"_s);
        }
    }

    void readsDomains()
    {
        auto f = startSimulator();
        QVERIFY(f);
        QCOMPARE(strings(f->get("/domain").array()), QStringList{u"mydomain.ovh"_s});
        const SimHttpResult r = f->get("/domain/mydomain.ovh");
        QString error;
        const auto domain = Domain::fromJson(r.object(), &error);
        QVERIFY2(domain, qPrintable(error));
        QVERIFY(domain->sendConnectorIdDefault.isNull());
        QCOMPARE(f->get("/domain/other.ovh").status, 404);
    }

    void unknownThingsAreNotFound_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("organization")
            << QByteArray("GET") << QByteArray("/email/exchange/nope/service") << 404;
        QTest::newRow("service") << QByteArray("GET")
                                 << QByteArray("/email/exchange/private-zz111111-1/service/nope")
                                 << 404;
        QTest::newRow("collection") << QByteArray("GET") << servicePath + "/bogus" << 404;
        QTest::newRow("route") << QByteArray("GET") << QByteArray("/nothing/here") << 404;
        QTest::newRow("method") << QByteArray("DELETE") << servicePath + "/account" << 404;
        QTest::newRow("connector") << QByteArray("GET") << servicePath + "/sendConnector/12" << 404;
        QTest::newRow("connector id")
            << QByteArray("GET") << servicePath + "/sendConnector/abc" << 400;
        QTest::newRow("task") << QByteArray("GET") << servicePath + "/task/5" << 404;
    }

    void unknownThingsAreNotFound()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        auto f = startSimulator();
        QVERIFY(f);
        const SimHttpResult r = f->call(method, path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorClass(), status == 404 ? u"Client::NotFound"_s : u"Client::BadRequest"_s);
        QVERIFY(!r.message().isEmpty());
    }

    void everyAnswerHasAQueryIdAndJson()
    {
        SimOptions options;
        auto f = startSimulator(options);
        QVERIFY(f);
        f->sim.addFault(FaultRule("GET", u"/domain$"_s, FaultKind::Http503));
        QList<SimHttpResult> results{
            f->call("GET", "/auth/time"),
            f->get("/sendConnector/29"),
            f->get("/sendConnector/1"),
            f->get("/domain"),
            f->client->send("GET", f->client->url("/email/exchange")),
            f->call("PUT", servicePath + "/account/contact@mydomain.ovh",
                    R"({"sendConnectorId":29})"),
        };
        const QList<int> statuses{200, 200, 404, 503, 401, 200};
        static const QRegularExpression shape(
            u"^EU\\.ext-\\d\\.[0-9a-f]{8}\\.\\d+\\.[0-9a-f]{32}$"_s);
        QSet<QByteArray> ids;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const SimHttpResult &r = results.at(i);
            QCOMPARE(r.status, statuses.at(i));
            const QByteArray id = r.header("X-Ovh-QueryId");
            QVERIFY2(shape.match(QString::fromLatin1(id)).hasMatch(), id.constData());
            ids.insert(id);
            QVERIFY(r.header("Content-Type").startsWith("application/json"));
            // Any JSON value, bare numbers and null included.
            QJsonParseError error;
            QJsonDocument::fromJson("[" + r.body + "]", &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
        QCOMPARE(ids.size(), results.size());
    }

    void generatedAccountsAreDeterministic()
    {
        const auto attachedOf = [](quint32 seed) {
            SimOptions options;
            options.extraAccounts = 30;
            options.seed = seed;
            Simulator sim(options);
            QStringList attached;
            const SimService *service = sim.world().service(SimWorld::guideService());
            for (const auto &[key, account] : service->accounts)
                if (account.account.usesConnector())
                    attached << key;
            if (!service->accounts.count(u"user0030@mydomain.ovh"_s))
                attached << u"(user0030 missing)"_s;
            return std::make_pair(service->accounts.size(), attached);
        };
        const auto first = attachedOf(7);
        QCOMPARE(first.first, size_t(32));
        QVERIFY(first.second.size() > 2 && first.second.size() < 30);
        QCOMPARE(attachedOf(7), first);
        QVERIFY(attachedOf(8).second != first.second);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
