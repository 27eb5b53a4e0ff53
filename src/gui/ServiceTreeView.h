#pragma once

#include <QTreeView>
#include <functional>

class QAction;
class QMenu;
class ServiceTreeModel;

// The service tree as the window shows it: column widths, a context menu per kind of row
// (Retry and Copy Message on error rows, the connector commands on connectors) and
// activation (Enter or double-click: retry an error row, edit a connector). Accounts drag
// onto connectors and connectors onto domains; while dragging, the reason a row refuses the
// drop is announced (dropHint).
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
    // Adds entries for the row under the menu (after the row's own actions).
    using MenuExtender = std::function<void(QMenu *menu, const QModelIndex &index)>;
    void setMenuExtender(MenuExtender extender) { m_menuExtender = std::move(extender); }

Q_SIGNALS:
    // Enter or double-click on a connector row.
    void editRequested();
    // While dragging over a row: why it refuses the drop (empty when it accepts).
    void dropHint(const QString &refusal);

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onActivated(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    ServiceTreeModel *m_model;
    QList<QAction *> m_connectorActions;
    QList<QAction *> m_serviceActions;
    QList<QAction *> m_commonActions;
    MenuExtender m_menuExtender;
    QString m_lastHint;
};
