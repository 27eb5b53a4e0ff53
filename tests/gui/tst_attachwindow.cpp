// Attaching accounts in the main window, against the simulator: drag and drop through the
// tree view's own drop handling (from the tree and from the accounts table), refusal hints,
// keyboard cut/paste with undo/redo, partial failure listed per account, the domain default
// from the context menu, and the History dock across a restart.
#include "../models/SimFixture.h"

#include "AccountBinder.h"
#include "AccountMoveMimeData.h"
#include "AccountTableModel.h"
#include "AccountsPane.h"
#include "AttachController.h"
#include "AttachFailureDialog.h"
#include "AttachProgress.h"
#include "HistoryDock.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "NotificationBar.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "WindowActions.h"

#include <QAction>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20'000;
const MainWindow::Session session{u"simulator at test"_s, u"test-profile"_s, true};
const ConnectorId Guide(SimWorld::GuideConnectorId);
const ConnectorId Second(41);
const ConnectorId Creating(42);

SimOptions options()
{
    SimOptions o = SimFixture::fastOptions();
    o.extraAccounts = 8;
    return o;
}

ConnectorId simConnectorOf(SimFixture &fx, const QString &email)
{
    return fx.simulator.world().account(fx.guide(), email)->sendConnectorId;
}

// A window on the simulator, loaded, with the guide service's connector and platform groups
// expanded (the default view).
struct Window
{
    Window()
        : fx(options())
    {
        fx.addGuideConnector(Second, u"second-relay"_s, ConnectorState::Ok);
        fx.addGuideConnector(Creating, u"new-relay"_s, ConnectorState::Creating);
        window = std::make_unique<MainWindow>(fx.workspace.get(), session);
        window->setPersistent(false);
        window->show();
        window->start();
    }

    bool ready()
    {
        return QTest::qWaitFor([this] { return window->currentConnector() == Guide; }, Timeout) &&
               QTest::qWaitForWindowActive(window.get());
    }

    ServiceStore *store() const { return fx.workspace->catalog()->store(fx.guide()); }
    ServiceTreeModel *model() const { return window->treeModel(); }
    ServiceTreeView *tree() const { return window->treeView(); }
    AttachController *attach() const { return window->attachController(); }

    QStringList platformAccounts(int count) const
    {
        QStringList emails = store()->accountsUsing(ConnectorId());
        emails.sort();
        return emails.mid(0, count);
    }

    void selectInTree(const QStringList &emails)
    {
        tree()->setFocus();
        tree()->selectionModel()->clearSelection();
        for (const QString &email : emails) {
            const QModelIndex index = model()->accountIndex(fx.guide(), email);
            tree()->scrollTo(index);
            tree()->selectionModel()->select(index, QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
        }
    }

    QPoint centerOf(const QModelIndex &index)
    {
        tree()->scrollTo(index);
        return tree()->visualRect(index).center();
    }

    // What QDrag would deliver: enter, move, then drop (when the move was accepted).
    bool dragAndDrop(const QMimeData *data, const QModelIndex &target)
    {
        const QPoint position = centerOf(target);
        QWidget *viewport = tree()->viewport();
        const Qt::DropActions actions = Qt::MoveAction | Qt::LinkAction;
        QDragEnterEvent enter(position, actions, data, Qt::LeftButton, Qt::NoModifier);
        enter.setDropAction(Qt::MoveAction);
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(position, actions, data, Qt::LeftButton, Qt::NoModifier);
        move.setDropAction(Qt::MoveAction);
        QCoreApplication::sendEvent(viewport, &move);
        if (!move.isAccepted()) {
            QDragLeaveEvent leave;
            QCoreApplication::sendEvent(viewport, &leave);
            return false;
        }
        QDropEvent drop(position, actions, data, Qt::LeftButton, Qt::NoModifier);
        drop.setDropAction(Qt::MoveAction);
        QCoreApplication::sendEvent(viewport, &drop);
        return drop.isAccepted();
    }

    SimFixture fx;
    std::unique_ptr<MainWindow> window;
};
} // namespace

class TestAttachWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dragFromTreeAttachesAndDetaches();
    void dragFromAccountsTable();
    void refusedDropSaysWhy();
    void keyboardCutPasteUndoRedo();
    void partialFailureListsEachAccount();
    void domainDefaultFromContextMenu();
    void historyDockSurvivesRestart();

private:
    QTemporaryDir m_settingsDir;
};

void TestAttachWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"smarthost"_s);
    QCoreApplication::setApplicationName(u"smarthost"_s);
}

void TestAttachWindow::dragFromTreeAttachesAndDetaches()
{
    Window w;
    QVERIFY(w.ready());
    const QStringList emails = w.platformAccounts(3);
    QCOMPARE(emails.size(), 3);
    w.selectInTree(emails);
    // What the view puts in the drag: the selected rows' identities.
    std::unique_ptr<QMimeData> data(
        w.model()->mimeData(w.tree()->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    QCOMPARE(AccountMoveMimeData::accounts(data.get())->emails.size(), 3);

    QVERIFY(w.dragAndDrop(data.get(), w.model()->connectorIndex(w.fx.guide(), Second)));
    // Pending until the answers arrive, then under the connector.
    QVERIFY(w.store()->isPending(emails.first()));
    for (const QString &email : emails)
        QTRY_COMPARE_WITH_TIMEOUT(simConnectorOf(w.fx, email), Second, Timeout);
    for (const QString &email : emails) {
        QTRY_VERIFY_WITH_TIMEOUT(!w.store()->isPending(email), Timeout);
        QCOMPARE(w.model()->accountIndex(w.fx.guide(), email).parent(),
                 w.model()->connectorIndex(w.fx.guide(), Second));
    }
    QTRY_COMPARE_WITH_TIMEOUT(w.window->statusBar()->currentMessage(), u"3 attached"_s, Timeout);

    // Detach: drop them onto "Platform outgoing server".
    QVERIFY(
        w.dragAndDrop(data.get(), w.model()->groupIndex(w.fx.guide(), NodeKind::PlatformGroup)));
    for (const QString &email : emails)
        QTRY_COMPARE_WITH_TIMEOUT(simConnectorOf(w.fx, email), ConnectorId(), Timeout);
    QCOMPARE(w.attach()->binder()->undoStack()->count(), 2);
}

void TestAttachWindow::dragFromAccountsTable()
{
    Window w;
    QVERIFY(w.ready());
    const QStringList emails = w.platformAccounts(2);
    AccountsPane *pane = w.window->accountsPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() > 0, Timeout);
    QModelIndexList rows;
    for (const QString &email : emails) {
        const QModelIndex row =
            pane->proxy()->mapFromSource(pane->model()->index(pane->model()->rowOf(email), 0));
        pane->table()->selectionModel()->select(row, QItemSelectionModel::Select |
                                                         QItemSelectionModel::Rows);
        rows << row;
    }
    QVERIFY(pane->table()->dragEnabled());
    std::unique_ptr<QMimeData> data(pane->proxy()->mimeData(rows));
    QVERIFY(data);
    QCOMPARE(AccountMoveMimeData::accounts(data.get())->emails, emails);
    QVERIFY(w.dragAndDrop(data.get(), w.model()->connectorIndex(w.fx.guide(), Guide)));
    for (const QString &email : emails)
        QTRY_COMPARE_WITH_TIMEOUT(simConnectorOf(w.fx, email), Guide, Timeout);
}

void TestAttachWindow::refusedDropSaysWhy()
{
    Window w;
    QVERIFY(w.ready());
    const QStringList emails = w.platformAccounts(1);
    std::unique_ptr<QMimeData> data(
        AccountMoveMimeData::encode(AccountMoveMimeData::Accounts{1, w.fx.guide(), emails}));
    QVERIFY(!w.dragAndDrop(data.get(), w.model()->connectorIndex(w.fx.guide(), Creating)));
    QVERIFY2(w.window->statusBar()->currentMessage().contains(u"new-relay"_s),
             qPrintable(w.window->statusBar()->currentMessage()));
    // Account onto account.
    QVERIFY(!w.dragAndDrop(data.get(),
                           w.model()->accountIndex(w.fx.guide(), u"newsletter@mydomain.ovh"_s)));
    QVERIFY(w.window->statusBar()->currentMessage().contains(u"Platform outgoing server"_s));
    QTest::qWait(100);
    QCOMPARE(simConnectorOf(w.fx, emails.first()), ConnectorId());
    QCOMPARE(w.attach()->binder()->undoStack()->count(), 0);
}

void TestAttachWindow::keyboardCutPasteUndoRedo()
{
    Window w;
    QVERIFY(w.ready());
    const QStringList emails = w.platformAccounts(2);
    w.selectInTree(emails);
    QTest::keyClick(w.tree(), Qt::Key_X, Qt::ControlModifier);
    QVERIFY(w.attach()->hasCut());
    QVERIFY(w.attach()->pasteAction()->isEnabled());
    // Paste onto the current connector.
    w.tree()->setCurrentIndex(w.model()->connectorIndex(w.fx.guide(), Second));
    QTest::keyClick(w.tree(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(!w.attach()->hasCut());
    for (const QString &email : emails)
        QTRY_COMPARE_WITH_TIMEOUT(simConnectorOf(w.fx, email), Second, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!w.attach()->progress()->isVisible(), Timeout);

    QVERIFY(w.attach()->undoAction()->isEnabled());
    QVERIFY(w.attach()->undoAction()->text().contains(u"second-relay"_s));
    QTest::keyClick(w.tree(), Qt::Key_Z, Qt::ControlModifier);
    for (const QString &email : emails)
        QTRY_COMPARE_WITH_TIMEOUT(simConnectorOf(w.fx, email), ConnectorId(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!w.store()->isPending(emails.last()), Timeout);
    QTest::keyClick(w.tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    for (const QString &email : emails)
        QTRY_COMPARE_WITH_TIMEOUT(simConnectorOf(w.fx, email), Second, Timeout);

    // Detach from the context menu's entries, on the accounts now under the connector.
    w.selectInTree(emails);
    QMenu menu;
    w.attach()->addAccountEntries(&menu, w.attach()->selectedAccounts(w.tree()));
    QAction *detach = menu.findChild<QAction *>(u"menuDetach"_s);
    QVERIFY(detach);
    detach->trigger();
    for (const QString &email : emails)
        QTRY_COMPARE_WITH_TIMEOUT(simConnectorOf(w.fx, email), ConnectorId(), Timeout);
}

void TestAttachWindow::partialFailureListsEachAccount()
{
    Window w;
    QVERIFY(w.ready());
    const QStringList emails = w.platformAccounts(4);
    w.fx.simulator.addFault(
        FaultRule("PUT", u"/account/"_s + QRegularExpression::escape(emails.at(2)) + u'$',
                  FaultKind::Http500));
    QMenu menu;
    w.attach()->addAccountEntries(&menu, {1, w.fx.guide(), emails});
    auto *attachMenu = menu.findChild<QMenu *>(u"attachToConnectorMenu"_s);
    QVERIFY(attachMenu);
    QAction *toGuide = nullptr;
    QAction *toCreating = nullptr;
    for (QAction *action : attachMenu->actions()) {
        if (action->text() == u"testconnector"_s)
            toGuide = action;
        if (action->text() == u"new-relay"_s)
            toCreating = action;
    }
    QVERIFY(toGuide && toCreating);
    QVERIFY(!toCreating->isEnabled()); // being created: refused, with the reason as tooltip
    QVERIFY(toCreating->toolTip().contains(u"new-relay"_s));
    toGuide->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.attach()->failureDialog(), Timeout);
    AttachFailureDialog *dialog = w.attach()->failureDialog();
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 0)->text(), emails.at(2));
    QVERIFY(!dialog->table()->item(0, 2)->text().isEmpty()); // the query id
    QVERIFY(dialog->failuresText().contains(dialog->table()->item(0, 2)->text()));
    QVERIFY(w.window->notificationBar()->isVisible());
    for (const QString &email : emails) {
        const bool failing = email == emails.at(2);
        QCOMPARE(simConnectorOf(w.fx, email), failing ? ConnectorId() : Guide);
        QCOMPARE(w.store()->account(email)->sendConnectorId, simConnectorOf(w.fx, email));
    }
    QCOMPARE(w.model()->accountIndex(w.fx.guide(), emails.at(2)).parent(),
             w.model()->groupIndex(w.fx.guide(), NodeKind::PlatformGroup));
}

void TestAttachWindow::domainDefaultFromContextMenu()
{
    Window w;
    QVERIFY(w.ready());
    const QString domain = u"mydomain.ovh"_s;
    QMenu menu;
    w.attach()->addDomainEntries(&menu, w.store(), domain);
    auto *choose = menu.findChild<QMenu *>(u"domainDefaultMenu"_s);
    QVERIFY(choose);
    QStringList texts;
    QAction *second = nullptr;
    for (QAction *action : choose->actions()) {
        texts << action->text();
        if (action->text() == u"second-relay"_s)
            second = action;
    }
    QVERIFY2(texts.contains(u"Existing accounts are not changed."_s), qPrintable(texts.join(u'|')));
    QVERIFY(second);
    second->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        w.fx.simulator.world().domain(w.fx.guide(), domain)->sendConnectorIdDefault, Second,
        Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        w.window->statusBar()->currentMessage().contains(u"Existing accounts are not changed"_s),
        Timeout);
    // Reset from the same menu, then undo the reset with Ctrl+Z.
    QMenu again;
    w.attach()->addDomainEntries(&again, w.store(), domain);
    QAction *platform = again.findChild<QMenu *>(u"domainDefaultMenu"_s)->actions().constLast();
    QVERIFY(platform->isChecked() == false);
    platform->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        w.fx.simulator.world().domain(w.fx.guide(), domain)->sendConnectorIdDefault, ConnectorId(),
        Timeout);
    w.tree()->setFocus();
    QTest::keyClick(w.tree(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(
        w.fx.simulator.world().domain(w.fx.guide(), domain)->sendConnectorIdDefault, Second,
        Timeout);
}

void TestAttachWindow::historyDockSurvivesRestart()
{
    int rows = 0;
    QString lastQueryId;
    {
        Window w;
        QVERIFY(w.ready());
        HistoryDock *dock = w.attach()->historyDock();
        QVERIFY(
            w.window->windowActions()->viewMenu()->actions().contains(dock->toggleViewAction()));
        const int before = dock->table()->model()->rowCount();
        const QStringList emails = w.platformAccounts(2);
        w.attach()->attachTo({1, w.fx.guide(), emails}, Guide);
        QTRY_COMPARE_WITH_TIMEOUT(dock->table()->model()->rowCount(), before + 2, Timeout);
        rows = dock->table()->model()->rowCount();
        lastQueryId = w.attach()->history()->entries().constLast().queryId;
        QVERIFY(!lastQueryId.isEmpty());
        const QModelIndex last = dock->table()->model()->index(rows - 1, 0);
        QCOMPARE(last.siblingAtColumn(1).data().toString(), u"test-profile"_s);
        QCOMPARE(last.siblingAtColumn(3).data().toString(), u"Attach"_s);
        QCOMPARE(last.siblingAtColumn(6).data().toString(), lastQueryId);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"history.csv"_s);
        QVERIFY(dock->exportTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(lastQueryId.toUtf8()));
    }
    Window w;
    QCOMPARE(w.attach()->historyDock()->table()->model()->rowCount(), rows);
    QCOMPARE(w.attach()->history()->entries().constLast().queryId, lastQueryId);
    QVERIFY(w.attach()->history()->filePath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_MAIN(TestAttachWindow)
#include "tst_attachwindow.moc"
