#include "TaskWatcher.h"

#include "ExchangeApi.h"

#include <QTimer>

TaskWatcher::TaskWatcher(ExchangeApi *api, ServiceRef ref, Task task, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_ref(std::move(ref))
    , m_task(std::move(task))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TaskWatcher::poll);
}

void TaskWatcher::start()
{
    m_elapsed.start();
    m_intervalMs = m_timing.firstIntervalMs;
    if (m_task.isFinished()) {
        m_over = true;
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished(m_task);
            deleteLater();
        });
        return;
    }
    scheduleNext();
}

void TaskWatcher::cancel()
{
    fail(ApiError::make(ApiError::Kind::Cancelled,
                        tr("Stopped following task %1; it may still finish on OVHcloud's side.")
                            .arg(m_task.id.toString())));
}

void TaskWatcher::scheduleNext()
{
    m_timer->start(int(m_intervalMs));
    m_intervalMs = std::min<double>(m_intervalMs * m_timing.growth, m_timing.maxIntervalMs);
}

void TaskWatcher::poll()
{
    m_call = m_api->task(m_ref, m_task.id, this, [this](const ApiResult<Task> &result) {
        if (m_over)
            return;
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        const bool changed = result->status != m_task.status;
        m_task = *result;
        if (m_task.isFinished()) {
            m_over = true;
            Q_EMIT finished(m_task);
            deleteLater();
            return;
        }
        if (changed)
            Q_EMIT progressed(m_task);
        if (m_elapsed.elapsed() >= m_timing.timeoutMs) {
            const QString text = m_timing.timeoutMs < 60000
                                     ? tr("Task %1 (%2) is still \"%3\" after %n second(s).",
                                          nullptr, (m_timing.timeoutMs + 999) / 1000)
                                     : tr("Task %1 (%2) is still \"%3\" after %n minute(s).",
                                          nullptr, m_timing.timeoutMs / 60000);
            fail(ApiError::make(
                ApiError::Kind::Timeout,
                text.arg(m_task.id.toString(), m_task.function, taskStatusToApi(m_task.status)),
                result.queryId));
            return;
        }
        scheduleNext();
    });
}

void TaskWatcher::fail(const ApiError &error)
{
    if (m_over)
        return;
    m_over = true;
    m_timer->stop();
    if (m_call)
        m_call->cancel();
    Q_EMIT failed(error);
    deleteLater();
}
