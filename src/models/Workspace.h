#pragma once

#include <QObject>

class ConnectorActions;
class ExchangeApi;
class ServiceCatalog;
class TaskTracker;

// Everything the windows work on for one set of credentials: the catalog of services (with
// their stores), the task tracker and the connector operations.
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

private:
    ExchangeApi *m_api;
    ServiceCatalog *m_catalog;
    TaskTracker *m_tracker;
    ConnectorActions *m_actions;
};
