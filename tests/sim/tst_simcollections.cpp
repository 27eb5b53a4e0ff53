// Reading many objects fast: the control panel's pages mode and batch GET, and what the
// simulator does when either is switched off.
#include "SimFixture.h"

#include "Account.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSimCollections : public QObject
{
    Q_OBJECT

private:
    static QList<SimTestClient::Header> pageHeaders(int size, int number,
                                                    const QByteArray &filter = {})
    {
        QList<SimTestClient::Header> headers{{"X-Pagination-Mode", "CachedObjectList-Pages"},
                                             {"X-Pagination-Size", QByteArray::number(size)},
                                             {"X-Pagination-Number", QByteArray::number(number)}};
        if (!filter.isEmpty())
            headers.append({"X-Pagination-Filter", filter});
        return headers;
    }

    static SimOptions manyAccounts(int extra)
    {
        SimOptions options;
        options.extraAccounts = extra;
        options.seed = 42;
        return options;
    }

    static int attachedCount(Simulator &sim, qint64 connector)
    {
        int count = 0;
        for (const auto &[key, a] : sim.world().service(SimWorld::guideService())->accounts)
            count += a.account.sendConnectorId.value() == connector ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void pagesOfFullAccounts()
    {
        auto f = startSimulator(manyAccounts(45));
        QVERIFY(f);
        QSet<QString> seen;
        const QList<int> expectedSizes{20, 20, 7, 0};
        for (int page = 1; page <= 4; ++page) {
            const SimHttpResult r = f->get("/account", pageHeaders(20, page));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-Pagination-Elements"), QByteArray("47"));
            const QJsonArray objects = r.array();
            QCOMPARE(objects.size(), expectedSizes.at(page - 1));
            for (const QJsonValue &value : objects) {
                QString error;
                const auto account = Account::fromJson(value.toObject(), &error);
                QVERIFY2(account, qPrintable(error));
                seen.insert(account->primaryEmailAddress);
            }
        }
        QCOMPARE(seen.size(), 47);
        QVERIFY(seen.contains(u"newsletter@mydomain.ovh"_s));
        QVERIFY(seen.contains(u"user0045@mydomain.ovh"_s));
    }

    void pagesOfConnectorsDomainsAndTasks()
    {
        auto f = startSimulator();
        QVERIFY(f);
        SimHttpResult r = f->get("/sendConnector", pageHeaders(10, 1));
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first().toObject().value(u"smartHost"_s).toString(),
                 u"smtp-relay.example.com"_s);
        QCOMPARE(r.header("X-Pagination-Elements"), QByteArray("1"));
        r = f->get("/domain", pageHeaders(10, 1));
        QCOMPARE(r.array().first().toObject().value(u"name"_s).toString(), u"mydomain.ovh"_s);
        r = f->get("/task", pageHeaders(10, 1));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Pagination-Elements"), QByteArray("0"));
    }

    void pageFilters()
    {
        auto f = startSimulator(manyAccounts(45));
        QVERIFY(f);
        const int attached = attachedCount(f->sim, 29);
        QVERIFY(attached > 1 && attached < 47);

        SimHttpResult r = f->get("/account", pageHeaders(100, 1, "sendConnectorId:eq=29"));
        QCOMPARE(r.array().size(), attached);
        QCOMPARE(r.header("X-Pagination-Elements"), QByteArray::number(attached));
        for (const QJsonValue &value : r.array())
            QCOMPARE(value.toObject().value(u"sendConnectorId"_s).toInt(), 29);

        r = f->get("/account", pageHeaders(100, 1, "sendConnectorId:eq=null"));
        QCOMPARE(r.array().size(), 47 - attached);
        r = f->get("/account", pageHeaders(100, 1, "sendConnectorId:ne=29"));
        QCOMPARE(r.array().size(), 47 - attached);
        r = f->get("/account", pageHeaders(100, 1, "primaryEmailAddress:like=news%"));
        QCOMPARE(r.array().size(), 1);
        r = f->get("/account", pageHeaders(100, 1,
                                           "primaryEmailAddress:in=contact@mydomain.ovh,"
                                           "user0002@mydomain.ovh,nobody@x"));
        QCOMPARE(r.array().size(), 2);
        r = f->get("/account", pageHeaders(5, 2, "primaryEmailAddress:like=user00%"));
        QCOMPARE(r.array().size(), 5);
        QCOMPARE(r.header("X-Pagination-Elements"), QByteArray("45"));
        r = f->get("/account",
                   pageHeaders(100, 1, "primaryEmailAddress:like=user00%&currentUsage:gt=25000"));
        QVERIFY(r.array().size() > 0 && r.array().size() < 45);

        r = f->get("/account", pageHeaders(10, 1, "sendConnectorId~29"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(u"X-Pagination-Filter"_s));
        QCOMPARE(f->get("/account", pageHeaders(0, 1)).status, 400);
    }

    void pagesCanBeSwitchedOff()
    {
        SimOptions options = manyAccounts(5);
        options.pagesEnabled = false;
        auto f = startSimulator(options);
        QVERIFY(f);
        const SimHttpResult r = f->get("/account", pageHeaders(2, 1));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 7);
        QVERIFY(r.array().first().isString());
        QVERIFY(r.header("X-Pagination-Elements").isEmpty());
        f->sim.setPagesEnabled(true);
        QCOMPARE(f->get("/account", pageHeaders(2, 1)).array().size(), 2);
    }

    void batchReadsAccounts()
    {
        auto f = startSimulator();
        QVERIFY(f);
        const SimHttpResult r =
            f->get("/account/newsletter@mydomain.ovh,contact@mydomain.ovh,nobody@mydomain.ovh",
                   {{"X-Ovh-Batch", ","}});
        QCOMPARE(r.status, 200);
        const QJsonArray entries = r.array();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).toObject().value(u"key"_s).toString(), u"newsletter@mydomain.ovh"_s);
        QCOMPARE(entries.at(0).toObject().value(u"value"_s).toObject().value(u"sendConnectorId"_s),
                 29);
        QVERIFY(entries.at(0).toObject().value(u"error"_s).isNull());
        QCOMPARE(
            entries.at(1).toObject().value(u"value"_s).toObject().value(u"primaryEmailAddress"_s),
            u"contact@mydomain.ovh"_s);
        QVERIFY(entries.at(2).toObject().value(u"value"_s).isNull());
        QVERIFY(!entries.at(2).toObject().value(u"error"_s).toString().isEmpty());
    }

    void batchReadsConnectorsAndTakesEncodedKeys()
    {
        auto f = startSimulator();
        QVERIFY(f);
        SimHttpResult r = f->get("/sendConnector/29,404", {{"X-Ovh-Batch", ","}});
        QCOMPARE(r.array().size(), 2);
        QCOMPARE(r.array().at(0).toObject().value(u"value"_s).toObject().value(u"id"_s), 29);
        QVERIFY(r.array().at(1).toObject().value(u"value"_s).isNull());
        // Separator and @ %-encoded in the path.
        r = f->get("/account/contact%40mydomain.ovh%2Cnewsletter%40mydomain.ovh",
                   {{"X-Ovh-Batch", ","}});
        QCOMPARE(r.array().size(), 2);
        QVERIFY(r.array().at(1).toObject().value(u"error"_s).isNull());
    }

    void batchCanBeSwitchedOff()
    {
        SimOptions options;
        options.batchEnabled = false;
        auto f = startSimulator(options);
        QVERIFY(f);
        // The joined ids are read as one id, as an API without the feature would.
        SimHttpResult r =
            f->get("/account/newsletter@mydomain.ovh,contact@mydomain.ovh", {{"X-Ovh-Batch", ","}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorClass(), u"Client::NotFound"_s);
        r = f->get("/sendConnector/29,30", {{"X-Ovh-Batch", ","}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorClass(), u"Client::BadRequest"_s);
        // A single id still reads normally.
        QCOMPARE(f->get("/sendConnector/29", {{"X-Ovh-Batch", ","}}).object().value(u"id"_s), 29);
    }
};

QTEST_GUILESS_MAIN(TestSimCollections)
#include "tst_simcollections.moc"
