#include "MainWindow.h"

#include "AccountsPane.h"
#include "ActivityIndicator.h"
#include "AttachController.h"
#include "ConnectorActions.h"
#include "ConnectorController.h"
#include "ConnectorDetailsPanel.h"
#include "DisplayText.h"
#include "ExchangeApi.h"
#include "HeaderViewerPane.h"
#include "Icons.h"
#include "LoadingProgressLabel.h"
#include "NetworkSettingsDialog.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "ServiceTreeView.h"
#include "TaskDock.h"
#include "TaskTracker.h"
#include "TreeStateKeeper.h"
#include "WindowActions.h"
#include "Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString serviceKeyOf(const ServiceStore *store)
{
    return ServiceTreeFormatter::nodeKey(NodeKind::Service, store->ref());
}
} // namespace

MainWindow::MainWindow(Workspace *workspace, const Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_actions(new WindowActions(this))
    , m_controller(new ConnectorController(workspace, this, this))
    , m_treeModel(new ServiceTreeModel(workspace->catalog(), this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(session.simulated ? tr("Send Connectors (Demo)") : tr("Send Connectors"));
    setWindowIcon(Icons::get(u"smarthost"_s));
    m_treeModel->setIconProvider(Icons::provider());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    if (session.simulated) {
        auto *banner = new QLabel(central);
        banner->setObjectName(u"demoBanner"_s);
        banner->setText(tr("<b>Demo mode</b> — the services, connectors and accounts below are "
                           "simulated on this computer. Nothing is sent to OVHcloud."));
        banner->setStyleSheet(u"QLabel { background: #fef3c7; color: #78350f; border: 1px solid "
                              "#fcd34d; border-radius: 4px; padding: 6px 10px; }"_s);
        layout->addWidget(banner);
    }
    m_notification = new NotificationBar(central);
    layout->addWidget(m_notification);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->setChildrenCollapsible(false);
    m_tree = new ServiceTreeView(m_treeModel, m_mainSplitter);
    m_keeper = new TreeStateKeeper(m_tree, this);
    m_mainSplitter->addWidget(m_tree);
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(u"rightSplitter"_s);
    m_rightSplitter->setChildrenCollapsible(false);
    m_details = new ConnectorDetailsPanel(m_rightSplitter);
    m_details->setActions(
        {m_actions->edit(), m_actions->changeAuthentication(), m_actions->remove()});
    m_accounts = new AccountsPane(m_rightSplitter);
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->addWidget(m_accounts);
    m_rightSplitter->setStretchFactor(1, 1);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({665, 615});
    m_rightSplitter->setSizes({260, 340}); // the details with their wrapped captions (fr, it…)
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_tasksDock = new TaskDock(workspace->tracker(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_tasksDock);
    buildHeaderDock();
    m_actions->viewMenu()->addAction(m_tasksDock->toggleViewAction());
    m_actions->viewMenu()->addAction(m_headerDock->toggleViewAction());
    buildStatusBar();
    connectActions();
    connectModels();
    m_attach = new AttachController(this);
    resize(1280, 800);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildHeaderDock()
{
    m_headerDock = new QDockWidget(tr("Header Viewer"), this);
    m_headerDock->setObjectName(u"headerDock"_s);
    m_headerDock->toggleViewAction()->setIcon(Icons::get(u"headers"_s));
    // Follows the tree: the service's connectors to choose from, the selected one chosen.
    m_headerPane = new HeaderViewerPane(m_headerDock);
    if (m_session.simulated)
        m_headerPane->loadDemoSample();
    // Scrolls rather than imposing its minimum size on the window when the dock is small.
    auto *scroll = new QScrollArea(m_headerDock);
    scroll->setObjectName(u"headerViewerScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_headerPane);
    m_headerDock->setWidget(scroll);
    addDockWidget(Qt::BottomDockWidgetArea, m_headerDock);
    tabifyDockWidget(m_tasksDock, m_headerDock);
    m_tasksDock->raise();
    resizeDocks({m_tasksDock}, {170}, Qt::Vertical);
}

void MainWindow::openMessage(const QString &path)
{
    m_headerDock->show();
    m_headerDock->raise();
    m_headerPane->loadFile(path); // a failure shows in the pane, with the reason
}

void MainWindow::buildStatusBar()
{
    m_activity = new ActivityIndicator(m_workspace, this);
    auto *endpoint = new QLabel(tr("Endpoint: %1").arg(m_session.endpoint), this);
    endpoint->setObjectName(u"endpointLabel"_s);
    auto *profile = new QLabel(tr("Profile: %1").arg(m_session.profile), this);
    profile->setObjectName(u"profileLabel"_s);
    statusBar()->addPermanentWidget(new LoadingProgressLabel(m_workspace->catalog(), this));
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(endpoint);
    statusBar()->addPermanentWidget(profile);
}

void MainWindow::connectActions()
{
    connect(m_actions->newConnector(), &QAction::triggered, this, [this] {
        if (ServiceStore *store = currentStore())
            m_controller->newConnector(store->ref());
    });
    connect(m_actions->edit(), &QAction::triggered, this, [this] {
        if (!currentConnector().isNull())
            m_controller->editConnector(currentStore()->ref(), currentConnector());
    });
    connect(m_actions->changeAuthentication(), &QAction::triggered, this, [this] {
        if (!currentConnector().isNull())
            m_controller->changeAuthentication(currentStore()->ref(), currentConnector());
    });
    connect(m_actions->remove(), &QAction::triggered, this, [this] {
        if (!currentConnector().isNull())
            m_controller->deleteConnector(currentStore()->ref(), currentConnector());
    });
    connect(m_actions->refresh(), &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->find(), &QAction::triggered, m_accounts, &AccountsPane::focusFilter);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::about);
    connect(m_actions->networkSettings(), &QAction::triggered, this,
            [this] { NetworkSettingsDialog(m_workspace->api()->client(), this).exec(); });
    connect(m_controller, &ConnectorController::errorOccurred, this,
            [this](const QString &text) { showNotification(text); });
    connect(m_controller, &ConnectorController::noticeOccurred, this, [this](const QString &text) {
        showNotification(text, NotificationBar::Level::Information);
    });
    connect(m_controller, &ConnectorController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::connectModels()
{
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_tree, &ServiceTreeView::editRequested, this, [this] {
        if (m_actions->edit()->isEnabled())
            m_actions->edit()->trigger();
    });
    m_tree->setConnectorActions(
        {m_actions->edit(), m_actions->changeAuthentication(), m_actions->remove()});
    m_tree->setServiceActions({m_actions->newConnector()});
    m_tree->setCommonActions({m_actions->refresh()});
    connect(m_treeModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_treeModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_workspace->actions(), &ConnectorActions::connectorCreated, this,
            &MainWindow::selectConnector);

    ServiceCatalog *catalog = m_workspace->catalog();
    connect(catalog, &ServiceCatalog::loadStateChanged, this, [this](LoadState state) {
        watchStores();
        if (state == LoadState::Loaded && m_defaultView)
            applyDefaultView();
    });
    connect(catalog, &ServiceCatalog::servicesInserted, this, &MainWindow::watchStores);
    connect(catalog, &ServiceCatalog::organizationsInserted, this, &MainWindow::watchStores);
    connect(catalog, &ServiceCatalog::refreshFailed, this, [this](const ApiError &error) {
        showNotification(tr("Could not read the list of services: %1").arg(error.toText()));
    });
    connect(catalog, &ServiceCatalog::serviceRemoved, this, [this](ServiceStore *store) {
        m_watchedStores.remove(store);
        if (m_shownStore == store) {
            m_shownStore = nullptr;
            m_accounts->setStore(nullptr);
            m_details->showPlaceholder();
        }
    });
    connect(m_workspace->tracker(), &TaskTracker::taskFinished, this, [this](const TrackedTask &t) {
        if (t.error.isError())
            showNotification(
                tr("Task %1 (%2 on %3): %4")
                    .arg(t.task.id.toString(), t.task.function, t.target, t.error.toText()));
        else if (t.task.status != TaskStatus::Done)
            showNotification(tr("OVHcloud's task %1 (%2 on %3) ended with status “%4”.")
                                 .arg(t.task.id.toString(), t.task.function, t.target,
                                      DisplayText::taskStatus(t.task.status)));
    });
}

void MainWindow::watchStores()
{
    for (ServiceStore *store : m_workspace->catalog()->allServices()) {
        if (m_watchedStores.contains(store))
            continue;
        m_watchedStores.insert(store);
        connect(store, &ServiceStore::refreshFailed, this, [this, store](const ApiError &error) {
            showNotification(
                tr("Could not read %1 again: %2").arg(store->ref().displayText(), error.toText()));
        });
        connect(store, &ServiceStore::loadStateChanged, this, &MainWindow::updateActions);
    }
}

void MainWindow::start()
{
    m_defaultView = true;
    if (m_persistent)
        restoreSettings();
    m_workspace->catalog()->load();
    if (m_defaultView && m_workspace->catalog()->loadState() == LoadState::Loaded)
        applyDefaultView();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray());
    m_rightSplitter->restoreState(settings.value(u"window/rightSplitter"_s).toByteArray());
    const QStringList expanded = settings.value(u"tree/expanded"_s).toStringList();
    m_lastServiceKey = settings.value(u"tree/lastService"_s).toString();
    m_defaultView = expanded.isEmpty() && m_lastServiceKey.isEmpty();
    m_keeper->setExpandedKeys(expanded);
    if (!m_lastServiceKey.isEmpty())
        m_keeper->selectWhenAvailable(m_lastServiceKey);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"window/rightSplitter"_s, m_rightSplitter->saveState());
    settings.setValue(u"tree/expanded"_s, m_keeper->expandedKeys());
    settings.setValue(u"tree/lastService"_s, m_lastServiceKey);
}

void MainWindow::applyDefaultView()
{
    m_defaultView = false;
    const QList<ServiceStore *> services = m_workspace->catalog()->allServices();
    if (services.isEmpty())
        return;
    // The first service that is meant to have connectors, else the first one.
    ServiceStore *first = services.first();
    for (ServiceStore *store : services)
        if (store->info().supportsConnectors()) {
            first = store;
            break;
        }
    const ServiceRef ref = first->ref();
    QStringList expanded = m_keeper->expandedKeys();
    for (NodeKind kind : {NodeKind::Organization, NodeKind::Service, NodeKind::ConnectorGroup,
                          NodeKind::PlatformGroup})
        expanded << ServiceTreeFormatter::nodeKey(kind, ref);
    m_keeper->setExpandedKeys(expanded);
    m_keeper->selectWhenAvailable(serviceKeyOf(first));
    const auto selectFirstConnector = [this, first] {
        if (first->connectorIds().isEmpty())
            return;
        const ConnectorId id = first->connectorIds().first();
        m_keeper->setExpandedKeys(m_keeper->expandedKeys() << ServiceTreeFormatter::nodeKey(
                                      NodeKind::Connector, first->ref(), {}, id));
        selectConnector(first->ref(), id);
    };
    if (first->loadState() == LoadState::Loaded)
        return selectFirstConnector();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(first, &ServiceStore::loadStateChanged, this,
                          [connection, selectFirstConnector](LoadState state) {
                              if (state != LoadState::Loaded)
                                  return;
                              QObject::disconnect(*connection);
                              selectFirstConnector();
                          });
    first->load();
}

ConnectorId MainWindow::currentConnector() const
{
    return m_details->connectorId();
}

void MainWindow::selectConnector(const ServiceRef &ref, ConnectorId id)
{
    m_keeper->selectWhenAvailable(ServiceTreeFormatter::nodeKey(NodeKind::Connector, ref, {}, id));
}

void MainWindow::showNotification(const QString &text, NotificationBar::Level level)
{
    m_notification->showMessage(text, level);
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    ServiceStore *store = m_treeModel->storeFor(current);
    if (store != m_shownStore) {
        if (m_shownStore)
            disconnect(m_shownStore, &ServiceStore::connectorChanged, this,
                       &MainWindow::updateActions);
        m_shownStore = store;
        m_accounts->setStore(store);
        if (store) {
            connect(store, &ServiceStore::connectorChanged, this, &MainWindow::updateActions);
            if (store->loadState() == LoadState::NotLoaded)
                store->load();
        }
    }
    if (store)
        m_lastServiceKey = serviceKeyOf(store);
    if (m_headerPane)
        m_headerPane->setStore(store);
    switch (m_treeModel->kind(current)) {
    case NodeKind::Connector:
        m_details->showConnector(store, m_treeModel->connectorAt(current));
        if (m_headerPane)
            m_headerPane->setCurrentConnector(m_treeModel->connectorAt(current));
        break;
    case NodeKind::Account: {
        const ConnectorId id(current.data(roleId(Role::ConnectorId)).toLongLong());
        if (store->hasConnector(id))
            m_details->showConnector(store, id);
        else
            m_details->showPlaceholder(store);
        m_accounts->selectAccount(current.data(roleId(Role::Email)).toString());
        break;
    }
    default:
        m_details->showPlaceholder(store);
        break;
    }
    updateActions();
}

void MainWindow::updateActions()
{
    ServiceStore *store = currentStore();
    const bool loaded = store && store->loadState() == LoadState::Loaded;
    m_actions->newConnector()->setEnabled(loaded);
    const SendConnector *c = loaded ? store->connector(currentConnector()) : nullptr;
    const bool idle = c && c->state == ConnectorState::Ok && c->taskPendingId.isNull();
    for (QAction *action :
         {m_actions->edit(), m_actions->changeAuthentication(), m_actions->remove()})
        action->setEnabled(idle);
}

void MainWindow::refresh()
{
    m_workspace->catalog()->refresh();
    for (ServiceStore *store : m_workspace->catalog()->allServices())
        if (store->loadState() == LoadState::Loaded || store->loadState() == LoadState::Failed)
            store->refresh();
}

void MainWindow::about()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Smarthost"),
                                tr("<h3>Smarthost %1</h3><p>Manage the SMTP send connectors of "
                                   "OVHcloud Private and Trusted Exchange.</p>")
                                    .arg(QStringLiteral(SMARTHOST_VERSION)),
                                QMessageBox::Close, this);
    box->setIconPixmap(Icons::get(u"smarthost"_s).pixmap(48, 48));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistent)
        saveSettings();
    event->accept();
}
