#pragma once

#include "StrongId.h"

#include <QObject>
#include <QStringList>

class ServiceCatalog;
class ServiceStore;
class ServiceTreeModel;
class ServiceTreeNode;

// Keeps a ServiceTreeModel in step with its ServiceCatalog and ServiceStores: each change of
// the data becomes the smallest row operation (insert, remove, move, dataChanged). The model
// owns the structure and its primitives; this class decides which ones a change needs.
class ServiceTreeSync : public QObject
{
    Q_OBJECT

public:
    ServiceTreeSync(ServiceTreeModel *model, ServiceCatalog *catalog);

    // Follows the stores whose service row exists (after the model built its rows).
    void watchShown();
    void watch(ServiceStore *store);
    void unwatch(const ServiceStore *store);

private:
    void onOrganizationsInserted(const QStringList &organizations);
    void onServicesInserted(const QString &organization, const QList<ServiceStore *> &stores);
    void onServiceRemoved(ServiceStore *store);
    void onOrganizationRemoved(const QString &organization);
    void onConnectorsInserted(ServiceStore *store, const QList<ConnectorId> &ids);
    void onConnectorRemoved(ServiceStore *store, ConnectorId id);
    void onAccountsInserted(ServiceStore *store, const QStringList &emails);
    void onAccountChanged(ServiceStore *store, const QString &email);
    void onAccountRemoved(ServiceStore *store, const QString &email);
    void onDomainsInserted(ServiceStore *store, const QStringList &names);
    void onDomainRemoved(ServiceStore *store, const QString &name);
    void relocateAccount(ServiceStore *store, ServiceTreeNode *node);

    ServiceTreeModel *m_model;
    ServiceCatalog *m_catalog;
};
