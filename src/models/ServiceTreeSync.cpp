#include "ServiceTreeSync.h"

#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "ServiceTreeNode.h"

ServiceTreeSync::ServiceTreeSync(ServiceTreeModel *model, ServiceCatalog *catalog)
    : QObject(model)
    , m_model(model)
    , m_catalog(catalog)
{
    connect(catalog, &ServiceCatalog::loadStateChanged, model, &ServiceTreeModel::syncRoot);
    connect(catalog, &ServiceCatalog::organizationsInserted, this,
            &ServiceTreeSync::onOrganizationsInserted);
    connect(catalog, &ServiceCatalog::servicesInserted, this, &ServiceTreeSync::onServicesInserted);
    connect(catalog, &ServiceCatalog::serviceRemoved, this, &ServiceTreeSync::onServiceRemoved);
    connect(catalog, &ServiceCatalog::organizationRemoved, this,
            &ServiceTreeSync::onOrganizationRemoved);
}

void ServiceTreeSync::watchShown()
{
    for (ServiceStore *store : m_catalog->allServices())
        if (m_model->serviceNode(store))
            watch(store);
}

void ServiceTreeSync::unwatch(const ServiceStore *store)
{
    disconnect(store, nullptr, this, nullptr);
}

void ServiceTreeSync::watch(ServiceStore *store)
{
    unwatch(store);
    connect(store, &ServiceStore::loadStateChanged, this,
            [this, store] { m_model->syncService(store); });
    connect(store, &ServiceStore::infoChanged, this,
            [this, store] { m_model->rowChanged(m_model->serviceNode(store)); });
    connect(store, &ServiceStore::connectorsInserted, this,
            [this, store](const QList<ConnectorId> &ids) { onConnectorsInserted(store, ids); });
    connect(store, &ServiceStore::connectorChanged, this, [this, store](ConnectorId id) {
        if (!m_model->isShown(store))
            return;
        m_model->rowChanged(m_model->connectorNode(store, id));
        m_model->domainRowsChanged(store);
    });
    connect(store, &ServiceStore::connectorRemoved, this,
            [this, store](ConnectorId id) { onConnectorRemoved(store, id); });
    connect(store, &ServiceStore::accountsInserted, this,
            [this, store](const QStringList &emails) { onAccountsInserted(store, emails); });
    connect(store, &ServiceStore::accountChanged, this,
            [this, store](const QString &email) { onAccountChanged(store, email); });
    connect(store, &ServiceStore::accountRemoved, this,
            [this, store](const QString &email) { onAccountRemoved(store, email); });
    connect(store, &ServiceStore::domainsInserted, this,
            [this, store](const QStringList &names) { onDomainsInserted(store, names); });
    connect(store, &ServiceStore::domainChanged, this, [this, store](const QString &name) {
        if (const ServiceTreeNode *group = m_model->groupNode(store, NodeKind::DomainGroup))
            m_model->rowChanged(group->findChild(NodeKind::Domain, name));
    });
    connect(store, &ServiceStore::domainRemoved, this,
            [this, store](const QString &name) { onDomainRemoved(store, name); });
}

void ServiceTreeSync::onOrganizationsInserted(const QStringList &organizations)
{
    if (m_catalog->loadState() != LoadState::Loaded)
        return; // the first load builds everything at once
    ServiceTreeModel::Children children;
    for (const QString &organization : organizations)
        children.push_back(m_model->makeOrganization(organization));
    m_model->insertChildren(m_model->m_root.get(), std::move(children));
    for (const QString &organization : organizations)
        for (ServiceStore *store : m_catalog->services(organization))
            watch(store);
}

void ServiceTreeSync::onServicesInserted(const QString &organization,
                                         const QList<ServiceStore *> &stores)
{
    ServiceTreeNode *parent = m_model->m_root->findChild(NodeKind::Organization, organization);
    if (!parent || m_catalog->loadState() != LoadState::Loaded)
        return;
    ServiceTreeModel::Children children;
    for (ServiceStore *store : stores)
        children.push_back(m_model->makeService(store));
    m_model->insertChildren(parent, std::move(children));
    for (ServiceStore *store : stores)
        watch(store);
}

void ServiceTreeSync::onServiceRemoved(ServiceStore *store)
{
    ServiceTreeNode *node = m_model->serviceNode(store);
    m_model->forget(store);
    if (node)
        m_model->removeChild(node);
}

void ServiceTreeSync::onOrganizationRemoved(const QString &organization)
{
    if (ServiceTreeNode *node = m_model->m_root->findChild(NodeKind::Organization, organization))
        m_model->removeChild(node);
}

void ServiceTreeSync::onConnectorsInserted(ServiceStore *store, const QList<ConnectorId> &ids)
{
    ServiceTreeNode *group = m_model->groupNode(store, NodeKind::ConnectorGroup);
    if (!group)
        return m_model->showArrived(store);
    ServiceTreeModel::Children children;
    for (ConnectorId id : ids)
        children.push_back(
            std::make_unique<ServiceTreeNode>(NodeKind::Connector, store, QString(), id));
    m_model->insertChildren(group, std::move(children));
    m_model->rowChanged(group);
    // Accounts that already pointed at these connectors move under them.
    ServiceTreeNode *platform = m_model->groupNode(store, NodeKind::PlatformGroup);
    for (int row = platform->childCount() - 1; row >= 0; --row) {
        ServiceTreeNode *node = platform->child(row);
        const Account *account = store->account(node->key());
        if (account && ids.contains(account->sendConnectorId))
            relocateAccount(store, node);
    }
    m_model->domainRowsChanged(store);
}

void ServiceTreeSync::onConnectorRemoved(ServiceStore *store, ConnectorId id)
{
    ServiceTreeNode *node = m_model->connectorNode(store, id);
    if (!node)
        return;
    // Its accounts fall back to the platform's outgoing server.
    ServiceTreeNode *platform = m_model->groupNode(store, NodeKind::PlatformGroup);
    if (const int count = node->childCount(); count > 0) {
        m_model->moveChildren(node, 0, count - 1, platform);
        m_model->rowChanged(platform);
    }
    ServiceTreeNode *group = node->parent();
    m_model->removeChild(node);
    m_model->rowChanged(group);
    m_model->domainRowsChanged(store);
}

void ServiceTreeSync::onAccountsInserted(ServiceStore *store, const QStringList &emails)
{
    if (!m_model->isShown(store))
        return m_model->showArrived(store);
    // One insertion per parent, in the order the parents first appear.
    QList<ServiceTreeNode *> parents;
    QHash<ServiceTreeNode *, QStringList> batches;
    for (const QString &email : emails) {
        ServiceTreeNode *parent = m_model->parentFor(store, *store->account(email));
        if (!batches.contains(parent))
            parents << parent;
        batches[parent] << email;
    }
    for (ServiceTreeNode *parent : parents) {
        ServiceTreeModel::Children children;
        for (const QString &email : batches.value(parent))
            children.push_back(m_model->makeAccount(store, email));
        m_model->insertChildren(parent, std::move(children));
        m_model->rowChanged(parent);
    }
}

void ServiceTreeSync::onAccountChanged(ServiceStore *store, const QString &email)
{
    ServiceTreeNode *node = m_model->accountNode(store, email);
    if (!node)
        return;
    relocateAccount(store, node);
    m_model->rowChanged(node);
}

void ServiceTreeSync::onAccountRemoved(ServiceStore *store, const QString &email)
{
    ServiceTreeNode *node = m_model->accountNode(store, email);
    if (!node)
        return;
    m_model->m_accountNodes[store].remove(email);
    ServiceTreeNode *parent = node->parent();
    m_model->removeChild(node);
    m_model->rowChanged(parent);
}

void ServiceTreeSync::relocateAccount(ServiceStore *store, ServiceTreeNode *node)
{
    const Account *account = store->account(node->key());
    ServiceTreeNode *target = account ? m_model->parentFor(store, *account) : nullptr;
    ServiceTreeNode *source = node->parent();
    if (!target || target == source)
        return;
    const int row = node->row();
    m_model->moveChildren(source, row, row, target);
    m_model->rowChanged(source);
    m_model->rowChanged(target);
}

void ServiceTreeSync::onDomainsInserted(ServiceStore *store, const QStringList &names)
{
    ServiceTreeNode *group = m_model->groupNode(store, NodeKind::DomainGroup);
    if (!group)
        return m_model->showArrived(store);
    ServiceTreeModel::Children children;
    for (const QString &name : names)
        children.push_back(std::make_unique<ServiceTreeNode>(NodeKind::Domain, store, name));
    m_model->insertChildren(group, std::move(children));
    m_model->rowChanged(group);
}

void ServiceTreeSync::onDomainRemoved(ServiceStore *store, const QString &name)
{
    ServiceTreeNode *group = m_model->groupNode(store, NodeKind::DomainGroup);
    if (ServiceTreeNode *node = group ? group->findChild(NodeKind::Domain, name) : nullptr) {
        m_model->removeChild(node);
        m_model->rowChanged(group);
    }
}
