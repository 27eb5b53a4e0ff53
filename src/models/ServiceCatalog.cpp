#include "ServiceCatalog.h"

#include "ExchangeApi.h"
#include "ServiceStore.h"

#include <QSet>
#include <algorithm>
#include <memory>
#include <tuple>

namespace {
struct PendingCatalog
{
    int remaining = 0;
    QList<ExchangeService> services;
    ApiError error;
};
} // namespace

ServiceCatalog::ServiceCatalog(ExchangeApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

ServiceCatalog::~ServiceCatalog() = default;

void ServiceCatalog::load()
{
    if (m_state == LoadState::Loading || m_state == LoadState::Loaded)
        return;
    setState(LoadState::Loading);
    readAll();
}

void ServiceCatalog::refresh()
{
    if (m_state != LoadState::Loaded)
        return load();
    if (!m_busy)
        readAll();
}

void ServiceCatalog::readAll()
{
    m_busy = true;
    Q_EMIT busyChanged(true);
    auto pending = std::make_shared<PendingCatalog>();
    // Called when one of the outstanding reads ends; the last one applies everything.
    const auto settle = [this, pending] {
        if (--pending->remaining > 0)
            return;
        m_busy = false;
        if (pending->error.isError()) {
            if (m_state == LoadState::Loading)
                setState(LoadState::Failed, pending->error);
            else
                Q_EMIT refreshFailed(pending->error);
        } else {
            apply(pending->services);
            if (m_state == LoadState::Loading)
                setState(LoadState::Loaded);
        }
        Q_EMIT busyChanged(false);
    };
    pending->remaining = 1;
    m_api->organizations(this, [this, pending, settle](const ApiResult<QStringList> &orgs) {
        if (!orgs.ok()) {
            pending->error = orgs.error;
            return settle();
        }
        for (const QString &organization : *orgs) {
            ++pending->remaining;
            m_api->services(
                organization, this,
                [this, pending, settle, organization](const ApiResult<QStringList> &names) {
                    if (!names.ok()) {
                        if (!pending->error.isError())
                            pending->error = names.error;
                        return settle();
                    }
                    for (const QString &name : *names) {
                        ++pending->remaining;
                        m_api->service(ServiceRef{organization, name}, this,
                                       [pending, settle](const ApiResult<ExchangeService> &info) {
                                           if (info.ok())
                                               pending->services << *info;
                                           else if (!pending->error.isError())
                                               pending->error = info.error;
                                           settle();
                                       });
                    }
                    settle();
                });
        }
        settle();
    });
}

void ServiceCatalog::apply(const QList<ExchangeService> &read)
{
    QList<ExchangeService> services = read;
    std::sort(services.begin(), services.end(), [](const auto &a, const auto &b) {
        return std::tie(a.ref.organization, a.ref.service) <
               std::tie(b.ref.organization, b.ref.service);
    });
    QSet<ServiceRef> seen;
    QStringList newOrganizations;
    QList<QPair<QString, QList<ServiceStore *>>> newServices;
    for (const ExchangeService &info : services) {
        seen.insert(info.ref);
        if (ServiceStore *known = store(info.ref)) {
            known->setInfo(info);
            continue;
        }
        const QString &organization = info.ref.organization;
        if (!m_organizations.contains(organization)) {
            m_organizations << organization;
            newOrganizations << organization;
            m_stores << makeStore(info);
            continue;
        }
        ServiceStore *created = makeStore(info);
        // Keep each organization's services together.
        const auto last = std::find_if(m_stores.rbegin(), m_stores.rend(), [&](ServiceStore *s) {
            return s->ref().organization == organization;
        });
        m_stores.insert(std::distance(last, m_stores.rend()), created);
        if (newOrganizations.contains(organization))
            continue;
        if (newServices.isEmpty() || newServices.last().first != organization)
            newServices.append({organization, {}});
        newServices.last().second << created;
    }
    if (!newOrganizations.isEmpty())
        Q_EMIT organizationsInserted(newOrganizations);
    for (const auto &[organization, stores] : std::as_const(newServices))
        Q_EMIT servicesInserted(organization, stores);

    const QList<ServiceStore *> known = m_stores;
    for (ServiceStore *s : known) {
        if (seen.contains(s->ref()))
            continue;
        Q_EMIT serviceRemoved(s);
        m_stores.removeOne(s);
        s->deleteLater();
    }
    const QStringList organizations = m_organizations;
    for (const QString &organization : organizations) {
        if (!this->services(organization).isEmpty())
            continue;
        m_organizations.removeOne(organization);
        Q_EMIT organizationRemoved(organization);
    }
}

ServiceStore *ServiceCatalog::makeStore(const ExchangeService &info)
{
    return new ServiceStore(m_api, info, this);
}

QList<ServiceStore *> ServiceCatalog::services(const QString &organization) const
{
    QList<ServiceStore *> result;
    for (ServiceStore *s : m_stores)
        if (s->ref().organization == organization)
            result << s;
    return result;
}

QList<ServiceStore *> ServiceCatalog::allServices() const
{
    return m_stores;
}

ServiceStore *ServiceCatalog::store(const ServiceRef &ref) const
{
    for (ServiceStore *s : m_stores)
        if (s->ref() == ref)
            return s;
    return nullptr;
}

void ServiceCatalog::setState(LoadState state, const ApiError &error)
{
    m_error = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT loadStateChanged(state);
}
