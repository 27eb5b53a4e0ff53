#pragma once

#include "ApiError.h"
#include "ConnectorRequests.h"
#include "HistoryStore.h"
#include "MutationReadBack.h"
#include "ServiceRef.h"

#include <QObject>
#include <functional>

class ConnectorCreator;
class ExchangeApi;
class ServiceCatalog;
class ServiceStore;
class TaskTracker;

// What the user does to send connectors, wired to the rest of the models: each operation
// calls the API, records the task it starts in the TaskTracker and updates the service's
// store when the change is made (the tree and tables follow). The `done` handlers run only
// while their context lives; the store and tracker are updated either way.
class ConnectorActions : public QObject
{
    Q_OBJECT

public:
    ConnectorActions(ExchangeApi *api, ServiceCatalog *catalog, TaskTracker *tracker,
                     QObject *parent = nullptr);
    ~ConnectorActions() override;

    // Receives no error when the request was accepted. When the answer was lost (network error,
    // no answer in time) the connector is read back once, never sent again: the store shows
    // what OVHcloud has, and `done` receives MutationReadBack::verdict(): the original message
    // plus what the read-back showed; a change found applied counts as accepted (kind None,
    // with that message as a note for the user: MutationReadBack::isNote()).
    using Done = std::function<void(const ApiError &error)>;

    // POSTs the connector, follows the addSendConnector task and finds the new connector
    // (ConnectorCreator). Connect to the returned creator for progress; it deletes itself.
    ConnectorCreator *create(const ServiceRef &ref, const NewConnector &connector);
    // PUTs only the changed fields, then reads the connector again.
    void edit(const ServiceRef &ref, ConnectorId id, const ConnectorChanges &changes,
              QObject *context, Done done);
    // DELETE; the deleteSendConnector task is followed, then the service is read again.
    void remove(const ServiceRef &ref, ConnectorId id, QObject *context, Done done);
    void changeAuthentication(const ServiceRef &ref, ConnectorId id,
                              const AuthenticationChange &change, QObject *context, Done done);

Q_SIGNALS:
    void connectorCreated(const ServiceRef &ref, ConnectorId id);
    // Each request's outcome, for the change history (queryId: OVHcloud's, when known).
    void changeAnswered(const ServiceRef &ref, HistoryEntry::Action action, const QString &target,
                        const ApiError &error, const QString &queryId);

private:
    ServiceStore *store(const ServiceRef &ref) const;
    QString targetName(const ServiceRef &ref, ConnectorId id) const;
    void followTask(const ServiceRef &ref, const struct Task &task, const QString &target);
    // What a read-back shows: the connector as OVHcloud has it now (null: it is gone).
    using Judge = std::function<MutationReadBack::Outcome(const SendConnector *readBack)>;
    void readBack(const ServiceRef &ref, ConnectorId id, const ApiError &lost,
                  const QString &taskFunction, const QString &target, Judge judge, Done reply);

    ExchangeApi *m_api;
    ServiceCatalog *m_catalog;
    TaskTracker *m_tracker;
};
