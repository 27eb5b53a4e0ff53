#pragma once

#include "ApiError.h"
#include "ExchangeService.h"
#include "ModelTypes.h"

#include <QList>
#include <QObject>
#include <QStringList>

class ExchangeApi;
class ServiceStore;
Q_MOC_INCLUDE("ServiceStore.h")

// The organizations and Exchange services the credentials can see, each service with its
// ServiceStore (loaded lazily, when a view asks for it). Reloading applies the differences:
// new organizations and services are inserted, vanished ones removed.
class ServiceCatalog : public QObject
{
    Q_OBJECT

public:
    explicit ServiceCatalog(ExchangeApi *api, QObject *parent = nullptr);
    ~ServiceCatalog() override;

    ExchangeApi *api() const { return m_api; }
    LoadState loadState() const { return m_state; }
    const ApiError &loadError() const { return m_error; }

    // Reads organizations, their services and each service's description.
    void load();
    // Reads the lists again (also after a failure); stores of known services are kept.
    void refresh();

    const QStringList &organizations() const { return m_organizations; }
    QList<ServiceStore *> services(const QString &organization) const;
    QList<ServiceStore *> allServices() const;
    ServiceStore *store(const ServiceRef &ref) const;

Q_SIGNALS:
    void loadStateChanged(LoadState state);
    void busyChanged(bool busy);
    void refreshFailed(const ApiError &error);
    // After the change. Inserted organizations come with their services.
    void organizationsInserted(const QStringList &organizations);
    void servicesInserted(const QString &organization, const QList<ServiceStore *> &stores);
    // Before the store is deleted (later): drop every pointer to it.
    void serviceRemoved(ServiceStore *store);
    void organizationRemoved(const QString &organization);

private:
    void readAll();
    void apply(const QList<ExchangeService> &services);
    void setState(LoadState state, const ApiError &error = {});
    ServiceStore *makeStore(const ExchangeService &info);

    ExchangeApi *m_api;
    LoadState m_state = LoadState::NotLoaded;
    ApiError m_error;
    bool m_busy = false;
    QStringList m_organizations;
    QList<ServiceStore *> m_stores; // children of this object, in organization then name order
};
