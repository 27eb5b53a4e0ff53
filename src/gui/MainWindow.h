#pragma once

#include "NotificationBar.h"
#include "ServiceRef.h"
#include "ServiceTreeView.h"
#include "StrongId.h"

#include <QMainWindow>
#include <QSet>

class AccountsPane;
class AttachController;
class ActivityIndicator;
class ConnectorController;
class ConnectorDetailsPanel;
class HeaderViewerPane;
class QDockWidget;
class QSplitter;
class ServiceStore;
class ServiceTreeModel;
class TaskDock;
class TreeStateKeeper;
class WindowActions;
class Workspace;

// Smarthost's main window: the service tree on the left; the selected connector's details and
// the service's accounts on the right; docks for the task list and the header viewer; menus,
// toolbar and a status bar with the endpoint, profile and progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Session
    {
        QString endpoint; // as shown in the status bar
        QString profile;
        bool simulated = false; // demo mode: a banner says the data is simulated
    };

    MainWindow(Workspace *workspace, const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The header viewer dock's pane: follows the service and connector selected in the tree.
    HeaderViewerPane *headerViewer() const { return m_headerPane; }
    // Reads a received message or header file into the header viewer and brings it forward.
    void openMessage(const QString &path);

    // Whether geometry, splitters, expanded rows and the last service are read and saved
    // (QSettings); off for screenshots, which always show the default view.
    void setPersistent(bool persistent) { m_persistent = persistent; }
    bool isPersistent() const { return m_persistent; }
    // Saves them now (also done on close), e.g. before the window is rebuilt.
    void saveSettings() const;
    // Restores the saved state (or shows the default view) and starts loading.
    void start();

    // The service and connector the actions work on.
    ServiceStore *currentStore() const { return m_shownStore; }
    ConnectorId currentConnector() const;
    void selectConnector(const ServiceRef &ref, ConnectorId id);
    void showNotification(const QString &text,
                          NotificationBar::Level level = NotificationBar::Level::Error);

    Workspace *workspace() const { return m_workspace; }
    const Session &session() const { return m_session; }
    // Drag-to-attach, undo/redo, domain default connector and the History dock.
    AttachController *attachController() const { return m_attach; }
    ConnectorController *controller() const { return m_controller; }
    WindowActions *windowActions() const { return m_actions; }
    ServiceTreeModel *treeModel() const { return m_treeModel; }
    ServiceTreeView *treeView() const { return m_tree; }
    AccountsPane *accountsPane() const { return m_accounts; }
    ConnectorDetailsPanel *detailsPanel() const { return m_details; }
    NotificationBar *notificationBar() const { return m_notification; }
    TaskDock *taskDock() const { return m_tasksDock; }
    ActivityIndicator *activity() const { return m_activity; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildHeaderDock();
    void buildStatusBar();
    void connectActions();
    void connectModels();
    void restoreSettings();
    void applyDefaultView();
    void watchStores();

    void onCurrentChanged(const QModelIndex &current);
    void updateActions();
    void refresh();
    void about();

    Workspace *m_workspace;
    Session m_session;
    bool m_persistent = true;
    bool m_defaultView = false;
    WindowActions *m_actions;
    ConnectorController *m_controller;
    ServiceTreeModel *m_treeModel;
    ServiceTreeView *m_tree = nullptr;
    TreeStateKeeper *m_keeper = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    ConnectorDetailsPanel *m_details = nullptr;
    AccountsPane *m_accounts = nullptr;
    NotificationBar *m_notification = nullptr;
    TaskDock *m_tasksDock = nullptr;
    QDockWidget *m_headerDock = nullptr;
    HeaderViewerPane *m_headerPane = nullptr;
    ActivityIndicator *m_activity = nullptr;
    ServiceStore *m_shownStore = nullptr;
    QSet<ServiceStore *> m_watchedStores;
    QString m_lastServiceKey;
    AttachController *m_attach = nullptr;
};
