#include "TaskTracker.h"

#include "ExchangeApi.h"

TaskTracker::TaskTracker(ExchangeApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

TaskTracker::~TaskTracker() = default;

quint64 TaskTracker::follow(const ServiceRef &service, const Task &task, const QString &target,
                            FinishHandler finished)
{
    const quint64 serial = add(service, task, target);
    auto *watcher = new TaskWatcher(m_api, service, task, this);
    watcher->setTiming(m_timing);
    connect(watcher, &TaskWatcher::progressed, this,
            [this, serial](const Task &t) { update(serial, t); });
    connect(watcher, &TaskWatcher::finished, this, [this, serial, finished](const Task &t) {
        finish(serial, t);
        if (finished && rowOf(serial) >= 0)
            finished(at(rowOf(serial)));
    });
    connect(watcher, &TaskWatcher::failed, this,
            [this, serial, finished, task = watcher->task()](const ApiError &error) {
                finish(serial, task, error);
                if (finished && rowOf(serial) >= 0)
                    finished(at(rowOf(serial)));
            });
    watcher->start();
    return serial;
}

quint64 TaskTracker::add(const ServiceRef &service, const Task &task, const QString &target)
{
    TrackedTask tracked;
    tracked.serial = m_nextSerial++;
    tracked.service = service;
    tracked.task = task;
    tracked.target = target;
    tracked.started = QDateTime::currentDateTime();
    tracked.running = !task.isFinished();
    Q_EMIT taskAboutToBeAdded(int(m_tasks.size()));
    m_tasks.append(tracked);
    Q_EMIT taskAdded(int(m_tasks.size()) - 1);
    if (tracked.running) {
        ++m_running;
        Q_EMIT runningCountChanged(m_running);
    }
    forgetOldest();
    return tracked.serial;
}

void TaskTracker::update(quint64 serial, const Task &task)
{
    const int row = rowOf(serial);
    if (row < 0)
        return;
    m_tasks[row].task = task;
    Q_EMIT taskChanged(row);
}

void TaskTracker::finish(quint64 serial, const Task &task, const ApiError &error)
{
    const int row = rowOf(serial);
    if (row < 0 || !m_tasks.at(row).running)
        return;
    TrackedTask &tracked = m_tasks[row];
    tracked.task = task;
    tracked.error = error;
    tracked.finished = QDateTime::currentDateTime();
    tracked.running = false;
    --m_running;
    Q_EMIT taskChanged(row);
    Q_EMIT runningCountChanged(m_running);
    Q_EMIT taskFinished(tracked);
}

int TaskTracker::rowOf(quint64 serial) const
{
    for (int row = int(m_tasks.size()) - 1; row >= 0; --row)
        if (m_tasks.at(row).serial == serial)
            return row;
    return -1;
}

void TaskTracker::forgetOldest()
{
    if (m_tasks.size() <= MaxKept || m_tasks.first().running)
        return;
    int last = 0;
    while (last + 1 < m_tasks.size() - MaxKept && !m_tasks.at(last + 1).running)
        ++last;
    Q_EMIT tasksAboutToBeForgotten(0, last);
    m_tasks.remove(0, last + 1);
    Q_EMIT tasksForgotten();
}
