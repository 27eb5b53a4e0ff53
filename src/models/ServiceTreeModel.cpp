#include "ServiceTreeModel.h"

#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeNode.h"
#include "ServiceTreeSync.h"

ServiceTreeModel::ServiceTreeModel(ServiceCatalog *catalog, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
    , m_formatter(catalog)
    , m_sync(new ServiceTreeSync(this, catalog))
    , m_root(std::make_unique<ServiceTreeNode>(NodeKind::Root))
{
    syncRoot();
}

ServiceTreeModel::~ServiceTreeModel() = default;

void ServiceTreeModel::setIconProvider(IconProvider provider)
{
    m_formatter.setIconProvider(std::move(provider));
    if (m_root->childCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_root->childCount() - 1, ColumnCount - 1));
}

// --- QAbstractItemModel ---------------------------------------------------------------------

ServiceTreeNode *ServiceTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<ServiceTreeNode *>(index.internalPointer());
}

QModelIndex ServiceTreeModel::indexFor(const ServiceTreeNode *node, int column) const
{
    if (!node || node == m_root.get() || !node->parent())
        return {};
    return createIndex(node->row(), column, const_cast<ServiceTreeNode *>(node));
}

QModelIndex ServiceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    ServiceTreeNode *child = nodeFor(parent)->child(row);
    return child ? createIndex(row, column, child) : QModelIndex();
}

QModelIndex ServiceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent());
}

int ServiceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return nodeFor(parent)->childCount();
}

int ServiceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ServiceTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const ServiceTreeNode *node = nodeFor(parent);
    if (node->kind() == NodeKind::Service && node->store()->loadState() == LoadState::NotLoaded)
        return true; // not read yet: the view shows an expander and asks for fetchMore
    return node->childCount() > 0;
}

QVariant ServiceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_formatter.data(nodeFor(index), index.column(), role);
}

QVariant ServiceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    return m_formatter.headerData(section, role);
}

Qt::ItemFlags ServiceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    switch (nodeFor(index)->kind()) {
    case NodeKind::Loading:
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    case NodeKind::Error:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    case NodeKind::Account:
        // Drop-enabled so that views ask canDropMimeData() about the row itself (and refuse)
        // instead of reading a drop on it as one between the rows of its connector.
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren |
               Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    case NodeKind::Domain:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren |
               Qt::ItemIsDropEnabled;
    case NodeKind::Connector:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
               Qt::ItemIsDropEnabled;
    case NodeKind::PlatformGroup:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    default:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }
}

bool ServiceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const ServiceTreeNode *node = nodeFor(parent);
    if (node->kind() == NodeKind::Root)
        return m_catalog->loadState() == LoadState::NotLoaded;
    if (node->kind() == NodeKind::Service)
        return node->store()->loadState() == LoadState::NotLoaded;
    return false;
}

void ServiceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const ServiceTreeNode *node = nodeFor(parent);
    if (node->kind() == NodeKind::Root)
        m_catalog->load();
    else
        node->store()->load();
}

// --- Lookups ---------------------------------------------------------------------------------

NodeKind ServiceTreeModel::kind(const QModelIndex &index) const
{
    return nodeFor(index)->kind();
}

ServiceStore *ServiceTreeModel::storeFor(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->store() : nullptr;
}

ConnectorId ServiceTreeModel::connectorAt(const QModelIndex &index) const
{
    const ServiceTreeNode *node = nodeFor(index);
    return index.isValid() && node->kind() == NodeKind::Connector ? node->connectorId()
                                                                  : ConnectorId();
}

bool ServiceTreeModel::retry(const QModelIndex &index)
{
    if (!index.isValid() || nodeFor(index)->kind() != NodeKind::Error)
        return false;
    if (ServiceStore *store = nodeFor(index)->store())
        store->load();
    else
        m_catalog->load();
    return true;
}

ServiceTreeNode *ServiceTreeModel::serviceNode(const ServiceStore *store) const
{
    return m_serviceNodes.value(store);
}

ServiceTreeNode *ServiceTreeModel::groupNode(const ServiceStore *store, NodeKind group) const
{
    const ServiceTreeNode *service = serviceNode(store);
    return service ? service->findChild(group) : nullptr;
}

ServiceTreeNode *ServiceTreeModel::connectorNode(const ServiceStore *store, ConnectorId id) const
{
    const ServiceTreeNode *group = groupNode(store, NodeKind::ConnectorGroup);
    return group ? group->findChild(NodeKind::Connector, {}, id) : nullptr;
}

ServiceTreeNode *ServiceTreeModel::accountNode(const ServiceStore *store,
                                               const QString &email) const
{
    return m_accountNodes.value(store).value(email);
}

ServiceTreeNode *ServiceTreeModel::parentFor(ServiceStore *store, const Account &account) const
{
    if (!account.sendConnectorId.isNull())
        if (ServiceTreeNode *connector = connectorNode(store, account.sendConnectorId))
            return connector;
    return groupNode(store, NodeKind::PlatformGroup);
}

bool ServiceTreeModel::isShown(const ServiceStore *store) const
{
    return groupNode(store, NodeKind::ConnectorGroup) != nullptr;
}

QModelIndex ServiceTreeModel::serviceIndex(const ServiceRef &ref) const
{
    return indexFor(serviceNode(m_catalog->store(ref)));
}

QModelIndex ServiceTreeModel::groupIndex(const ServiceRef &ref, NodeKind group) const
{
    return indexFor(groupNode(m_catalog->store(ref), group));
}

QModelIndex ServiceTreeModel::connectorIndex(const ServiceRef &ref, ConnectorId id) const
{
    return indexFor(connectorNode(m_catalog->store(ref), id));
}

QModelIndex ServiceTreeModel::accountIndex(const ServiceRef &ref, const QString &email) const
{
    return indexFor(accountNode(m_catalog->store(ref), email));
}

// --- Building --------------------------------------------------------------------------------

void ServiceTreeModel::replaceChildren(ServiceTreeNode *node, Children children)
{
    const QModelIndex parent = indexFor(node);
    if (node->childCount() > 0) {
        beginRemoveRows(parent, 0, node->childCount() - 1);
        node->clearChildren();
        endRemoveRows();
    }
    insertChildren(node, std::move(children));
}

void ServiceTreeModel::insertChildren(ServiceTreeNode *parent, Children children)
{
    if (children.empty())
        return;
    const int first = parent->childCount();
    beginInsertRows(indexFor(parent), first, first + int(children.size()) - 1);
    for (auto &child : children)
        parent->appendChild(std::move(child));
    endInsertRows();
}

void ServiceTreeModel::removeChild(ServiceTreeNode *node)
{
    ServiceTreeNode *parent = node->parent();
    const int row = node->row();
    beginRemoveRows(indexFor(parent), row, row);
    parent->takeChild(row);
    endRemoveRows();
}

void ServiceTreeModel::syncRoot()
{
    const LoadState state = m_catalog->loadState();
    // Organizations already shown stay: a reload changes them row by row, never all at once.
    if (state == LoadState::Loaded && m_root->childCount() > 0 &&
        m_root->child(0)->kind() == NodeKind::Organization)
        return;
    for (const ServiceStore *store : m_serviceNodes.keys())
        m_sync->unwatch(store);
    m_serviceNodes.clear();
    m_accountNodes.clear();
    Children children;
    switch (state) {
    case LoadState::NotLoaded:
        break;
    case LoadState::Loading:
        children.push_back(std::make_unique<ServiceTreeNode>(NodeKind::Loading));
        break;
    case LoadState::Failed:
        children.push_back(std::make_unique<ServiceTreeNode>(NodeKind::Error));
        break;
    case LoadState::Loaded:
        for (const QString &organization : m_catalog->organizations())
            children.push_back(makeOrganization(organization));
        break;
    }
    replaceChildren(m_root.get(), std::move(children));
    m_sync->watchShown();
}

std::unique_ptr<ServiceTreeNode> ServiceTreeModel::makeOrganization(const QString &organization)
{
    auto node = std::make_unique<ServiceTreeNode>(NodeKind::Organization, nullptr, organization);
    for (ServiceStore *store : m_catalog->services(organization))
        node->appendChild(makeService(store));
    return node;
}

std::unique_ptr<ServiceTreeNode> ServiceTreeModel::makeService(ServiceStore *store)
{
    auto node = std::make_unique<ServiceTreeNode>(NodeKind::Service, store);
    m_serviceNodes.insert(store, node.get());
    for (auto &child : buildServiceContent(store))
        node->appendChild(std::move(child));
    return node;
}

std::unique_ptr<ServiceTreeNode> ServiceTreeModel::makeAccount(ServiceStore *store,
                                                               const QString &email)
{
    auto node = std::make_unique<ServiceTreeNode>(NodeKind::Account, store, email);
    m_accountNodes[store].insert(email, node.get());
    return node;
}

ServiceTreeModel::Children ServiceTreeModel::buildServiceContent(ServiceStore *store)
{
    Children children;
    m_accountNodes.remove(store);
    switch (store->loadState()) {
    case LoadState::NotLoaded:
        return children;
    case LoadState::Loading:
        if (store->hasContent())
            break; // what arrived so far, then "Loading…"
        children.push_back(std::make_unique<ServiceTreeNode>(NodeKind::Loading, store));
        return children;
    case LoadState::Failed:
        children.push_back(std::make_unique<ServiceTreeNode>(NodeKind::Error, store));
        return children;
    case LoadState::Loaded:
        break;
    }
    auto connectors = std::make_unique<ServiceTreeNode>(NodeKind::ConnectorGroup, store);
    auto platform = std::make_unique<ServiceTreeNode>(NodeKind::PlatformGroup, store);
    auto domains = std::make_unique<ServiceTreeNode>(NodeKind::DomainGroup, store);
    QHash<ConnectorId, ServiceTreeNode *> byId;
    for (ConnectorId id : store->connectorIds())
        byId.insert(id, connectors->appendChild(std::make_unique<ServiceTreeNode>(
                            NodeKind::Connector, store, QString(), id)));
    for (const QString &email : store->accountEmails()) {
        const ConnectorId id = store->account(email)->sendConnectorId;
        ServiceTreeNode *parent = byId.value(id, platform.get());
        parent->appendChild(makeAccount(store, email));
    }
    for (const QString &name : store->domainNames())
        domains->appendChild(std::make_unique<ServiceTreeNode>(NodeKind::Domain, store, name));
    children.push_back(std::move(connectors));
    children.push_back(std::move(platform));
    children.push_back(std::move(domains));
    if (store->loadState() == LoadState::Loading)
        children.push_back(std::make_unique<ServiceTreeNode>(NodeKind::Loading, store));
    return children;
}

void ServiceTreeModel::syncService(ServiceStore *store)
{
    ServiceTreeNode *node = serviceNode(store);
    if (!node)
        return;
    if (store->loadState() == LoadState::Loaded && isShown(store)) {
        // The rows that arrived while loading are all in place: only "Loading…" goes.
        if (ServiceTreeNode *loading = node->findChild(NodeKind::Loading))
            removeChild(loading);
        rowChanged(node);
        return;
    }
    replaceChildren(node, buildServiceContent(store));
}

void ServiceTreeModel::showArrived(ServiceStore *store)
{
    if (store->loadState() == LoadState::Loading && !isShown(store))
        syncService(store);
}

void ServiceTreeModel::rowChanged(const ServiceTreeNode *node)
{
    if (!node || !node->parent())
        return;
    Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
}

void ServiceTreeModel::domainRowsChanged(const ServiceStore *store)
{
    const ServiceTreeNode *group = groupNode(store, NodeKind::DomainGroup);
    if (!group || group->childCount() == 0)
        return;
    Q_EMIT dataChanged(indexFor(group->child(0), int(Column::Details)),
                       indexFor(group->child(group->childCount() - 1), int(Column::Details)));
}

void ServiceTreeModel::moveChildren(ServiceTreeNode *source, int first, int last,
                                    ServiceTreeNode *target)
{
    beginMoveRows(indexFor(source), first, last, indexFor(target), target->childCount());
    for (int moved = first; moved <= last; ++moved)
        target->appendChild(source->takeChild(first));
    endMoveRows();
}

void ServiceTreeModel::forget(ServiceStore *store)
{
    m_sync->unwatch(store);
    m_serviceNodes.remove(store);
    m_accountNodes.remove(store);
}
