// The service tree against the simulator over HTTP: structure, lazy loading, error rows,
// incremental updates, and QAbstractItemModelTester throughout.
#include "SimFixture.h"

#include "ConnectorActions.h"
#include "DisplayText.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 15'000;

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

NodeKind kindOf(const QModelIndex &index)
{
    return NodeKind(index.data(roleId(Role::Kind)).toInt());
}

SimOptions richOptions()
{
    SimOptions options = SimFixture::fastOptions();
    options.extraAccounts = 7;
    options.hostedService = true;
    return options;
}
} // namespace

class TestServiceTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structureMatchesSimulator();
    void loadsLazily();
    void errorRowOnFailingRouteAndRetry();
    void errorRowForTheServiceList();
    void incrementalUpdateAfterEdit();
    void connectorsAppearAndDisappearIncrementally();
};

void TestServiceTreeModel::structureMatchesSimulator()
{
    SimFixture fx(richOptions());
    ServiceTreeModel model(fx.workspace->catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester walks the whole tree, fetching every service.
    QTRY_COMPARE_WITH_TIMEOUT(fx.workspace->catalog()->loadState(), LoadState::Loaded, Timeout);
    for (ServiceStore *store : fx.workspace->catalog()->allServices())
        QTRY_COMPARE_WITH_TIMEOUT(store->loadState(), LoadState::Loaded, Timeout);

    const SimWorld &world = fx.simulator.world();
    QStringList organizations = world.organizations();
    organizations.sort();
    QCOMPARE(childNames(model, {}), organizations);

    for (const ServiceRef &ref : world.services()) {
        const SimService *sim = world.service(ref);
        const QModelIndex service = model.serviceIndex(ref);
        QVERIFY(service.isValid());
        QCOMPARE(service.data().toString(), sim->info.displayName);
        QCOMPARE(model.rowCount(service), 3);
        const bool warned = service.data(Qt::ToolTipRole)
                                .toString()
                                .contains(DisplayText::unsupportedOfferWarning().toHtmlEscaped());
        QCOMPARE(warned, !sim->info.supportsConnectors());

        const QModelIndex connectors = model.index(0, 0, service);
        const QModelIndex platform = model.index(1, 0, service);
        const QModelIndex domains = model.index(2, 0, service);
        QCOMPARE(kindOf(connectors), NodeKind::ConnectorGroup);
        QCOMPARE(kindOf(platform), NodeKind::PlatformGroup);
        QCOMPARE(kindOf(domains), NodeKind::DomainGroup);

        QCOMPARE(model.rowCount(connectors), int(sim->connectors.size()));
        int row = 0;
        for (const auto &[id, simConnector] : sim->connectors) {
            const SendConnector &c = simConnector.connector;
            const QModelIndex index = model.index(row++, 0, connectors);
            QCOMPARE(index.data(roleId(Role::ConnectorId)).toLongLong(), id);
            QCOMPARE(index.data().toString(), c.displayName);
            QCOMPARE(
                index.siblingAtColumn(int(ServiceTreeModel::Column::Details)).data().toString(),
                u"%1:%2"_s.arg(c.smartHost).arg(c.port));
            QCOMPARE(index.data(roleId(Role::RequiresTls)).toBool(), c.requireTls);
            QCOMPARE(index.data(roleId(Role::AuthMechanism)).toInt(), int(c.authMechanism));
            QStringList attached;
            for (const auto &[key, account] : sim->accounts)
                if (account.account.sendConnectorId == c.id)
                    attached << account.account.primaryEmailAddress;
            QStringList shown = childNames(model, index);
            shown.sort();
            attached.sort();
            QCOMPARE(shown, attached);
            QCOMPARE(index.siblingAtColumn(int(ServiceTreeModel::Column::Accounts)).data().toInt(),
                     int(attached.size()));
        }
        QStringList unattached;
        for (const auto &[key, account] : sim->accounts)
            if (account.account.sendConnectorId.isNull())
                unattached << account.account.primaryEmailAddress;
        QStringList shown = childNames(model, platform);
        shown.sort();
        unattached.sort();
        QCOMPARE(shown, unattached);

        QStringList domainNames;
        for (const auto &[key, domain] : sim->domains)
            domainNames << domain.name;
        QCOMPARE(childNames(model, domains), domainNames);
    }

    // The guide's world in particular.
    const QModelIndex connector = model.connectorIndex(fx.guide(), ConnectorId(29));
    QCOMPARE(connector.data().toString(), u"testconnector"_s);
    QVERIFY(childNames(model, connector).contains(u"newsletter@mydomain.ovh"_s));
    QVERIFY(childNames(model, model.groupIndex(fx.guide(), NodeKind::PlatformGroup))
                .contains(u"contact@mydomain.ovh"_s));
    QVERIFY(model.groupIndex(fx.guide(), NodeKind::DomainGroup)
                .model()
                ->index(0, int(ServiceTreeModel::Column::Details),
                        model.groupIndex(fx.guide(), NodeKind::DomainGroup))
                .data()
                .toString()
                .contains(DisplayText::platformServer()));
}

void TestServiceTreeModel::loadsLazily()
{
    SimFixture fx;
    ServiceTreeModel model(fx.workspace->catalog());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(kindOf(model.index(0, 0)), NodeKind::Loading);
    QCOMPARE(model.index(0, 0).data().toString(), u"Loading…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(kindOf(model.index(0, 0)), NodeKind::Organization, Timeout);

    // Services are listed but nothing inside them has been read.
    const QModelIndex service = model.serviceIndex(fx.guide());
    QVERIFY(service.isValid());
    QCOMPARE(model.rowCount(service), 0);
    QVERIFY(model.hasChildren(service));
    QVERIFY(model.canFetchMore(service));
    for (const QByteArray &line : fx.simulator.requestLog())
        QVERIFY2(!line.contains("/sendConnector") && !line.contains("/account"), line.constData());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(service);
    QVERIFY(!model.canFetchMore(service));
    QCOMPARE(model.rowCount(service), 1);
    QCOMPARE(kindOf(model.index(0, 0, service)), NodeKind::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(service), 3, Timeout);
    QCOMPARE(kindOf(model.index(0, 0, service)), NodeKind::ConnectorGroup);
    QVERIFY(inserted.count() >= 2); // the placeholder, then the content
    bool readConnectors = false;
    for (const QByteArray &line : fx.simulator.requestLog())
        readConnectors = readConnectors || line.contains("/sendConnector");
    QVERIFY(readConnectors);
}

void TestServiceTreeModel::errorRowOnFailingRouteAndRetry()
{
    SimFixture fx;
    fx.noRetries();
    fx.simulator.addFault(FaultRule("GET", u"/sendConnector"_s, FaultKind::Http503));
    ServiceTreeModel model(fx.workspace->catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(model.serviceIndex(fx.guide()).isValid(), Timeout);
    const QModelIndex service = model.serviceIndex(fx.guide());
    model.fetchMore(service);
    QTRY_COMPARE_WITH_TIMEOUT(fx.workspace->catalog()->store(fx.guide())->loadState(),
                              LoadState::Failed, Timeout);
    QCOMPARE(model.rowCount(service), 1);
    const QModelIndex error = model.index(0, 0, service);
    QCOMPARE(kindOf(error), NodeKind::Error);
    const QString queryId = error.data(roleId(Role::QueryId)).toString();
    QVERIFY(!queryId.isEmpty());
    QVERIFY2(error.data().toString().contains(u"The service is temporarily unavailable"_s),
             qPrintable(error.data().toString()));
    QVERIFY(error.data().toString().contains(queryId));
    QVERIFY(
        error.data(roleId(Role::ErrorText)).toString().contains(u"Server::ServiceUnavailable"_s));

    fx.simulator.clearFaults();
    QVERIFY(!model.retry(service));
    QVERIFY(model.retry(error));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(service), 3, Timeout);
    QCOMPARE(kindOf(model.index(0, 0, service)), NodeKind::ConnectorGroup);
    QCOMPARE(model.rowCount(model.index(0, 0, service)), 1);
}

void TestServiceTreeModel::errorRowForTheServiceList()
{
    SimFixture fx;
    fx.noRetries();
    fx.simulator.addFault(FaultRule("GET", u"^/email/exchange$"_s, FaultKind::Http500));
    ServiceTreeModel model(fx.workspace->catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(fx.workspace->catalog()->loadState(), LoadState::Failed, Timeout);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(kindOf(model.index(0, 0)), NodeKind::Error);
    QVERIFY(!model.index(0, 0).data(roleId(Role::QueryId)).toString().isEmpty());
    fx.simulator.clearFaults();
    QVERIFY(model.retry(model.index(0, 0)));
    QTRY_COMPARE_WITH_TIMEOUT(kindOf(model.index(0, 0)), NodeKind::Organization, Timeout);
}

void TestServiceTreeModel::incrementalUpdateAfterEdit()
{
    SimFixture fx;
    ServiceTreeModel model(fx.workspace->catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceStore *store = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((store = fx.workspace->catalog()->store(fx.guide())), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(store->loadState(), LoadState::Loaded, Timeout);
    const QPersistentModelIndex connector = model.connectorIndex(fx.guide(), ConnectorId(29));
    QVERIFY(connector.isValid());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // Edit: the row changes in place.
    ConnectorChanges changes;
    changes.displayName = u"relay-renamed"_s;
    changes.port = 2525;
    bool accepted = false;
    fx.workspace->actions()->edit(fx.guide(), ConnectorId(29), changes, this,
                                  [&](const ApiError &error) { accepted = !error.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(accepted, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(connector.data().toString(), u"relay-renamed"_s, Timeout);
    QCOMPARE(connector.sibling(connector.row(), 1).data().toString(),
             u"smtp-relay.example.com:2525"_s);
    const bool rowSignalled = std::any_of(changed.begin(), changed.end(), [&](const auto &args) {
        return args.at(0).toModelIndex().row() <= connector.row() &&
               args.at(0).toModelIndex().parent() == connector.parent() &&
               args.at(1).toModelIndex().row() >= connector.row();
    });
    QVERIFY(rowSignalled);
    QCOMPARE(removed.count(), 0);

    // An account attached elsewhere moves under the connector.
    bool attached = false;
    fx.api->setAccountConnector(fx.guide(), u"contact@mydomain.ovh"_s, ConnectorId(29), this,
                                [&](const ApiResult<NoContent> &r) { attached = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(attached, Timeout);
    store->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(connector), 2, Timeout);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.rowCount(model.groupIndex(fx.guide(), NodeKind::PlatformGroup)), 0);
    QCOMPARE(
        connector.sibling(connector.row(), int(ServiceTreeModel::Column::Accounts)).data().toInt(),
        2);

    // Delete: accounts fall back to the platform's server, the row goes.
    bool deleting = false;
    fx.workspace->actions()->remove(fx.guide(), ConnectorId(29), this,
                                    [&](const ApiError &error) { deleting = !error.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleting, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!connector.isValid(), Timeout);
    QCOMPARE(model.rowCount(model.groupIndex(fx.guide(), NodeKind::ConnectorGroup)), 0);
    QCOMPARE(model.rowCount(model.groupIndex(fx.guide(), NodeKind::PlatformGroup)), 2);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
}

void TestServiceTreeModel::connectorsAppearAndDisappearIncrementally()
{
    SimFixture fx;
    ServiceTreeModel model(fx.workspace->catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceStore *store = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((store = fx.workspace->catalog()->store(fx.guide())), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(store->loadState(), LoadState::Loaded, Timeout);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Straight into the store, as a paged loader or a refresh would.
    SendConnector extra;
    extra.id = ConnectorId(77);
    extra.displayName = u"backup relay"_s;
    extra.smartHost = u"backup.example.net"_s;
    store->applyConnector(extra);
    const QModelIndex group = model.groupIndex(fx.guide(), NodeKind::ConnectorGroup);
    QCOMPARE(model.rowCount(group), 2);
    QCOMPARE(model.connectorIndex(fx.guide(), ConnectorId(77)).data().toString(),
             u"backup relay"_s);

    QList<Account> batch;
    for (int i = 0; i < 3; ++i) {
        Account a;
        a.primaryEmailAddress = u"batch%1@mydomain.ovh"_s.arg(i);
        a.sendConnectorId = ConnectorId(77);
        batch << a;
    }
    inserted.clear();
    store->addAccounts(batch);
    QCOMPARE(inserted.count(), 1); // one batch, one insertion
    QCOMPARE(model.rowCount(model.connectorIndex(fx.guide(), ConnectorId(77))), 3);

    store->dropConnector(ConnectorId(77));
    QCOMPARE(model.rowCount(group), 1);
    QCOMPARE(model.rowCount(model.groupIndex(fx.guide(), NodeKind::PlatformGroup)), 4);
    QCOMPARE(resets.count(), 0);
}

QTEST_MAIN(TestServiceTreeModel)
#include "tst_servicetreemodel.moc"
