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

    CollectionResult<Account> readAccounts(CollectionReader &reader,
                                           QList<QList<Account>> *arrivals = nullptr)
    {
        std::optional<CollectionResult<Account>> result;
        reader.readAccounts(
            f->ref, this, [&](const CollectionResult<Account> &r) { result = r; }, {},
            [&](const QList<Account> &slice) {
                QVERIFY2(!result, "an arrival after the result");
                if (arrivals)
                    *arrivals << slice;
            });
        // Generous: 2,502 single GETs on a loaded 2-core CI machine take a while.
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 240000))
            qFatal("no result");
        return *result;
    }

    CollectionResult<SendConnector> readConnectors(CollectionReader &reader)
    {
        std::optional<CollectionResult<SendConnector>> result;
        reader.readConnectors(f->ref, this,
                              [&](const CollectionResult<SendConnector> &r) { result = r; });
        // Generous: 2,502 single GETs on a loaded 2-core CI machine take a while.
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 240000))
            qFatal("no result");
        return *result;
    }

    static QList<Account> sortedByEmail(QList<Account> accounts)
    {
        std::sort(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) {
            return a.primaryEmailAddress < b.primaryEmailAddress;
        });
        return accounts;
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

    // Requests whose target (the path, without the method) passes `test`.
    int targetsWhere(const std::function<bool(const QByteArray &)> &test)
    {
        int count = 0;
        for (const QByteArray &line : f->sim.requestLog())
            count += test(line.split(' ').value(1));
        return count;
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
        // 2502 objects in three pages of 1,000 (the default), then the key list that checks
        // nothing changed.
        QCOMPARE(requestsWith("/account"), 4);
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

    void everyModeReadsTheSameObjects()
    {
        // Pages, then batch GETs, then single GETs: the very same accounts (every field) and
        // connectors, in the order of the key list, nothing duplicated or missing.
        CollectionReader reader(f->api.get());
        const auto pagedAccounts = readAccounts(reader);
        const auto pagedConnectors = readConnectors(reader);
        QCOMPARE(f->client->bulkMode(), OvhClient::BulkMode::Pages);
        QVERIFY(pagedAccounts.ok());
        QVERIFY(pagedConnectors.ok());
        QCOMPARE(pagedAccounts.items.size(), 2502);
        QCOMPARE(pagedConnectors.items.size(), 1);
        QStringList expected = worldEmails();
        expected.sort();
        QCOMPARE(emails(sortedByEmail(pagedAccounts.items)), expected);

        f->sim.setPagesEnabled(false);
        const auto batchAccounts = readAccounts(reader);
        const auto batchConnectors = readConnectors(reader);
        QCOMPARE(f->client->bulkMode(), OvhClient::BulkMode::Batch);
        QVERIFY(batchAccounts.ok());
        QCOMPARE(batchAccounts.items, pagedAccounts.items);
        QCOMPARE(batchConnectors.items, pagedConnectors.items);

        f->sim.setBatchEnabled(false);
        const auto singleAccounts = readAccounts(reader);
        const auto singleConnectors = readConnectors(reader);
        QCOMPARE(f->client->bulkMode(), OvhClient::BulkMode::Single);
        QVERIFY(singleAccounts.ok());
        QCOMPARE(singleAccounts.items, pagedAccounts.items);
        QCOMPARE(singleConnectors.items, pagedConnectors.items);
        QVERIFY(f->client->peakInFlight() <= f->client->limits().maxInFlight);
    }

    void pagesThatChangeSizeMidLoad_data()
    {
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("added");
        QTest::newRow("shrinks: objects shift into pages already read") << 7 << 0;
        QTest::newRow("grows: objects shift into pages not read yet") << 0 << 7;
        QTest::newRow("both") << 3 << 11;
    }

    void pagesThatChangeSizeMidLoad()
    {
        // Pages of 500: once the first page is answered, accounts near the start disappear
        // or appear, so every later page boundary moves (objects skipped or read twice).
        QFETCH(int, removed);
        QFETCH(int, added);
        CollectionReader reader(f->api.get());
        reader.setPageSize(500);
        QStringList gone;
        int pagesAnswered = 0;
        connect(&f->sim, &Simulator::requestAnswered, this,
                [&](const QByteArray &, const QByteArray &target, int, const QByteArray &) {
                    if (!target.endsWith("/account") || ++pagesAnswered != 1)
                        return;
                    auto &accounts = f->sim.world().service(f->ref)->accounts;
                    for (int i = 1; i <= removed; ++i) {
                        const QString email = u"user%1@mydomain.ovh"_s.arg(i, 4, 10, QChar(u'0'));
                        QVERIFY(accounts.erase(email) == 1);
                        gone << email;
                    }
                    for (int i = 0; i < added; ++i) {
                        SimAccount late;
                        late.account.primaryEmailAddress = u"aaa-late%1@mydomain.ovh"_s.arg(i);
                        late.account.domain = u"mydomain.ovh"_s;
                        f->sim.world().addAccount(f->ref, late);
                    }
                });
        f->sim.clearRequestLog();
        QList<QList<Account>> arrivals;
        const auto result = readAccounts(reader, &arrivals);
        QVERIFY(pagesAnswered >= 6);
        QVERIFY(result.ok());
        QCOMPARE(f->client->bulkMode(), OvhClient::BulkMode::Pages);
        QStringList got = emails(result.items);
        QCOMPARE(got.removeDuplicates(), 0);
        QCOMPARE(got.size(), 2502 - removed + added);
        got.sort();
        QStringList expected = worldEmails();
        expected.sort();
        QCOMPARE(got, expected);
        for (const QString &email : std::as_const(gone))
            QVERIFY(!got.contains(email));
        // Six pages (the first one's total) and the key list, then batches for what the
        // moving boundaries made the pages skip.
        QCOMPARE(targetsWhere([](const QByteArray &t) { return t.endsWith("/account"); }), 6 + 1);
        QVERIFY(arrivals.size() >= 6);
        const int batches = targetsWhere(
            [](const QByteArray &t) { return t.contains("/account/") && t.contains(','); });
        if (removed > added)
            QVERIFY(batches >= 1);
    }

    void arrivalsComeInSlices_data()
    {
        QTest::addColumn<bool>("pages");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<int>("minimumSlices");
        QTest::newRow("pages of 500") << true << true << 6;
        QTest::newRow("batches of 50") << false << true << 51;
        QTest::newRow("single GETs, 50 at a time") << false << false << 51;
    }

    void arrivalsComeInSlices()
    {
        QFETCH(bool, pages);
        QFETCH(bool, batch);
        QFETCH(int, minimumSlices);
        f->sim.setPagesEnabled(pages);
        f->sim.setBatchEnabled(batch);
        CollectionReader reader(f->api.get());
        reader.setPageSize(500);
        QList<QList<Account>> arrivals;
        const auto result = readAccounts(reader, &arrivals);
        QVERIFY(result.ok());
        QVERIFY2(arrivals.size() >= minimumSlices, qPrintable(QString::number(arrivals.size())));
        QStringList arrived;
        for (const QList<Account> &slice : std::as_const(arrivals)) {
            QVERIFY(!slice.isEmpty());
            QVERIFY(slice.size() <= 500);
            arrived << emails(slice);
        }
        // Nothing changed meanwhile: each object arrived exactly once, and they are the result.
        QCOMPARE(arrived.size(), 2502);
        arrived.sort();
        QStringList got = emails(result.items);
        got.sort();
        QCOMPARE(arrived, got);
    }

    void rateLimitAccounting()
    {
        // The client sends the burst at once, then never more than burst + rate × elapsed
        // requests; with the limit off, as many as the concurrency cap allows.
        OvhClient::Limits limits;
        limits.requestsPerSecond = 10;
        limits.burst = 4;
        std::optional<ApiResult<SendConnector>> first; // the clock is known after it
        f->api->connector(f->ref, ConnectorId(29), this,
                          [&](const ApiResult<SendConnector> &r) { first = r; });
        QTRY_VERIFY(first.has_value());
        f->client->setLimits(limits); // a full bucket
        QElapsedTimer timer;
        timer.start();
        const quint64 before = f->client->requestsSent();
        int answered = 0;
        const auto sendTwenty = [&] {
            for (int i = 0; i < 20; ++i)
                f->api->connector(f->ref, ConnectorId(29), this,
                                  [&](const ApiResult<SendConnector> &r) { answered += r.ok(); });
        };
        qint64 worstExcess = -1000;
        const auto connection =
            connect(f->client.get(), &OvhClient::activityChanged, this, [&](int, int) {
                const qint64 sent = qint64(f->client->requestsSent() - before);
                const qint64 allowed =
                    limits.burst + qint64(limits.requestsPerSecond * timer.elapsed() / 1000.0);
                worstExcess = std::max(worstExcess, sent - allowed);
            });
        sendTwenty();
        QCOMPARE(f->client->requestsSent() - before, quint64(4)); // the burst
        QCOMPARE(f->client->queued(), 16);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 20, 20000);
        disconnect(connection);
        QCOMPARE(f->client->requestsSent() - before, quint64(20));
        QVERIFY2(worstExcess <= 0, qPrintable(QString::number(worstExcess)));

        limits.requestsPerSecond = 0;
        f->client->setLimits(limits);
        const quint64 offBefore = f->client->requestsSent();
        answered = 0;
        sendTwenty();
        QCOMPARE(f->client->requestsSent() - offBefore, quint64(limits.maxInFlight));
        QTRY_COMPARE_WITH_TIMEOUT(answered, 20, 20000);
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
