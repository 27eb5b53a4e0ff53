#include "ConnectorActions.h"

#include "ConnectorCreator.h"
#include "ExchangeApi.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "TaskTracker.h"

#include <QPointer>
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
        if (progress->serial == 0)
            return; // refused before any task started: nothing changed
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
        ref, id, changes, this, [this, ref, id, reply](const ApiResult<NoContent> &result) {
            Q_EMIT changeAnswered(ref, HistoryEntry::Action::Edit, targetName(ref, id),
                                  result.error, result.queryId);
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
    m_api->changeAuthentication(
        ref, id, change, this, [this, ref, id, target, reply](const ApiResult<Task> &result) {
            Q_EMIT changeAnswered(ref, HistoryEntry::Action::ChangeAuthentication, target,
                                  result.error, result.queryId);
            if (result.ok()) {
                followTask(ref, *result, target);
                if (ServiceStore *s = store(ref))
                    s->refreshConnector(id); // shows the pending task
            }
            reply(result.error);
        });
}
