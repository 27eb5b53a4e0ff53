#pragma once

#include <QTreeView>

class QAction;
class ServiceTreeModel;

// The service tree as the window shows it: column widths, a context menu per kind of row
// (Retry and Copy Message on error rows, the connector commands on connectors) and
// activation (Enter or double-click: retry an error row, edit a connector).
class ServiceTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit ServiceTreeView(ServiceTreeModel *model, QWidget *parent = nullptr);

    ServiceTreeModel *serviceModel() const { return m_model; }
    // What the context menu offers on connector rows, on services and groups, everywhere.
    void setConnectorActions(const QList<QAction *> &actions) { m_connectorActions = actions; }
    void setServiceActions(const QList<QAction *> &actions) { m_serviceActions = actions; }
    void setCommonActions(const QList<QAction *> &actions) { m_commonActions = actions; }

Q_SIGNALS:
    // Enter or double-click on a connector row.
    void editRequested();

private:
    void onActivated(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    ServiceTreeModel *m_model;
    QList<QAction *> m_connectorActions;
    QList<QAction *> m_serviceActions;
    QList<QAction *> m_commonActions;
};
