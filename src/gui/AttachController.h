#pragma once

#include "AccountMoveMimeData.h"

#include <QObject>
#include <QPointer>
#include <optional>

class AccountBinder;
class AttachFailureDialog;
class AttachJob;
class AttachProgress;
class HistoryDock;
class HistoryStore;
class MainWindow;
class QAction;
class QMenu;
class QModelIndex;
class QWidget;
class ServiceStore;

// Attaching accounts to send connectors in the main window, without touching much of it:
// drag and drop (tree and accounts table), the context menus "Attach to Connector ▸",
// "Detach" and "Default Connector for New Accounts ▸", Cut (Ctrl+X) on accounts and Paste
// (Ctrl+V) on a connector or the platform's server, Edit → Undo/Redo, the progress of
// batches in the status bar (with Cancel), the list of failures, and View → History.
class AttachController : public QObject
{
    Q_OBJECT

public:
    explicit AttachController(MainWindow *window);
    ~AttachController() override;

    AccountBinder *binder() const { return m_binder; }
    HistoryStore *history() const { return m_history; }
    HistoryDock *historyDock() const { return m_historyDock; }
    AttachProgress *progress() const { return m_progress; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *cutAction() const { return m_cut; }
    QAction *pasteAction() const { return m_paste; }
    QAction *detachAction() const { return m_detach; }
    // The failures of the last batch that had some (null when closed or none yet).
    AttachFailureDialog *failureDialog() const;

    // The selected accounts of the tree or of the accounts table.
    AccountMoveMimeData::Accounts selectedAccounts(QWidget *source) const;
    bool hasCut() const { return m_cutAccounts.has_value(); }

    void cut();
    // Onto the tree's current connector or platform node (or the parent of a current account).
    void paste();
    void detach();
    void attachTo(const AccountMoveMimeData::Accounts &accounts, ConnectorId target);
    void setDomainDefault(ServiceStore *store, const QString &domain, ConnectorId id);

    // The context menus' entries (public for the menus of tests and toolbars).
    void addAccountEntries(QMenu *menu, const AccountMoveMimeData::Accounts &accounts);
    void addDomainEntries(QMenu *menu, ServiceStore *store, const QString &domain);

private:
    void buildActions();
    void extendTreeMenu(QMenu *menu, const QModelIndex &index);
    void showTableMenu(const QPoint &position);
    void fillEditAttachMenu();
    void onJobStarted(AttachJob *job);
    void updateActions();
    QWidget *source() const;
    void say(const QString &text);
    void warn(const QString &text);

    MainWindow *m_window;
    AccountBinder *m_binder; // the workspace's: it outlives the window
    HistoryStore *m_history;
    HistoryDock *m_historyDock;
    AttachProgress *m_progress;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_detach = nullptr;
    QMenu *m_attachMenu = nullptr;
    QPointer<QWidget> m_lastSource;
    std::optional<AccountMoveMimeData::Accounts> m_cutAccounts;
    QPointer<AttachFailureDialog> m_failureDialog;
};
