#include "ConnectorCreator.h"

#include "ExchangeApi.h"

#include <algorithm>
#include <memory>

ConnectorCreator::ConnectorCreator(ExchangeApi *api, ServiceRef ref, NewConnector connector,
                                   QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_ref(std::move(ref))
    , m_connector(std::move(connector))
{}

void ConnectorCreator::start()
{
    // Remember the ids that exist before, so that the new one can be told apart even when
    // another connector has the same name.
    m_api->connectorIds(m_ref, this, [this](const ApiResult<QList<ConnectorId>> &result) {
        if (!result.ok())
            return fail(result.error);
        m_existing = QSet<ConnectorId>(result->begin(), result->end());
        post();
    });
}

void ConnectorCreator::post()
{
    m_api->createConnector(m_ref, m_connector, this, [this](const ApiResult<Task> &result) {
        if (!result.ok())
            return fail(result.error);
        Q_EMIT taskStarted(*result);
        auto *watcher = new TaskWatcher(m_api, m_ref, *result, this);
        watcher->setTiming(m_timing);
        connect(watcher, &TaskWatcher::progressed, this, &ConnectorCreator::taskProgressed);
        connect(watcher, &TaskWatcher::failed, this, &ConnectorCreator::fail);
        connect(watcher, &TaskWatcher::finished, this, [this](const Task &task) {
            if (task.status != TaskStatus::Done)
                return fail(ApiError::make(
                    ApiError::Kind::Http,
                    tr("OVHcloud's task %1 (addSendConnector) ended with status \"%2\".")
                        .arg(task.id.toString(), taskStatusToApi(task.status))));
            findNewConnector(task);
        });
        watcher->start();
    });
}

void ConnectorCreator::findNewConnector(const Task &task)
{
    m_api->connectorIds(m_ref, this, [this, task](const ApiResult<QList<ConnectorId>> &result) {
        if (!result.ok())
            return fail(result.error);
        QList<ConnectorId> candidates;
        for (ConnectorId id : *result)
            if (!m_existing.contains(id))
                candidates << id;
        std::sort(candidates.begin(), candidates.end(), std::greater<>());
        pickAmong(candidates, task);
    });
}

void ConnectorCreator::pickAmong(const QList<ConnectorId> &candidates, const Task &task)
{
    if (candidates.isEmpty())
        return fail(
            ApiError::make(ApiError::Kind::BadAnswer,
                           tr("The task finished but no new send connector named \"%1\" appeared.")
                               .arg(m_connector.displayName)));
    const ConnectorId id = candidates.first();
    const QList<ConnectorId> rest = candidates.mid(1);
    m_api->connector(m_ref, id, this, [this, rest, task](const ApiResult<SendConnector> &result) {
        if (!result.ok())
            return fail(result.error);
        if (result->displayName == m_connector.displayName) {
            Q_EMIT finished(*result, task);
            deleteLater();
            return;
        }
        pickAmong(rest, task);
    });
}

void ConnectorCreator::fail(const ApiError &error)
{
    Q_EMIT failed(error);
    deleteLater();
}
