// Reading whole collections: pages, then batch, then single GETs, against the simulator;
// the same objects whichever way, nothing lost or duplicated; and the rate limiter's
// arithmetic.
#include "ApiTestFixture.h"
#include "RateLimiter.h"
#include "SimService.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

class TestCollectionReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApiTestFixture> f;

    static SimOptions withAccounts(int extra)
    {
        SimOptions options = ApiTestFixture::quickOptions();
        options.extraAccounts = extra;
        return options;
    }

    CollectionResult<Account> readAccounts(CollectionReader &reader)
    {
        std::optional<CollectionResult<Account>> result;
        reader.readAccounts(f->ref, this, [&](const CollectionResult<Account> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            qFatal("no result");
        return *result;
    }

    QStringList emails(const QList<Account> &accounts)
    {
        QStringList list;
        for (const Account &a : accounts)
            list << a.primaryEmailAddress;
        return list;
    }

    QStringList worldEmails()
    {
        QStringList list;
        for (const auto &[email, account] : f->sim.world().service(f->ref)->accounts)
            list << email;
        return list;
    }

    int requestsWith(const QByteArray &needle)
    {
        int count = 0;
        for (const QByteArray &line : f->sim.requestLog())
            count += line.contains(needle);
        return count;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ApiTestFixture>(withAccounts(2500));
        OvhClient::Limits limits;
        limits.requestsPerSecond = 0; // measured separately below
        f->client->setLimits(limits);
    }
    void cleanup() { f.reset(); }

    void pagesReadEverythingInAFewRequests()
    {
        CollectionReader reader(f->api.get());
        f->sim.clearRequestLog();
        const auto result = readAccounts(reader);
        QVERIFY(result.ok());
        QCOMPARE(result.items.size(), 2502);
        QStringList got = emails(result.items);
        got.sort();
        QStringList expected = worldEmails();
        expected.sort();
        QCOMPARE(got, expected);
        QCOMPARE(got.removeDuplicates(), 0);
        // 2502 objects in one page, then the key list that checks nothing changed.
        QCOMPARE(requestsWith("/account"), 2);
        QCOMPARE(f->client->bulkMode(), OvhClient::BulkMode::Pages);
        // The objects are whole: connector ids came with them.
        int attached = 0;
        for (const Account &a : result.items)
            attached += a.sendConnectorId == ConnectorId(29);
        QVERIFY(attached > 100);
    }

    void fallsBackToBatchThenSingle()
    {
        CollectionReader reader(f->api.get());
        f->sim.setPagesEnabled(false);
        f->sim.clearRequestLog();
        auto result = readAccounts(reader);
        QVERIFY(result.ok());
        QCOMPARE(result.items.size(), 2502);
        QCOMPARE(f->client->bulkMode(), OvhClient::BulkMode::Batch);
        // The plain id list the refused page gave is reused: 1 + ceil(2502 / 50) requests.
        QCOMPARE(requestsWith("/account"), 1 + 51);

        // Remembered for the session: no page request any more.
        f->sim.clearRequestLog();
        result = readAccounts(reader);
        QCOMPARE(result.items.size(), 2502);
        QCOMPARE(requestsWith("X-Pagination"), 0);
        QCOMPARE(requestsWith("/account"), 1 + 51);

        f->sim.setBatchEnabled(false);
        f->sim.clearRequestLog();
        result = readAccounts(reader);
        QVERIFY2(result.ok(), result.failures.isEmpty()
                                  ? ""
                                  : qPrintable(result.failures.first().second.toText()));
        QCOMPARE(result.items.size(), 2502);
        QCOMPARE(f->client->bulkMode(), OvhClient::BulkMode::Single);
        QStringList got = emails(result.items);
        QCOMPARE(got.removeDuplicates(), 0);
        QVERIFY(requestsWith("/account") <= 1 + 1 + 2502 + 51);
        QVERIFY(f->client->peakInFlight() <= 8);
    }

    void connectorsAndDomainsToo()
    {
        CollectionReader reader(f->api.get());
        std::optional<CollectionResult<SendConnector>> connectors;
        reader.readConnectors(f->ref, this, [&](const auto &r) { connectors = r; });
        QTRY_VERIFY(connectors.has_value());
        QCOMPARE(connectors->items.size(), 1);
        QCOMPARE(connectors->items.first().id, ConnectorId(29));
        std::optional<CollectionResult<Domain>> domains;
        f->sim.setPagesEnabled(false);
        reader.readDomains(f->ref, this, [&](const auto &r) { domains = r; });
        QTRY_VERIFY(domains.has_value());
        QCOMPARE(domains->items.size(), 1);
        QCOMPARE(domains->items.first().name, u"mydomain.ovh"_s);
    }

    void pagesThatChangeMidLoad()
    {
        // An account appears and another disappears while the pages are being read: the
        // key list decides, nothing is duplicated or lost.
        CollectionReader reader(f->api.get());
        f->sim.setLatency(30);
        bool changed = false;
        connect(&f->sim, &Simulator::requestAnswered, this,
                [&](const QByteArray &, const QByteArray &target, int, const QByteArray &) {
                    if (changed || !target.endsWith("/account"))
                        return;
                    changed = true;
                    SimAccount late;
                    late.account.primaryEmailAddress = u"aaa-late@mydomain.ovh"_s;
                    late.account.domain = u"mydomain.ovh"_s;
                    f->sim.world().addAccount(f->ref, late);
                    f->sim.world().service(f->ref)->accounts.erase(u"user0007@mydomain.ovh"_s);
                });
        const auto result = readAccounts(reader);
        QVERIFY(changed);
        QVERIFY(result.ok());
        QStringList got = emails(result.items);
        QCOMPARE(got.removeDuplicates(), 0);
        got.sort();
        QStringList expected = worldEmails();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void batchWithAMissingId()
    {
        CollectionReader reader(f->api.get());
        f->sim.setPagesEnabled(false);
        bool removed = false;
        connect(&f->sim, &Simulator::requestAnswered, this,
                [&](const QByteArray &, const QByteArray &target, int, const QByteArray &) {
                    if (removed || !target.endsWith("/account"))
                        return;
                    removed = true; // gone after the list, before its batch
                    f->sim.world().service(f->ref)->accounts.erase(u"user0042@mydomain.ovh"_s);
                });
        const auto result = readAccounts(reader);
        QVERIFY(removed);
        QCOMPARE(result.items.size(), 2501);
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures.first().first, u"user0042@mydomain.ovh"_s);
        QVERIFY(!emails(result.items).contains(u"user0042@mydomain.ovh"_s));
    }

    void rateLimiterArithmetic()
    {
        RateLimiter limiter;
        limiter.configure(20, 5);
        int taken = 0;
        while (limiter.tryTake(1000))
            ++taken;
        QCOMPARE(taken, 5); // the burst
        QCOMPARE(limiter.msUntilNextToken(1000), 50);
        QVERIFY(!limiter.tryTake(1049));
        QVERIFY(limiter.tryTake(1050));
        QVERIFY(!limiter.tryTake(1050));
        // A long pause refills to the burst, never beyond.
        taken = 0;
        while (limiter.tryTake(60000))
            ++taken;
        QCOMPARE(taken, 5);
        limiter.configure(0, 1);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.tryTake(0)); // off
    }

    void clientRespectsTheRateLimit()
    {
        OvhClient::Limits limits;
        limits.requestsPerSecond = 50;
        limits.burst = 5;
        f->client->setLimits(limits);
        f->sim.clearRequestLog();
        QElapsedTimer timer;
        timer.start();
        int answered = 0;
        for (int i = 0; i < 15; ++i)
            f->api->connector(f->ref, ConnectorId(29), this,
                              [&](const ApiResult<SendConnector> &r) { answered += r.ok(); });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 15, 10000);
        // 1 clock request + 15 calls, 5 at once then 50 per second: at least 200 ms.
        QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCollectionReader)
#include "tst_collectionreader.moc"
