// The main window against the simulator: what survives a restart, the header pane slot, the
// status bar, notifications of failed tasks and retrying an error row from the view.
#include "SimFixture.h"

#include "AccountsPane.h"
#include "ActivityIndicator.h"
#include "ConnectorController.h"
#include "ConnectorDetailsPanel.h"
#include "HeaderViewerPane.h"
#include "HistoryDock.h"
#include "MainWindow.h"
#include "NotificationBar.h"
#include "ProbePanel.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "SimService.h"
#include "WindowActions.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 15'000;
const MainWindow::Session session{u"simulator at test"_s, u"test-profile"_s, true};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stateSurvivesRestart();
    void headerViewerFollowsTheTree();
    void statusBarShowsEndpointProfileAndProgress();
    void filterNarrowsTheAccounts();
    void failedTaskIsNotified();
    void errorRowRetriesFromTheView();
    void markupInNamesStaysText();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"smarthost"_s);
    QCoreApplication::setApplicationName(u"smarthost"_s);
}

void TestMainWindow::stateSurvivesRestart()
{
    SimFixture fx;
    const QString domainsKey = ServiceTreeFormatter::nodeKey(NodeKind::DomainGroup, fx.guide());
    const QString connectorsKey =
        ServiceTreeFormatter::nodeKey(NodeKind::ConnectorGroup, fx.guide());
    QList<int> sizes;
    {
        Workspace workspace(fx.api.get());
        MainWindow window(&workspace, session);
        window.show();
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.currentConnector(), ConnectorId(29), Timeout);
        ServiceTreeModel *model = window.treeModel();
        window.treeView()->expand(model->groupIndex(fx.guide(), NodeKind::DomainGroup));
        window.treeView()->collapse(model->groupIndex(fx.guide(), NodeKind::ConnectorGroup));
        window.treeView()->setCurrentIndex(model->serviceIndex(fx.guide()));
        window.resize(760, 560);
        QTest::qWait(50); // the new size is laid out
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        splitter->setSizes({300, 440});
        QTest::qWait(50);
        sizes = splitter->sizes();
        window.close();
    }
    QSettings settings;
    QVERIFY(settings.value(u"tree/expanded"_s).toStringList().contains(domainsKey));
    QVERIFY(!settings.value(u"tree/expanded"_s).toStringList().contains(connectorsKey));

    Workspace workspace(fx.api.get());
    MainWindow window(&workspace, session);
    window.show();
    window.start();
    ServiceTreeModel *model = window.treeModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->groupIndex(fx.guide(), NodeKind::DomainGroup).isValid(),
                             Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.treeView()->isExpanded(model->groupIndex(fx.guide(), NodeKind::DomainGroup)),
        Timeout);
    QVERIFY(
        !window.treeView()->isExpanded(model->groupIndex(fx.guide(), NodeKind::ConnectorGroup)));
    QVERIFY(window.treeView()->isExpanded(model->serviceIndex(fx.guide())));
    QCOMPARE(window.treeView()->currentIndex(), model->serviceIndex(fx.guide()));
    QVERIFY(window.currentStore());
    QCOMPARE(window.currentStore()->ref(), fx.guide());
    // Within what a platform's frame adjustments may change.
    QVERIFY2(qAbs(window.width() - 760) <= 40 && qAbs(window.height() - 560) <= 40,
             qPrintable(u"%1×%2"_s.arg(window.width()).arg(window.height())));
    const QList<int> restored = window.findChild<QSplitter *>(u"mainSplitter"_s)->sizes();
    QVERIFY2(qAbs(restored.value(0) - sizes.value(0)) <= 30,
             qPrintable(u"%1 vs %2"_s.arg(restored.value(0)).arg(sizes.value(0))));
    QVERIFY(qAbs(sizes.value(0) - 300) <= 30);
}

void TestMainWindow::headerViewerFollowsTheTree()
{
    SimFixture fx;
    MainWindow window(fx.workspace.get(), session);
    HeaderViewerPane *pane = window.headerViewer();
    QVERIFY(pane);
    auto *dock = window.findChild<QDockWidget *>(u"headerDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isAncestorOf(pane));
    QCOMPARE(dock->windowTitle(), u"Header Viewer"_s);
    // Demo mode: the sample message sent through the demo's testconnector is loaded.
    QVERIFY(pane->text().contains(u"Received: from out-7.smtp.example.com"_s));

    window.setPersistent(false); // the default view, whatever earlier tests saved
    window.show();
    window.start();
    // The default view selects the guide's connector: the viewer checks against its host.
    QTRY_COMPARE_WITH_TIMEOUT(window.currentConnector(), ConnectorId(29), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(pane->relayConnector().smartHost, u"smtp-relay.example.com"_s,
                              Timeout);
    // The details panel offers "Test connection" for the selected connector's smart host.
    QVERIFY(window.detailsPanel()->probePanel()->canStart());
    QVERIFY(window.detailsPanel()->probePanel()->testButton()->isVisible());
    pane->analyse();
    QCOMPARE(pane->report().verdict.routed, std::optional<bool>(true));
    QCOMPARE(pane->report().verdict.level, VerdictLevel::Ok);

    // Another service selected: its connectors are offered, the typed host is kept.
    window.treeView()->setCurrentIndex(window.treeModel()->serviceIndex(fx.guide()));
    QCOMPARE(pane->relayConnector().smartHost, u"smtp-relay.example.com"_s);
}

void TestMainWindow::statusBarShowsEndpointProfileAndProgress()
{
    SimFixture fx;
    MainWindow window(fx.workspace.get(), session);
    window.setPersistent(false);
    window.show();
    QVERIFY(
        window.findChild<QLabel *>(u"endpointLabel"_s)->text().contains(u"simulator at test"_s));
    QVERIFY(window.findChild<QLabel *>(u"profileLabel"_s)->text().contains(u"test-profile"_s));
    QVERIFY(window.findChild<QLabel *>(u"demoBanner"_s)->isVisible());
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentConnector(), ConnectorId(29), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.activity()->isBusy(), Timeout);
    window.controller()->setConfirmFunction(
        [](QWidget *, const QString &, const QString &, const QString &) { return true; });
    window.windowActions()->remove()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.activity()->text().contains(u"task"_s), Timeout);
    QVERIFY(window.activity()->isBusy());
    // For a look at the task list while it runs: SMARTHOST_SCREENSHOT_DIR=/tmp ./tst_mainwindow
    if (const QString dir = qEnvironmentVariable("SMARTHOST_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(dir + u"/task-running.png"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window.activity()->isBusy(), Timeout);
    QVERIFY(window.activity()->text().isEmpty());
}

void TestMainWindow::filterNarrowsTheAccounts()
{
    SimOptions options = SimFixture::fastOptions();
    options.extraAccounts = 30;
    SimFixture fx(options);
    MainWindow window(fx.workspace.get(), session);
    window.setPersistent(false);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(window.accountsPane()->proxy()->rowCount(), 32, Timeout);
    QTest::keyClicks(window.accountsPane()->filterEdit(), u"contact"_s);
    QCOMPARE(window.accountsPane()->proxy()->rowCount(), 1);
    const QString title = window.findChild<QLabel *>(u"accountsTitle"_s)->text();
    QVERIFY2(title.startsWith(u"1 of 32 account"_s), qPrintable(title));
}

void TestMainWindow::failedTaskIsNotified()
{
    SimFixture fx;
    fx.simulator.addFault(FaultRule("DELETE", u"/sendConnector/29$"_s, FaultKind::TaskError));
    MainWindow window(fx.workspace.get(), session);
    window.setPersistent(false);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentConnector(), ConnectorId(29), Timeout);
    window.controller()->setConfirmFunction(
        [](QWidget *, const QString &, const QString &, const QString &) { return true; });
    window.windowActions()->remove()->trigger();
    NotificationBar *bar = window.notificationBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), Timeout);
    QVERIFY2(bar->text().contains(u"deleteSendConnector"_s), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(u"testconnector"_s));
    QCOMPARE(bar->level(), NotificationBar::Level::Error);
    QTest::mouseClick(bar->findChild<QToolButton *>(u"notificationCopy"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), bar->text());
    // The connector is back to "ok" once the service is read again.
    QTRY_VERIFY_WITH_TIMEOUT(window.windowActions()->edit()->isEnabled(), Timeout);
}

void TestMainWindow::errorRowRetriesFromTheView()
{
    SimFixture fx;
    fx.noRetries();
    // Every way of reading accounts fails (list, pages, batches, single objects).
    fx.simulator.addFault(FaultRule("GET", u"/account"_s, FaultKind::Http503));
    MainWindow window(fx.workspace.get(), session);
    window.setPersistent(false);
    window.show();
    window.start();
    ServiceTreeModel *model = window.treeModel();
    ServiceStore *store = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((store = fx.workspace->catalog()->store(fx.guide())), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(store->loadState(), LoadState::Failed, Timeout);
    const QModelIndex service = model->serviceIndex(fx.guide());
    QCOMPARE(model->rowCount(service), 1);
    const QModelIndex error = model->index(0, 0, service);
    QCOMPARE(model->kind(error), NodeKind::Error);
    QTRY_VERIFY_WITH_TIMEOUT(window.treeView()->isExpanded(service), Timeout);
    fx.simulator.clearFaults();
    window.treeView()->setFocus();
    window.treeView()->setCurrentIndex(error);
    Q_EMIT window.treeView()->activated(error); // Enter or double-click
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(service), 3, Timeout);
    QCOMPARE(model->kind(model->index(0, 0, service)), NodeKind::ConnectorGroup);
}

namespace {
const QString MarkupConnector = u"<i>relay</i>"_s;
const QString MarkupAccount = u"<b>Boss</b><img src=x>"_s;

// A tooltip Qt would render as rich text must not carry a name's markup as markup.
QString markupIn(const QString &toolTip)
{
    for (const QString &name : {MarkupConnector, MarkupAccount})
        if (toolTip.contains(name))
            return toolTip;
    return {};
}

// Every cell's tooltip in a model (and its children).
QString markupInToolTips(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row)
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            if (QString found = markupIn(index.data(Qt::ToolTipRole).toString()); !found.isEmpty())
                return found;
            if (column == 0)
                if (QString found = markupInToolTips(model, index); !found.isEmpty())
                    return found;
        }
    return {};
}

// Labels showing a name show it as plain text, and no widget's tooltip renders markup.
QString markupRendered(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>())
        if ((label->text().contains(MarkupConnector) || label->text().contains(MarkupAccount)) &&
            label->textFormat() != Qt::PlainText)
            return label->objectName() + u": "_s + label->text();
    for (QWidget *widget : root->findChildren<QWidget *>())
        if (QString found = markupIn(widget->toolTip()); !found.isEmpty())
            return widget->objectName() + u" tooltip: "_s + found;
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        for (int item = 0; item < combo->count(); ++item)
            if (QString found = markupIn(combo->itemData(item, Qt::ToolTipRole).toString());
                !found.isEmpty())
                return combo->objectName() + u" item tooltip: "_s + found;
    return {};
}
} // namespace

// Names with markup (an account "<b>Boss</b><img src=x>", a connector "<i>relay</i>") show
// as the text they are everywhere: tree, accounts table, details, tooltips, notification
// bar and history.
void TestMainWindow::markupInNamesStaysText()
{
    SimFixture fx;
    SimService &service = *fx.simulator.world().service(fx.guide());
    service.connectors[29].connector.displayName = MarkupConnector;
    SimAccount &boss = service.accounts.begin()->second;
    boss.account.displayName = MarkupAccount;
    boss.account.sendConnectorId = ConnectorId(29);
    const QString email = boss.account.primaryEmailAddress;
    fx.simulator.addFault(FaultRule("DELETE", u"/sendConnector/29$"_s, FaultKind::Http500));
    MainWindow window(fx.workspace.get(), session);
    window.setPersistent(false);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentConnector(), ConnectorId(29), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.activity()->isBusy(), Timeout);

    ServiceTreeModel *model = window.treeModel();
    QCOMPARE(model->connectorIndex(fx.guide(), ConnectorId(29)).data().toString(), MarkupConnector);
    QVERIFY(model->accountIndex(fx.guide(), email).isValid());
    QString found = markupInToolTips(model);
    QVERIFY2(found.isEmpty(), qPrintable(found));

    QTableView *table = window.accountsPane()->table();
    bool shown = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        for (int column = 0; column < table->model()->columnCount(); ++column)
            shown = shown || table->model()->index(row, column).data() == MarkupAccount;
    QVERIFY(shown); // as typed, painted by the plain-text delegate
    found = markupInToolTips(table->model());
    QVERIFY2(found.isEmpty(), qPrintable(found));

    QVERIFY(window.detailsPanel()->findChildren<QLabel *>().size() > 0);
    bool inDetails = false;
    for (QLabel *label : window.detailsPanel()->findChildren<QLabel *>())
        inDetails = inDetails || label->text().contains(MarkupConnector);
    QVERIFY(inDetails);
    // The header viewer's connector chooser offers it too.
    bool offered = false;
    for (QComboBox *combo : window.headerViewer()->findChildren<QComboBox *>())
        for (int item = 0; item < combo->count(); ++item)
            offered = offered || combo->itemText(item).contains(MarkupConnector);
    QVERIFY(offered);

    // The refused delete names the connector in the notification bar, and in the history.
    window.controller()->setConfirmFunction(
        [](QWidget *, const QString &, const QString &, const QString &) { return true; });
    window.windowActions()->remove()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.notificationBar()->isVisible(), Timeout);
    QVERIFY(window.notificationBar()->text().contains(MarkupConnector));
    found = markupRendered(&window);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    auto *history = window.findChild<HistoryDock *>();
    QVERIFY(history);
    auto *historyTable = history->findChild<QTableView *>();
    QVERIFY(historyTable);
    QTRY_VERIFY_WITH_TIMEOUT(historyTable->model()->rowCount() > 0, Timeout);
    found = markupInToolTips(historyTable->model());
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
