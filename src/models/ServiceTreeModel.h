#pragma once

#include "ModelTypes.h"
#include "ServiceRef.h"
#include "ServiceTreeFormatter.h"
#include "StrongId.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

class AccountBinder;
class ServiceCatalog;
class ServiceStore;
class ServiceTreeNode;
class ServiceTreeSync;
struct Account;

// Organization → Service → "Send connectors" → connector → its accounts,
//                         → "Platform outgoing server" → accounts without a connector,
//                         → "Domains" → domain (with its default connector).
//
// Services load lazily (canFetchMore/fetchMore); while they load a "Loading…" row stands in,
// and a failure leaves an error row with OVHcloud's message (retry()). Changes in a
// ServiceStore become row inserts, removes, moves and dataChanged: never a reset.
// Drag and drop carries identities (AccountMoveMimeData): accounts onto a connector of their
// service attach them, onto "Platform outgoing server" detach them; a connector onto a domain
// becomes the domain's default. The AccountBinder decides what may land where and does it.
class ServiceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using Column = ServiceTreeFormatter::Column;
    static constexpr int ColumnCount = ServiceTreeFormatter::ColumnCount;

    explicit ServiceTreeModel(ServiceCatalog *catalog, QObject *parent = nullptr);
    ~ServiceTreeModel() override;

    ServiceCatalog *catalog() const { return m_catalog; }
    void setIconProvider(IconProvider provider);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Drops do nothing without a binder.
    void setBinder(AccountBinder *binder) { m_binder = binder; }
    AccountBinder *binder() const { return m_binder; }
    // Why `data` cannot be dropped onto `target` (a row, any column), or empty when it can.
    QString dropRefusal(const QMimeData *data, const QModelIndex &target) const;
    void fetchMore(const QModelIndex &parent) override;

    NodeKind kind(const QModelIndex &index) const;
    // The service a row belongs to (null above services and for the root's placeholders).
    ServiceStore *storeFor(const QModelIndex &index) const;
    // The connector of a connector row (null otherwise).
    ConnectorId connectorAt(const QModelIndex &index) const;
    // Loads again what an error row stands for; false when the row is not an error row.
    bool retry(const QModelIndex &index);

    QModelIndex serviceIndex(const ServiceRef &ref) const;
    QModelIndex groupIndex(const ServiceRef &ref, NodeKind group) const;
    QModelIndex connectorIndex(const ServiceRef &ref, ConnectorId id) const;
    QModelIndex accountIndex(const ServiceRef &ref, const QString &email) const;

private:
    friend class ServiceTreeSync;
    using Children = std::vector<std::unique_ptr<ServiceTreeNode>>;

    ServiceTreeNode *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const ServiceTreeNode *node, int column = 0) const;
    ServiceTreeNode *serviceNode(const ServiceStore *store) const;
    ServiceTreeNode *groupNode(const ServiceStore *store, NodeKind group) const;
    ServiceTreeNode *connectorNode(const ServiceStore *store, ConnectorId id) const;
    ServiceTreeNode *accountNode(const ServiceStore *store, const QString &email) const;
    ServiceTreeNode *parentFor(ServiceStore *store, const Account &account) const;
    bool isShown(const ServiceStore *store) const;

    void replaceChildren(ServiceTreeNode *node, Children children);
    void syncRoot();
    std::unique_ptr<ServiceTreeNode> makeOrganization(const QString &organization);
    std::unique_ptr<ServiceTreeNode> makeService(ServiceStore *store);
    std::unique_ptr<ServiceTreeNode> makeAccount(ServiceStore *store, const QString &email);
    void syncService(ServiceStore *store);
    // While a service loads, shows its groups as soon as something arrived.
    void showArrived(ServiceStore *store);
    Children buildServiceContent(ServiceStore *store);
    void forget(ServiceStore *store);

    void insertChildren(ServiceTreeNode *parent, Children children);
    void removeChild(ServiceTreeNode *node);
    void moveChildren(ServiceTreeNode *source, int first, int last, ServiceTreeNode *target);
    void rowChanged(const ServiceTreeNode *node);
    void domainRowsChanged(const ServiceStore *store);

    ServiceCatalog *m_catalog;
    AccountBinder *m_binder = nullptr;
    ServiceTreeFormatter m_formatter;
    ServiceTreeSync *m_sync;
    std::unique_ptr<ServiceTreeNode> m_root;
    QHash<const ServiceStore *, ServiceTreeNode *> m_serviceNodes;
    QHash<const ServiceStore *, QHash<QString, ServiceTreeNode *>> m_accountNodes;
};
