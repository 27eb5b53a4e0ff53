#include "AttachController.h"

#include "AccountBinder.h"
#include "AccountTableModel.h"
#include "AccountsPane.h"
#include "AttachFailureDialog.h"
#include "AttachJob.h"
#include "AttachProgress.h"
#include "ConnectorActions.h"
#include "DisplayText.h"
#include "HistoryDock.h"
#include "HistoryStore.h"
#include "Icons.h"
#include "MainWindow.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "ServiceTreeView.h"
#include "TaskDock.h"
#include "WindowActions.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
constexpr int MessageMs = 10'000;
}

AttachController::AttachController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_binder(window->workspace()->binder())
    , m_history(m_binder->history())
    , m_historyDock(new HistoryDock(m_history, window))
    , m_progress(new AttachProgress(window))
{
    m_binder->setProfile(window->session().profile);
    window->treeModel()->setBinder(m_binder);
    window->statusBar()->addWidget(m_progress);

    window->addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    window->tabifyDockWidget(window->taskDock(), m_historyDock);
    window->taskDock()->raise();
    m_historyDock->toggleViewAction()->setIcon(Icons::get(u"tasks"_s));
    m_historyDock->toggleViewAction()->setObjectName(u"actionShowHistory"_s);
    window->windowActions()->viewMenu()->addAction(m_historyDock->toggleViewAction());

    ServiceTreeView *tree = window->treeView();
    tree->setMenuExtender(
        [this](QMenu *menu, const QModelIndex &index) { extendTreeMenu(menu, index); });
    connect(tree, &ServiceTreeView::dropHint, this, [this](const QString &refusal) {
        if (refusal.isEmpty())
            m_window->statusBar()->clearMessage();
        else
            say(refusal);
    });
    QTableView *table = window->accountsPane()->table();
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setDragEnabled(true);
    table->setDragDropMode(QAbstractItemView::DragOnly);
    table->setDefaultDropAction(Qt::MoveAction);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &AttachController::showTableMenu);
    connect(qApp, &QApplication::focusChanged, this, [this, tree, table](QWidget *, QWidget *now) {
        if (now == tree || now == table)
            m_lastSource = now;
        updateActions();
    });

    buildActions();
    connect(window->workspace()->actions(), &ConnectorActions::changeAnswered, m_binder,
            [this](const ServiceRef &ref, HistoryEntry::Action action, const QString &target,
                   const ApiError &error, const QString &queryId) {
                m_binder->record(ref, action, {target}, error, queryId);
            });
    connect(m_binder, &AccountBinder::jobStarted, this, &AttachController::onJobStarted);
    // A window rebuilt (another language) while a batch runs shows its progress too.
    const auto jobs = m_binder->findChildren<AttachJob *>(Qt::FindDirectChildrenOnly);
    for (AttachJob *job : jobs)
        if (job->isRunning())
            onJobStarted(job);
    connect(m_binder, &AccountBinder::domainDefaultChanged, this,
            [this](const ServiceRef &ref, const QString &domain, ConnectorId id,
                   const ApiError &error) {
                if (error.isError()) {
                    warn(tr("Could not change the default connector of %1: %2")
                             .arg(domain, error.toText()));
                    return;
                }
                const ServiceStore *store = m_binder->store(ref);
                const QString name = store ? store->connectorName(id) : id.toString();
                //: %1 is a domain, %2 a connector or the platform's server.
                say(tr("New accounts of %1 will send through %2. Existing accounts are not "
                       "changed.")
                        .arg(domain, name));
            });
}

AttachController::~AttachController() = default;

AttachFailureDialog *AttachController::failureDialog() const
{
    return m_failureDialog;
}

void AttachController::buildActions()
{
    QUndoStack *stack = m_binder->undoStack();
    m_undo = stack->createUndoAction(m_window, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(u"actionUndo"_s);
    m_redo = stack->createRedoAction(m_window, tr("&Redo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setObjectName(u"actionRedo"_s);

    m_cut = new QAction(tr("Cu&t Accounts"), m_window);
    m_cut->setShortcut(QKeySequence::Cut);
    m_cut->setToolTip(tr("Pick the selected accounts, to paste them onto a connector"));
    m_cut->setObjectName(u"actionCutAccounts"_s);
    connect(m_cut, &QAction::triggered, this, &AttachController::cut);
    m_paste = new QAction(tr("&Paste Accounts"), m_window);
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setToolTip(tr("Attach the cut accounts to the selected connector, or detach them "
                           "onto “Platform outgoing server”"));
    m_paste->setObjectName(u"actionPasteAccounts"_s);
    connect(m_paste, &QAction::triggered, this, &AttachController::paste);
    m_detach = new QAction(Icons::get(u"platform"_s), tr("&Detach"), m_window);
    m_detach->setToolTip(tr("Send the selected accounts through the platform's outgoing "
                            "server again"));
    m_detach->setObjectName(u"actionDetachAccounts"_s);
    connect(m_detach, &QAction::triggered, this, &AttachController::detach);
    m_attachMenu = new QMenu(tr("&Attach to Connector"), m_window);
    m_attachMenu->setObjectName(u"attachMenu"_s);
    m_attachMenu->setIcon(Icons::get(u"connector"_s));
    connect(m_attachMenu, &QMenu::aboutToShow, this, &AttachController::fillEditAttachMenu);

    for (QAction *action : {m_undo, m_redo, m_cut, m_paste, m_detach}) {
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action);
    }
    QMenu *edit = m_window->windowActions()->editMenu();
    QAction *first = edit->actions().value(0);
    edit->insertActions(first, {m_undo, m_redo});
    edit->insertSeparator(first);
    edit->insertActions(first, {m_cut, m_paste});
    edit->insertMenu(first, m_attachMenu);
    edit->insertAction(first, m_detach);
    edit->insertSeparator(first);
    updateActions();
}

QWidget *AttachController::source() const
{
    QWidget *focus = QApplication::focusWidget();
    QWidget *tree = m_window->treeView();
    QWidget *table = m_window->accountsPane()->table();
    if (focus == tree || focus == table)
        return focus;
    return m_lastSource ? m_lastSource.data() : tree;
}

AccountMoveMimeData::Accounts AttachController::selectedAccounts(QWidget *from) const
{
    AccountMoveMimeData::Accounts accounts;
    if (from == m_window->accountsPane()->table()) {
        AccountsPane *pane = m_window->accountsPane();
        const ServiceStore *store = pane->model()->store();
        if (!store)
            return accounts;
        accounts.ref = store->ref();
        for (const QModelIndex &row : pane->table()->selectionModel()->selectedRows())
            accounts.emails << pane->model()->emailAt(pane->proxy()->mapToSource(row).row());
        return accounts;
    }
    ServiceTreeView *tree = m_window->treeView();
    for (const QModelIndex &row : tree->selectionModel()->selectedRows()) {
        if (tree->serviceModel()->kind(row) != NodeKind::Account)
            continue;
        const auto ref = row.data(roleId(Role::ServiceRef)).value<ServiceRef>();
        if (accounts.ref.isValid() && ref != accounts.ref)
            continue; // one service at a time
        accounts.ref = ref;
        accounts.emails << row.data(roleId(Role::Email)).toString();
    }
    return accounts;
}

void AttachController::cut()
{
    const AccountMoveMimeData::Accounts accounts = selectedAccounts(source());
    if (accounts.emails.isEmpty()) {
        say(tr("Select accounts first, in the tree or in the accounts table."));
        return;
    }
    m_cutAccounts = accounts;
    updateActions();
    say(tr("%n account(s) cut: select a connector (or “Platform outgoing server”) and paste.",
           nullptr, int(accounts.emails.size())));
}

void AttachController::paste()
{
    if (!m_cutAccounts)
        return;
    ServiceTreeView *tree = m_window->treeView();
    ServiceTreeModel *model = tree->serviceModel();
    QModelIndex target = tree->currentIndex().siblingAtColumn(0);
    if (model->kind(target) == NodeKind::Account)
        target = target.parent();
    const NodeKind kind = target.isValid() ? model->kind(target) : NodeKind::Root;
    if (kind != NodeKind::Connector && kind != NodeKind::PlatformGroup) {
        say(tr("Select a send connector, or “Platform outgoing server”, to paste onto."));
        return;
    }
    const ServiceStore *store = model->storeFor(target);
    if (store->ref() != m_cutAccounts->ref) {
        say(tr("These accounts belong to %1: they can only use that service's connectors.")
                .arg(m_cutAccounts->ref.displayText()));
        return;
    }
    const auto accounts = *m_cutAccounts;
    m_cutAccounts.reset();
    updateActions();
    attachTo(accounts, model->connectorAt(target));
}

void AttachController::detach()
{
    attachTo(selectedAccounts(source()), ConnectorId());
}

void AttachController::attachTo(const AccountMoveMimeData::Accounts &accounts, ConnectorId target)
{
    if (accounts.emails.isEmpty()) {
        say(tr("Select accounts first, in the tree or in the accounts table."));
        return;
    }
    const QString refusal = m_binder->attachRefusal(accounts.ref, accounts.emails, target);
    if (!refusal.isEmpty()) {
        say(refusal);
        return;
    }
    if (!m_binder->attach(accounts.ref, accounts.emails, target))
        say(target.isNull() ? tr("These accounts already use the platform's outgoing server.")
                            : tr("These accounts already use this connector."));
}

void AttachController::setDomainDefault(ServiceStore *store, const QString &domain, ConnectorId id)
{
    const QString refusal = m_binder->defaultRefusal(store->ref(), domain, id);
    if (!refusal.isEmpty())
        say(refusal);
    else
        m_binder->setDomainDefault(store->ref(), domain, id);
}

void AttachController::addAccountEntries(QMenu *menu, const AccountMoveMimeData::Accounts &accounts)
{
    const ServiceStore *store = m_binder->store(accounts.ref);
    if (!store || accounts.emails.isEmpty())
        return;
    QMenu *attach = menu->addMenu(Icons::get(u"connector"_s), tr("&Attach to Connector"));
    attach->setObjectName(u"attachToConnectorMenu"_s);
    for (ConnectorId id : store->connectorIds()) {
        const SendConnector *connector = store->connector(id);
        QAction *action = attach->addAction(Icons::get(u"connector"_s), connector->displayName,
                                            this, [this, accounts, id] { attachTo(accounts, id); });
        const QString refusal = m_binder->attachRefusal(accounts.ref, accounts.emails, id);
        action->setEnabled(refusal.isEmpty());
        action->setToolTip(refusal);
    }
    if (store->connectorIds().isEmpty())
        attach->addAction(tr("No send connector yet"))->setEnabled(false);
    attach->setToolTipsVisible(true);
    QAction *detachAction = menu->addAction(Icons::get(u"platform"_s), tr("&Detach"), this,
                                            [this, accounts] { attachTo(accounts, {}); });
    detachAction->setObjectName(u"menuDetach"_s);
    menu->addAction(m_cut);
}

void AttachController::addDomainEntries(QMenu *menu, ServiceStore *store, const QString &domain)
{
    const Domain *d = store->domain(domain);
    if (!d)
        return;
    QMenu *choose =
        menu->addMenu(Icons::get(u"connector"_s), tr("Default &Connector for New Accounts"));
    choose->setObjectName(u"domainDefaultMenu"_s);
    choose->setToolTipsVisible(true);
    QAction *note = choose->addAction(tr("Existing accounts are not changed."));
    note->setEnabled(false);
    choose->addSeparator();
    const auto addChoice = [this, choose, store, domain, d](const QString &icon,
                                                            const QString &text, ConnectorId id) {
        QAction *action =
            choose->addAction(Icons::get(icon), text, this,
                              [this, store, domain, id] { setDomainDefault(store, domain, id); });
        action->setCheckable(true);
        action->setChecked(d->sendConnectorIdDefault == id);
        const QString refusal = m_binder->defaultRefusal(store->ref(), domain, id);
        action->setEnabled(refusal.isEmpty());
        action->setToolTip(refusal);
    };
    for (ConnectorId id : store->connectorIds())
        addChoice(u"connector"_s, store->connector(id)->displayName, id);
    addChoice(u"platform"_s, DisplayText::platformServer(), ConnectorId());
}

void AttachController::extendTreeMenu(QMenu *menu, const QModelIndex &index)
{
    ServiceTreeModel *model = m_window->treeModel();
    switch (model->kind(index)) {
    case NodeKind::Account:
        menu->addSeparator();
        addAccountEntries(menu, selectedAccounts(m_window->treeView()));
        break;
    case NodeKind::Connector:
    case NodeKind::PlatformGroup:
        if (m_cutAccounts) {
            menu->addSeparator();
            menu->addAction(m_paste);
        }
        break;
    case NodeKind::Domain:
        menu->addSeparator();
        addDomainEntries(menu, model->storeFor(index),
                         index.data(roleId(Role::DomainName)).toString());
        break;
    default:
        break;
    }
}

void AttachController::showTableMenu(const QPoint &position)
{
    QTableView *table = m_window->accountsPane()->table();
    if (!table->indexAt(position).isValid())
        return;
    auto *menu = new QMenu(table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addAccountEntries(menu, selectedAccounts(table));
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(table->viewport()->mapToGlobal(position));
}

void AttachController::fillEditAttachMenu()
{
    m_attachMenu->clear();
    const AccountMoveMimeData::Accounts accounts = selectedAccounts(source());
    QMenu scratch;
    addAccountEntries(&scratch, accounts);
    QMenu *attach = scratch.findChild<QMenu *>(u"attachToConnectorMenu"_s);
    if (!attach) {
        m_attachMenu->addAction(tr("Select accounts first"))->setEnabled(false);
        return;
    }
    for (QAction *action : attach->actions()) {
        action->setParent(m_attachMenu);
        m_attachMenu->addAction(action);
    }
}

void AttachController::onJobStarted(AttachJob *job)
{
    m_progress->track(job);
    connect(job, &AttachJob::finished, this, [this, job] {
        const QString summary = job->summary();
        const QList<AccountMoveResult> failures = job->failures();
        if (failures.isEmpty()) {
            say(summary);
            return;
        }
        warn(summary);
        if (m_failureDialog)
            m_failureDialog->close();
        m_failureDialog = new AttachFailureDialog(summary, failures, m_window);
        m_failureDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_failureDialog->show();
    });
}

void AttachController::updateActions()
{
    m_paste->setEnabled(m_cutAccounts.has_value());
}

void AttachController::say(const QString &text)
{
    m_window->statusBar()->showMessage(text, MessageMs);
}

void AttachController::warn(const QString &text)
{
    m_window->showNotification(text, NotificationBar::Level::Warning);
}
