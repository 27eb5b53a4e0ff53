#include "ConnectorActions.h"

#include "ConnectorCreator.h"
#include "ExchangeApi.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "TaskTracker.h"

#include <QPointer>

using namespace Qt::StringLiterals;
#include <memory>

namespace {
// Calls `done` only while `context` lives.
ConnectorActions::Done guarded(QObject *context, ConnectorActions::Done done)
{
    return [context = QPointer<QObject>(context), done = std::move(done)](const ApiError &error) {
        if (context && done)
            done(error);
    };
}

using Outcome = MutationReadBack::Outcome;

// Every field the PUT carried reads back with the value sent.
Outcome editOutcome(const ConnectorChanges &changes, const SendConnector *now)
{
    if (!now)
        return Outcome::NotApplied; // gone: nothing of it was changed
    const bool applied = (!changes.displayName || *changes.displayName == now->displayName) &&
                         (!changes.smartHost || *changes.smartHost == now->smartHost) &&
                         (!changes.port || *changes.port == now->port) &&
                         (!changes.requireTls || *changes.requireTls == now->requireTls) &&
                         (!changes.maxSendSizeMb || *changes.maxSendSizeMb == now->maxSendSizeMb);
    return applied ? Outcome::Applied : Outcome::NotApplied;
}

// Gone, or being deleted.
Outcome removeOutcome(const SendConnector *now)
{
    return !now || now->state == ConnectorState::Deleting ? Outcome::Applied : Outcome::NotApplied;
}

// OVHcloud started a task on it since, or shows the mechanism asked for when it was another.
// The password cannot be read: a change of password alone whose task already ended cannot
// be told apart from no change.
Outcome authenticationOutcome(const AuthenticationChange &change, const SendConnector &was,
                              const SendConnector *now)
{
    if (!now)
        return Outcome::NotApplied;
    if (!now->taskPendingId.isNull() && now->taskPendingId != was.taskPendingId)
        return Outcome::Applied;
    if (now->authMechanism != change.authMechanism)
        return Outcome::NotApplied;
    return was.authMechanism != change.authMechanism ? Outcome::Applied : Outcome::Unknown;
}
} // namespace

ConnectorActions::ConnectorActions(ExchangeApi *api, ServiceCatalog *catalog, TaskTracker *tracker,
                                   QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_catalog(catalog)
    , m_tracker(tracker)
{}

ConnectorActions::~ConnectorActions() = default;

ServiceStore *ConnectorActions::store(const ServiceRef &ref) const
{
    return m_catalog->store(ref);
}

QString ConnectorActions::targetName(const ServiceRef &ref, ConnectorId id) const
{
    const ServiceStore *s = store(ref);
    const SendConnector *c = s ? s->connector(id) : nullptr;
    return c ? c->displayName : tr("connector %1").arg(id.toString());
}

void ConnectorActions::followTask(const ServiceRef &ref, const Task &task, const QString &target)
{
    m_tracker->follow(ref, task, target, [this, ref](const TrackedTask &) {
        if (ServiceStore *s = store(ref))
            s->refresh();
    });
}

void ConnectorActions::readBack(const ServiceRef &ref, ConnectorId id, const ApiError &lost,
                                const QString &taskFunction, const QString &target, Judge judge,
                                Done reply)
{
    using Outcome = MutationReadBack::Outcome;
    ServiceStore *s = store(ref);
    if (!s) {
        reply(MutationReadBack::verdict(lost, Outcome::Unknown));
        return;
    }
    s->refreshConnector(
        id, [this, ref, id, lost, taskFunction, target, judge, reply](const ApiError &readError) {
            const ServiceStore *s = store(ref);
            const SendConnector *now = s ? s->connector(id) : nullptr;
            const Outcome outcome = readError.isError() || !s ? Outcome::Unknown : judge(now);
            if (outcome == Outcome::Applied && now && !now->taskPendingId.isNull() &&
                !taskFunction.isEmpty()) {
                // The task the lost answer would have named: followed like any other.
                Task task;
                task.id = now->taskPendingId;
                task.function = taskFunction;
                followTask(ref, task, target);
            }
            reply(MutationReadBack::verdict(lost, outcome));
        });
}

ConnectorCreator *ConnectorActions::create(const ServiceRef &ref, const NewConnector &connector)
{
    auto *creator = new ConnectorCreator(m_api, ref, connector, this);
    creator->setTaskTiming(m_tracker->timing());
    struct Progress
    {
        quint64 serial = 0;
        Task task;
    };
    auto progress = std::make_shared<Progress>();
    connect(creator, &ConnectorCreator::taskStarted, this,
            [this, ref, progress, name = connector.displayName](const Task &task) {
                progress->task = task;
                progress->serial = m_tracker->add(ref, task, name);
                // The new connector already exists on OVHcloud's side, in state "creating".
                if (ServiceStore *s = store(ref))
                    s->refreshConnectors();
            });
    connect(creator, &ConnectorCreator::taskProgressed, this, [this, progress](const Task &task) {
        progress->task = task;
        m_tracker->update(progress->serial, task);
    });
    connect(creator, &ConnectorCreator::finished, this,
            [this, ref, progress](const SendConnector &created, const Task &task) {
                m_tracker->finish(progress->serial, task);
                Q_EMIT changeAnswered(ref, HistoryEntry::Action::Create, created.displayName, {},
                                      {});
                if (ServiceStore *s = store(ref))
                    s->applyConnector(created);
                Q_EMIT connectorCreated(ref, created.id);
            });
    connect(creator, &ConnectorCreator::failed, this,
            [this, ref, name = connector.displayName](const ApiError &error) {
                if (error.kind == ApiError::Kind::Usage)
                    return; // refused before sending: nothing was asked of OVHcloud
                Q_EMIT changeAnswered(ref, HistoryEntry::Action::Create, name, error,
                                      error.queryId);
            });
    connect(creator, &ConnectorCreator::failed, this, [this, ref, progress](const ApiError &error) {
        if (progress->serial == 0) {
            // Refused before any task started: nothing changed. A lost answer may hide a
            // connector OVHcloud created: the list is read again (never the POST).
            if (MutationReadBack::answerUnclear(error))
                if (ServiceStore *s = store(ref))
                    s->refreshConnectors();
            return;
        }
        m_tracker->finish(progress->serial, progress->task, error);
        if (ServiceStore *s = store(ref))
            s->refreshConnectors();
    });
    creator->start();
    return creator;
}

void ConnectorActions::edit(const ServiceRef &ref, ConnectorId id, const ConnectorChanges &changes,
                            QObject *context, Done done)
{
    Done reply = guarded(context, std::move(done));
    m_api->editConnector(
        ref, id, changes, this,
        [this, ref, id, changes, reply](const ApiResult<NoContent> &result) {
            const QString target = targetName(ref, id);
            Q_EMIT changeAnswered(ref, HistoryEntry::Action::Edit, target, result.error,
                                  result.queryId);
            if (MutationReadBack::answerUnclear(result.error)) {
                readBack(
                    ref, id, result.error, {}, target,
                    [changes](const SendConnector *now) { return editOutcome(changes, now); },
                    reply);
                return;
            }
            if (result.ok())
                if (ServiceStore *s = store(ref))
                    s->refreshConnector(id);
            reply(result.error);
        });
}

void ConnectorActions::remove(const ServiceRef &ref, ConnectorId id, QObject *context, Done done)
{
    Done reply = guarded(context, std::move(done));
    const QString target = targetName(ref, id);
    m_api->deleteConnector(ref, id, this,
                           [this, ref, id, target, reply](const ApiResult<Task> &result) {
                               Q_EMIT changeAnswered(ref, HistoryEntry::Action::Delete, target,
                                                     result.error, result.queryId);
                               if (MutationReadBack::answerUnclear(result.error)) {
                                   readBack(ref, id, result.error, u"deleteSendConnector"_s, target,
                                            &removeOutcome, reply);
                                   return;
                               }
                               if (result.ok()) {
                                   followTask(ref, *result, target);
                                   if (ServiceStore *s = store(ref))
                                       s->refreshConnector(id); // now "deleting"
                               }
                               reply(result.error);
                           });
}

void ConnectorActions::changeAuthentication(const ServiceRef &ref, ConnectorId id,
                                            const AuthenticationChange &change, QObject *context,
                                            Done done)
{
    Done reply = guarded(context, std::move(done));
    const QString target = targetName(ref, id);
    const ServiceStore *s = store(ref);
    const SendConnector *before = s ? s->connector(id) : nullptr;
    const SendConnector was = before ? *before : SendConnector();
    m_api->changeAuthentication(
        ref, id, change, this,
        [this, ref, id, target, change, was, reply](const ApiResult<Task> &result) {
            Q_EMIT changeAnswered(ref, HistoryEntry::Action::ChangeAuthentication, target,
                                  result.error, result.queryId);
            if (MutationReadBack::answerUnclear(result.error)) {
                readBack(
                    ref, id, result.error, u"changeAuthenticationSendConnector"_s, target,
                    [change, was](const SendConnector *now) {
                        return authenticationOutcome(change, was, now);
                    },
                    reply);
                return;
            }
            if (result.ok()) {
                followTask(ref, *result, target);
                if (ServiceStore *s = store(ref))
                    s->refreshConnector(id); // shows the pending task
            }
            reply(result.error);
        });
}
