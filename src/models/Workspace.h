#pragma once

#include <QObject>

class AccountBinder;
class ConnectorActions;
class ExchangeApi;
class ServiceCatalog;
class TaskTracker;

// Everything the windows work on for one set of credentials: the catalog of services (with
// their stores), the task tracker, the connector operations and the account binder (attach,
// detach, domain defaults, with their undo stack and history). They outlive the windows: a
// window rebuilt in another language keeps the undo stack and the running jobs.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(ExchangeApi *api, QObject *parent = nullptr);
    ~Workspace() override;

    ExchangeApi *api() const { return m_api; }
    ServiceCatalog *catalog() const { return m_catalog; }
    TaskTracker *tracker() const { return m_tracker; }
    ConnectorActions *actions() const { return m_actions; }
    // Created on first use, with the change history in HistoryStore::defaultFilePath().
    AccountBinder *binder();

private:
    ExchangeApi *m_api;
    ServiceCatalog *m_catalog;
    TaskTracker *m_tracker;
    ConnectorActions *m_actions;
    AccountBinder *m_binder = nullptr;
};
