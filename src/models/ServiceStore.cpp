#include "ServiceStore.h"

#include "CollectionReader.h"
#include "DisplayText.h"
#include "ExchangeApi.h"

#include <QSet>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace {
// The first thing that went wrong reading a collection, worded for the user.
template<typename T> std::optional<ApiError> firstProblem(const CollectionResult<T> &result)
{
    if (result.listError.isError())
        return result.listError;
    if (result.failures.isEmpty())
        return std::nullopt;
    ApiError error = result.failures.first().second;
    if (result.failures.first().first.isEmpty())
        return error; // nothing to name (e.g. an object without its key)
    //: %1 is what could not be read (a connector id, an email address or a domain name),
    //: %2 OVHcloud's message.
    error.message = ServiceStore::tr("%1: %2").arg(result.failures.first().first, error.message);
    return error;
}

} // namespace

struct ServiceStore::PendingRead
{
    std::optional<CollectionResult<SendConnector>> connectors;
    std::optional<CollectionResult<Account>> accounts;
    std::optional<CollectionResult<Domain>> domains;
    QList<Account> earlyAccounts; // arrived before the connectors were complete

    bool complete() const { return connectors && accounts && domains; }
    std::optional<ApiError> problem() const
    {
        if (auto e = firstProblem(*connectors))
            return e;
        if (auto e = firstProblem(*accounts))
            return e;
        return firstProblem(*domains);
    }
};

ServiceStore::ServiceStore(ExchangeApi *api, ExchangeService info, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_reader(new CollectionReader(api, this))
    , m_info(std::move(info))
{}

ServiceStore::~ServiceStore() = default;

void ServiceStore::setInfo(const ExchangeService &info)
{
    if (info == m_info)
        return;
    m_info = info;
    Q_EMIT infoChanged();
}

void ServiceStore::load()
{
    if (m_state == LoadState::Loading || m_state == LoadState::Loaded)
        return;
    setState(LoadState::Loading);
    readAll();
}

void ServiceStore::refresh()
{
    if (m_state != LoadState::Loaded)
        return load();
    if (m_busy) {
        // What is being read may predate the change that asks for this refresh.
        m_readAgain = true;
        return;
    }
    readAll();
}

void ServiceStore::readAll()
{
    setBusy(true);
    m_readAgain = false;
    auto pending = std::make_shared<PendingRead>();
    const auto finish = [this, pending] {
        completeRead(pending);
    };
    // What arrives is shown at once; the complete results, applied together in completeRead(),
    // then remove what is gone. Accounts wait for the connectors so that each lands under its
    // connector directly (not under the platform's server, then moved).
    m_reader->readConnectors(
        ref(), this,
        [this, pending, finish](const CollectionResult<SendConnector> &result) {
            pending->connectors = result;
            queueAccounts(std::exchange(pending->earlyAccounts, {}));
            finish();
        },
        {}, [this](const QList<SendConnector> &batch) { addConnectors(batch); });
    m_reader->readAccounts(
        ref(), this,
        [pending, finish](const CollectionResult<Account> &result) {
            pending->accounts = result;
            finish();
        },
        [this](int done, int total) { Q_EMIT accountsProgress(done, total); },
        [this, pending](const QList<Account> &batch) {
            if (pending->connectors)
                queueAccounts(batch);
            else
                pending->earlyAccounts << batch;
        });
    m_reader->readDomains(
        ref(), this,
        [pending, finish](const CollectionResult<Domain> &result) {
            pending->domains = result;
            finish();
        },
        {}, [this](const QList<Domain> &batch) { addDomains(batch); });
}

void ServiceStore::completeRead(const std::shared_ptr<PendingRead> &pending)
{
    if (!pending->complete())
        return;
    if (!m_arrivals.isEmpty()) {
        // What arrived is still being added: the complete result comes after it.
        m_readAfterArrivals = pending;
        return;
    }
    const std::optional<ApiError> problem = pending->problem();
    if (problem) {
        if (m_state == LoadState::Loading)
            setState(LoadState::Failed, *problem);
        else
            Q_EMIT refreshFailed(*problem);
    } else {
        // Connectors first: accounts that move to a new connector find it in place.
        applyConnectors(pending->connectors->items);
        applyAccounts(pending->accounts->items);
        applyDomains(pending->domains->items);
        if (m_state == LoadState::Loading)
            setState(LoadState::Loaded);
    }
    setBusy(false);
    if (m_readAgain && m_state == LoadState::Loaded)
        readAll();
}

void ServiceStore::queueAccounts(const QList<Account> &batch)
{
    if (batch.isEmpty())
        return;
    m_arrivals << batch;
    if (!m_feeding) {
        m_feeding = true;
        QTimer::singleShot(0, this, &ServiceStore::feedArrivals);
    }
}

void ServiceStore::feedArrivals()
{
    m_feeding = false;
    const qsizetype count = std::min<qsizetype>(ArrivalSlice, m_arrivals.size());
    const QList<Account> slice = m_arrivals.first(count);
    m_arrivals.remove(0, count);
    addAccounts(slice);
    if (!m_arrivals.isEmpty()) {
        m_feeding = true;
        QTimer::singleShot(0, this, &ServiceStore::feedArrivals);
    } else if (m_readAfterArrivals) {
        completeRead(std::exchange(m_readAfterArrivals, {}));
    }
}

void ServiceStore::refreshConnectors()
{
    if (m_state != LoadState::Loaded)
        return;
    m_reader->readConnectors(ref(), this, [this](const CollectionResult<SendConnector> &result) {
        if (const std::optional<ApiError> problem = firstProblem(result))
            Q_EMIT refreshFailed(*problem);
        else
            applyConnectors(result.items);
    });
}

void ServiceStore::refreshConnector(ConnectorId id, std::function<void(const ApiError &)> done)
{
    m_api->connector(ref(), id, this, [this, id, done](const ApiResult<SendConnector> &result) {
        if (result.ok())
            applyConnector(*result);
        else if (result.error.httpStatus == 404)
            dropConnector(id);
        if (done)
            done(result.ok() || result.error.httpStatus == 404 ? ApiError() : result.error);
    });
}

void ServiceStore::setState(LoadState state, const ApiError &error)
{
    m_error = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT loadStateChanged(state);
}

void ServiceStore::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

const SendConnector *ServiceStore::connector(ConnectorId id) const
{
    const auto it = m_connectors.constFind(id);
    return it == m_connectors.constEnd() ? nullptr : &*it;
}

const Account *ServiceStore::account(const QString &email) const
{
    const auto it = m_accounts.constFind(email);
    return it == m_accounts.constEnd() ? nullptr : &*it;
}

const Domain *ServiceStore::domain(const QString &name) const
{
    const auto it = m_domains.constFind(name);
    return it == m_domains.constEnd() ? nullptr : &*it;
}

QStringList ServiceStore::accountsUsing(ConnectorId id) const
{
    QStringList result;
    for (const QString &email : m_accountOrder)
        if (m_accounts.value(email).sendConnectorId == id)
            result << email;
    return result;
}

QString ServiceStore::connectorName(ConnectorId id) const
{
    const SendConnector *c = id.isNull() ? nullptr : connector(id);
    return c ? c->displayName : DisplayText::platformServer();
}

void ServiceStore::countUsage(ConnectorId id, int delta)
{
    int &count = m_usage[id];
    count += delta;
    if (count == 0)
        m_usage.remove(id);
}

void ServiceStore::applyConnectors(const QList<SendConnector> &all)
{
    addConnectors(all);
    QSet<ConnectorId> seen;
    for (const SendConnector &c : all)
        seen.insert(c.id);
    const QList<ConnectorId> known = m_connectorOrder;
    for (ConnectorId id : known)
        if (!seen.contains(id))
            dropConnector(id);
}

void ServiceStore::addConnectors(const QList<SendConnector> &batch)
{
    QList<ConnectorId> inserted;
    for (const SendConnector &c : batch) {
        const auto it = m_connectors.find(c.id);
        if (it == m_connectors.end()) {
            m_connectors.insert(c.id, c);
            m_connectorOrder << c.id;
            inserted << c.id;
        } else if (*it != c) {
            *it = c;
            Q_EMIT connectorChanged(c.id);
        }
    }
    if (!inserted.isEmpty())
        Q_EMIT connectorsInserted(inserted);
}

void ServiceStore::applyConnector(const SendConnector &connector)
{
    const auto it = m_connectors.find(connector.id);
    if (it == m_connectors.end()) {
        m_connectors.insert(connector.id, connector);
        m_connectorOrder << connector.id;
        Q_EMIT connectorsInserted({connector.id});
    } else if (*it != connector) {
        *it = connector;
        Q_EMIT connectorChanged(connector.id);
    }
}

void ServiceStore::dropConnector(ConnectorId id)
{
    if (!m_connectors.remove(id))
        return;
    m_connectorOrder.removeOne(id);
    Q_EMIT connectorRemoved(id);
}

void ServiceStore::applyAccounts(const QList<Account> &all)
{
    addAccounts(all);
    QSet<QString> seen;
    for (const Account &a : all)
        seen.insert(a.primaryEmailAddress);
    if (seen.size() == m_accountOrder.size())
        return;
    const QStringList known = m_accountOrder;
    for (const QString &email : known)
        if (!seen.contains(email))
            dropAccount(email);
}

void ServiceStore::addAccounts(const QList<Account> &batch)
{
    QStringList inserted;
    for (const Account &a : batch) {
        const auto it = m_accounts.find(a.primaryEmailAddress);
        if (it == m_accounts.end()) {
            m_accounts.insert(a.primaryEmailAddress, a);
            m_accountOrder << a.primaryEmailAddress;
            countUsage(a.sendConnectorId, +1);
            inserted << a.primaryEmailAddress;
        } else if (*it != a) {
            applyAccount(a);
        }
    }
    if (!inserted.isEmpty())
        Q_EMIT accountsInserted(inserted);
}

void ServiceStore::applyAccount(const Account &account)
{
    const auto it = m_accounts.find(account.primaryEmailAddress);
    if (it == m_accounts.end())
        return addAccounts({account});
    if (*it == account)
        return;
    const ConnectorId previous = it->sendConnectorId;
    *it = account;
    if (previous != account.sendConnectorId) {
        countUsage(previous, -1);
        countUsage(account.sendConnectorId, +1);
    }
    Q_EMIT accountChanged(account.primaryEmailAddress, previous);
}

void ServiceStore::setPending(const QStringList &emails, bool pending)
{
    for (const QString &email : emails) {
        const auto it = m_accounts.constFind(email);
        if (it == m_accounts.constEnd() || m_pending.contains(email) == pending)
            continue;
        if (pending)
            m_pending.insert(email);
        else
            m_pending.remove(email);
        Q_EMIT accountChanged(email, it->sendConnectorId);
    }
}

void ServiceStore::dropAccount(const QString &email)
{
    const auto it = m_accounts.find(email);
    if (it == m_accounts.end())
        return;
    const ConnectorId previous = it->sendConnectorId;
    m_accounts.erase(it);
    m_pending.remove(email);
    m_accountOrder.removeOne(email);
    countUsage(previous, -1);
    Q_EMIT accountRemoved(email, previous);
}

void ServiceStore::addDomains(const QList<Domain> &batch)
{
    QStringList inserted;
    for (const Domain &d : batch) {
        const auto it = m_domains.find(d.name);
        if (it == m_domains.end()) {
            m_domains.insert(d.name, d);
            m_domainOrder << d.name;
            inserted << d.name;
        } else if (*it != d) {
            *it = d;
            Q_EMIT domainChanged(d.name);
        }
    }
    if (!inserted.isEmpty())
        Q_EMIT domainsInserted(inserted);
}

void ServiceStore::applyDomains(const QList<Domain> &all)
{
    addDomains(all);
    QSet<QString> seen;
    for (const Domain &d : all)
        seen.insert(d.name);
    const QStringList known = m_domainOrder;
    for (const QString &name : known) {
        if (seen.contains(name))
            continue;
        m_domains.remove(name);
        m_domainOrder.removeOne(name);
        Q_EMIT domainRemoved(name);
    }
}

void ServiceStore::applyDomain(const Domain &domain)
{
    const auto it = m_domains.find(domain.name);
    if (it == m_domains.end()) {
        m_domains.insert(domain.name, domain);
        m_domainOrder << domain.name;
        Q_EMIT domainsInserted({domain.name});
    } else if (*it != domain) {
        *it = domain;
        Q_EMIT domainChanged(domain.name);
    }
}
