// Large services load into the models page by page: rows are inserted in several batches as
// the API answers (never a model reset), accounts land under their connector at once, the
// tree shows the service's groups while the rest loads, and the end result matches the API
// even when accounts disappear between pages.
#include "SimFixture.h"

#include "AccountTableModel.h"
#include "CollectionReader.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "ServiceTreeNode.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 60'000;
constexpr int Accounts = 2502; // 2,500 generated and the guide service's own two

QStringList childKinds(const ServiceTreeModel &tree, const QModelIndex &parent)
{
    QStringList kinds;
    for (int row = 0; row < tree.rowCount(parent); ++row)
        kinds << QString::number(int(tree.kind(tree.index(row, 0, parent))));
    return kinds;
}

int accountRows(const ServiceTreeModel &tree, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0; row < tree.rowCount(parent); ++row) {
        const QModelIndex child = tree.index(row, 0, parent);
        count += tree.kind(child) == NodeKind::Account ? 1 : accountRows(tree, child);
    }
    return count;
}
} // namespace

class TestIncrementalLoad : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> fx;
    ServiceStore *store = nullptr;

private Q_SLOTS:
    void init()
    {
        SimOptions options = SimFixture::fastOptions();
        options.extraAccounts = Accounts - 2;
        fx = std::make_unique<SimFixture>(options);
        OvhClient::Limits limits = fx->client->limits();
        limits.requestsPerSecond = 0;
        fx->client->setLimits(limits);
        ServiceCatalog *catalog = fx->workspace->catalog();
        catalog->load();
        QVERIFY(
            QTest::qWaitFor([&] { return catalog->loadState() == LoadState::Loaded; }, Timeout));
        store = catalog->store(fx->guide());
        QVERIFY(store);
        store->reader()->setPageSize(400); // 7 pages
        fx->simulator.setLatency(5);
    }
    void cleanup() { fx.reset(); }

    void rowsArriveInBatchesWithoutReset_data()
    {
        QTest::addColumn<bool>("pages");
        QTest::addColumn<bool>("batch");
        QTest::newRow("pages") << true << true;
        QTest::newRow("batch") << false << true;
        QTest::newRow("single") << false << false;
    }

    void rowsArriveInBatchesWithoutReset()
    {
        QFETCH(bool, pages);
        QFETCH(bool, batch);
        fx->simulator.setPagesEnabled(pages);
        fx->simulator.setBatchEnabled(batch);
        AccountTableModel table;
        table.setStore(store);
        QSortFilterProxyModel proxy; // as the accounts pane: sorted while rows arrive
        proxy.setSourceModel(&table);
        proxy.sort(int(AccountTableModel::Column::Email));
        ServiceTreeModel tree(fx->workspace->catalog());
        QAbstractItemModelTester tableTester(
            &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester treeTester(&tree,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy tableInserts(&table, &QAbstractItemModel::rowsInserted);
        QSignalSpy tableResets(&table, &QAbstractItemModel::modelReset);
        QSignalSpy treeResets(&tree, &QAbstractItemModel::modelReset);
        QSignalSpy treeMoves(&tree, &QAbstractItemModel::rowsMoved);
        QSignalSpy progress(store, &ServiceStore::accountsProgress);
        int insertsWhileLoading = 0;
        bool groupsWhileLoading = false;
        const QModelIndex service = tree.serviceIndex(fx->guide());
        QVERIFY(service.isValid());
        connect(&table, &QAbstractItemModel::rowsInserted, this, [&] {
            if (store->loadState() != LoadState::Loading)
                return;
            ++insertsWhileLoading;
            groupsWhileLoading = groupsWhileLoading ||
                                 tree.groupIndex(fx->guide(), NodeKind::PlatformGroup).isValid();
        });

        store->load();
        QVERIFY(QTest::qWaitFor([&] { return store->loadState() == LoadState::Loaded; }, Timeout));

        // Several insertions, all before the load ended; never a reset.
        QVERIFY2(insertsWhileLoading >= 5, qPrintable(QString::number(insertsWhileLoading)));
        QCOMPARE(tableInserts.size(), insertsWhileLoading);
        QCOMPARE(tableResets.size(), 0);
        QCOMPARE(treeResets.size(), 0);
        QVERIFY(groupsWhileLoading);

        // Everything, once: the table, the tree and the store agree with the simulator.
        QCOMPARE(table.rowCount(), Accounts);
        QCOMPARE(proxy.rowCount(), Accounts);
        QStringList emails;
        for (int row = 0; row < table.rowCount(); ++row)
            emails << table.emailAt(row);
        QCOMPARE(emails.removeDuplicates(), 0);
        QCOMPARE(accountRows(tree, service), Accounts);
        QCOMPARE(proxy.index(0, 0).data().toString() <= proxy.index(1, 0).data().toString(), true);

        // Accounts waited for the connectors: each landed under its own at once (no moves).
        QCOMPARE(treeMoves.size(), 0);
        const QModelIndex connector = tree.connectorIndex(fx->guide(), ConnectorId(29));
        QVERIFY(connector.isValid());
        QCOMPARE(tree.rowCount(connector), store->accountCount(ConnectorId(29)));
        QVERIFY(store->accountCount(ConnectorId(29)) > 100);

        // "Loading…" is gone; the groups stay.
        QCOMPARE(childKinds(tree, service),
                 (QStringList{QString::number(int(NodeKind::ConnectorGroup)),
                              QString::number(int(NodeKind::PlatformGroup)),
                              QString::number(int(NodeKind::DomainGroup))}));

        // Progress went up to the total.
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), Accounts);
        QCOMPARE(progress.last().at(1).toInt(), Accounts);
    }

    void accountsGoneBetweenPagesLeaveTheModels()
    {
        AccountTableModel table;
        table.setStore(store);
        ServiceTreeModel tree(fx->workspace->catalog());
        int pagesAnswered = 0;
        connect(&fx->simulator, &Simulator::requestAnswered, this,
                [&](const QByteArray &, const QByteArray &target, int, const QByteArray &) {
                    if (!target.endsWith("/account") || ++pagesAnswered != 1)
                        return;
                    // user0003 was in the first page; the others shift the later pages.
                    auto &accounts = fx->simulator.world().service(fx->guide())->accounts;
                    for (const QString &email :
                         {u"user0003@mydomain.ovh"_s, u"user0004@mydomain.ovh"_s,
                          u"user0005@mydomain.ovh"_s})
                        accounts.erase(email);
                });
        store->load();
        QVERIFY(QTest::qWaitFor([&] { return store->loadState() == LoadState::Loaded; }, Timeout));
        QVERIFY(pagesAnswered > 1);
        QCOMPARE(table.rowCount(), Accounts - 3);
        QCOMPARE(table.rowOf(u"user0003@mydomain.ovh"_s), -1);
        QVERIFY(!tree.accountIndex(fx->guide(), u"user0003@mydomain.ovh"_s).isValid());
        QCOMPARE(accountRows(tree, tree.serviceIndex(fx->guide())), Accounts - 3);
        QVERIFY(table.rowOf(u"user0401@mydomain.ovh"_s) >= 0); // at a moved page boundary
    }
};

QTEST_GUILESS_MAIN(TestIncrementalLoad)
#include "tst_incrementalload.moc"
