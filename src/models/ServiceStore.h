#pragma once

#include "Account.h"
#include "ApiError.h"
#include "Domain.h"
#include "ExchangeService.h"
#include "ModelTypes.h"
#include "SendConnector.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>

class CollectionReader;
class ExchangeApi;

// The one source of truth for one Exchange service: its connectors, accounts and domains,
// as last read from the API. Models observe it; API results change it through the apply…()
// functions, which compare with what is known and emit one signal per real change (never a
// "everything changed"), so that views update incrementally.
//
// Signals are emitted after the change. Accounts are inserted in batches (accountsInserted)
// so that a paged loader can feed thousands of them without one signal per row: while a
// service loads, each page or batch the API answers is added as it arrives (accounts once the
// connectors are known, so that they land under the right connector at once), and the
// complete result then removes whatever turned out to be gone.
class ServiceStore : public QObject
{
    Q_OBJECT

public:
    ServiceStore(ExchangeApi *api, ExchangeService info, QObject *parent = nullptr);
    ~ServiceStore() override;

    const ServiceRef &ref() const { return m_info.ref; }
    const ExchangeService &info() const { return m_info; }
    void setInfo(const ExchangeService &info);

    // What reads the collections (tests and benchmarks tune its page size).
    CollectionReader *reader() const { return m_reader; }

    LoadState loadState() const { return m_state; }
    const ApiError &loadError() const { return m_error; }
    bool isBusy() const { return m_busy; }
    // Whether anything has been read yet (during the first load: some pages arrived).
    bool hasContent() const
    {
        return !m_connectorOrder.isEmpty() || !m_accountOrder.isEmpty() || !m_domainOrder.isEmpty();
    }

    // First load of connectors, accounts and domains (again after a failure).
    void load();
    // Reads everything again and applies the differences; loads when not loaded yet.
    void refresh();
    // Reads the connectors again (not the accounts): cheap, for "a connector appeared".
    void refreshConnectors();
    // Reads one connector again (a 404 removes it).
    void refreshConnector(ConnectorId id, std::function<void(const ApiError &)> done = {});

    const QList<ConnectorId> &connectorIds() const { return m_connectorOrder; }
    const SendConnector *connector(ConnectorId id) const;
    const QStringList &accountEmails() const { return m_accountOrder; }
    const Account *account(const QString &email) const;
    const QStringList &domainNames() const { return m_domainOrder; }
    const Domain *domain(const QString &name) const;

    // Accounts whose sendConnectorId is `id` (a null id: the platform's outgoing server).
    int accountCount(ConnectorId id) const { return m_usage.value(id); }
    QStringList accountsUsing(ConnectorId id) const;
    // The display name of a connector, or the platform's server for a null or unknown id.
    QString connectorName(ConnectorId id) const;
    bool hasConnector(ConnectorId id) const { return m_connectors.contains(id); }

    // Accounts with an attach or detach on its way: views show them as pending. Each change
    // is announced with accountChanged().
    bool isPending(const QString &email) const { return m_pending.contains(email); }
    void setPending(const QStringList &emails, bool pending);

    // What the API said. The "all" variants remove what is not in the list.
    void applyConnectors(const QList<SendConnector> &all);
    void applyConnector(const SendConnector &connector);
    void dropConnector(ConnectorId id);
    void applyAccounts(const QList<Account> &all);
    void addAccounts(const QList<Account> &batch); // inserts new ones, updates known ones
    void addConnectors(const QList<SendConnector> &batch);
    void addDomains(const QList<Domain> &batch);
    void applyAccount(const Account &account);
    void dropAccount(const QString &email);
    void applyDomains(const QList<Domain> &all);
    void applyDomain(const Domain &domain);

Q_SIGNALS:
    void loadStateChanged(LoadState state);
    void busyChanged(bool busy);
    // Accounts read so far out of those the API announced, while the accounts are read
    // (first load or refresh); busyChanged(false) ends it.
    void accountsProgress(int done, int total);
    void infoChanged();
    void refreshFailed(const ApiError &error);

    void connectorsInserted(const QList<ConnectorId> &ids);
    void connectorChanged(ConnectorId id);
    void connectorRemoved(ConnectorId id);
    void accountsInserted(const QStringList &emails);
    void accountChanged(const QString &email, ConnectorId previousConnector);
    void accountRemoved(const QString &email, ConnectorId previousConnector);
    void domainsInserted(const QStringList &names);
    void domainChanged(const QString &name);
    void domainRemoved(const QString &name);

private:
    struct PendingRead;
    // Accounts that arrived are added ArrivalSlice at a time, one slice per turn of the event
    // loop, so that a page of thousands never holds the window up.
    static constexpr int ArrivalSlice = 500;

    void readAll();
    void completeRead(const std::shared_ptr<PendingRead> &pending);
    void queueAccounts(const QList<Account> &batch);
    void feedArrivals();
    void setState(LoadState state, const ApiError &error = {});
    void setBusy(bool busy);
    void countUsage(ConnectorId id, int delta);

    ExchangeApi *m_api;
    CollectionReader *m_reader;
    ExchangeService m_info;
    LoadState m_state = LoadState::NotLoaded;
    ApiError m_error;
    bool m_busy = false;
    bool m_readAgain = false;
    QList<Account> m_arrivals; // arrived, not added yet
    bool m_feeding = false;
    std::shared_ptr<PendingRead> m_readAfterArrivals;

    QHash<ConnectorId, SendConnector> m_connectors;
    QList<ConnectorId> m_connectorOrder;
    QHash<QString, Account> m_accounts;
    QStringList m_accountOrder;
    QHash<ConnectorId, int> m_usage;
    QHash<QString, Domain> m_domains;
    QSet<QString> m_pending;
    QStringList m_domainOrder;
};
