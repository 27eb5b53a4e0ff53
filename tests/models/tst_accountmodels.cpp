// The accounts table (behind a sort/filter proxy) and the task list, against the simulator.
#include "SimFixture.h"

#include "AccountTableModel.h"
#include "ConnectorActions.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "TaskListModel.h"
#include "TaskTracker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 15'000;
using Column = AccountTableModel::Column;

ServiceStore *loadedGuideStore(SimFixture &fx)
{
    ServiceCatalog *catalog = fx.workspace->catalog();
    catalog->load();
    if (!QTest::qWaitFor([&] { return catalog->loadState() == LoadState::Loaded; }, Timeout))
        return nullptr;
    ServiceStore *store = catalog->store(fx.guide());
    store->load();
    if (!QTest::qWaitFor([&] { return store->loadState() == LoadState::Loaded; }, Timeout))
        return nullptr;
    return store;
}
} // namespace

class TestAccountModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableShowsTheServiceAccounts();
    void tableUpdatesIncrementally();
    void proxySortsAndFilters();
    void taskListFollowsTasks();
};

void TestAccountModels::tableShowsTheServiceAccounts()
{
    SimOptions options = SimFixture::fastOptions();
    options.extraAccounts = 12;
    SimFixture fx(options);
    AccountTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceStore *store = loadedGuideStore(fx);
    QVERIFY(store);
    model.setStore(store);
    const SimService *sim = fx.simulator.world().service(fx.guide());
    QCOMPARE(model.rowCount(), int(sim->accounts.size()));
    const int row = model.rowOf(u"newsletter@mydomain.ovh"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, int(Column::DisplayName)).data().toString(), u"Newsletter"_s);
    QCOMPARE(model.index(row, int(Column::Licence)).data().toString(), u"Basic"_s);
    QCOMPARE(model.index(row, int(Column::State)).data().toString(), u"OK"_s);
    QCOMPARE(model.index(row, int(Column::Connector)).data().toString(), u"testconnector"_s);
    const int contact = model.rowOf(u"contact@mydomain.ovh"_s);
    QCOMPARE(model.index(contact, int(Column::Connector)).data().toString(), u"Platform server"_s);
    QCOMPARE(model.index(contact, 0).data(roleId(Role::ConnectorId)).toLongLong(), 0);
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestAccountModels::tableUpdatesIncrementally()
{
    SimFixture fx;
    AccountTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceStore *store = loadedGuideStore(fx);
    QVERIFY(store);
    model.setStore(store);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Renaming the connector changes the "Sends through" column.
    ConnectorChanges rename;
    rename.displayName = u"mailjet"_s;
    fx.workspace->actions()->edit(fx.guide(), ConnectorId(29), rename, this, {});
    const int row = model.rowOf(u"newsletter@mydomain.ovh"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(row, int(Column::Connector)).data().toString(),
                              u"mailjet"_s, Timeout);
    QVERIFY(!changed.isEmpty());

    // Attaching an account changes its row only.
    changed.clear();
    Account contact = *store->account(u"contact@mydomain.ovh"_s);
    contact.sendConnectorId = ConnectorId(29);
    store->applyAccount(contact);
    QCOMPARE(changed.count(), 1);
    const int contactRow = model.rowOf(u"contact@mydomain.ovh"_s);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), contactRow);
    QCOMPARE(model.index(contactRow, int(Column::Connector)).data().toString(), u"mailjet"_s);

    // A batch of new accounts is one insertion.
    QList<Account> batch;
    for (int i = 0; i < 50; ++i) {
        Account a;
        a.primaryEmailAddress = u"page%1@mydomain.ovh"_s.arg(i);
        batch << a;
    }
    store->addAccounts(batch);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 52);
    store->dropAccount(u"page10@mydomain.ovh"_s);
    QCOMPARE(model.rowCount(), 51);
    QCOMPARE(model.rowOf(u"page11@mydomain.ovh"_s), 12);
    QCOMPARE(model.emailAt(12), u"page11@mydomain.ovh"_s);
    QCOMPARE(resets.count(), 0);
}

void TestAccountModels::proxySortsAndFilters()
{
    SimOptions options = SimFixture::fastOptions();
    options.extraAccounts = 20;
    SimFixture fx(options);
    AccountTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceStore *store = loadedGuideStore(fx);
    QVERIFY(store);
    model.setStore(store);
    proxy.sort(int(Column::Email), Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 22);
    QVERIFY(proxy.index(0, 0).data().toString() > proxy.index(1, 0).data().toString());
    proxy.setFilterFixedString(u"NEWSLETTER"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"newsletter@mydomain.ovh"_s);
    proxy.setFilterFixedString(u"testconnector"_s); // the connector column filters too
    QCOMPARE(proxy.rowCount(), store->accountCount(ConnectorId(29)));
    QVERIFY(proxy.rowCount() >= 1);
}

void TestAccountModels::taskListFollowsTasks()
{
    SimFixture fx;
    TaskListModel model(fx.workspace->tracker());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceStore *store = loadedGuideStore(fx);
    QVERIFY(store);
    QSignalSpy finished(fx.workspace->tracker(), &TaskTracker::taskFinished);
    AuthenticationChange change;
    change.authMechanism = AuthMechanism::None;
    fx.workspace->actions()->changeAuthentication(fx.guide(), ConnectorId(29), change, this, {});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, Timeout);
    QCOMPARE(model.index(0, int(TaskListModel::Column::Function)).data().toString(),
             u"changeAuthenticationSendConnector"_s);
    QCOMPARE(model.index(0, int(TaskListModel::Column::Target)).data().toString(),
             u"testconnector on private-zz111111-1"_s);
    QVERIFY(model.index(0, 0).data(roleId(Role::Running)).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(model.index(0, int(TaskListModel::Column::Status)).data().toString(), u"Done"_s);
    QVERIFY(!model.index(0, int(TaskListModel::Column::Finished)).data().toString().isEmpty());
    QCOMPARE(fx.workspace->tracker()->runningCount(), 0);
    // The service is read again when the task ends: the new mechanism shows.
    QTRY_COMPARE_WITH_TIMEOUT(store->connector(ConnectorId(29))->authMechanism, AuthMechanism::None,
                              Timeout);
}

QTEST_MAIN(TestAccountModels)
#include "tst_accountmodels.moc"
