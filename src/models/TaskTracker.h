#pragma once

#include "ApiError.h"
#include "ServiceRef.h"
#include "Task.h"
#include "TaskWatcher.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <functional>

class ExchangeApi;

// An OVHcloud task as the user sees it in the task list.
struct TrackedTask
{
    quint64 serial = 0; // unique in this session
    ServiceRef service;
    Task task;
    QString target; // what the task works on, e.g. the connector's name
    QDateTime started;
    QDateTime finished;
    ApiError error; // following the task failed (the task itself may still run)
    bool running = true;
};

// The running and recent tasks of this session. Either follows a task itself (follow()) or
// records one that someone else follows (add/update/finish, e.g. ConnectorCreator's).
class TaskTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxKept = 200; // finished tasks beyond this are forgotten, oldest first

    explicit TaskTracker(ExchangeApi *api, QObject *parent = nullptr);
    ~TaskTracker() override;

    void setTiming(const TaskWatcher::Timing &timing) { m_timing = timing; }
    const TaskWatcher::Timing &timing() const { return m_timing; }

    using FinishHandler = std::function<void(const TrackedTask &)>;
    quint64 follow(const ServiceRef &service, const Task &task, const QString &target,
                   FinishHandler finished = {});
    quint64 add(const ServiceRef &service, const Task &task, const QString &target);
    void update(quint64 serial, const Task &task);
    void finish(quint64 serial, const Task &task, const ApiError &error = {});

    int count() const { return int(m_tasks.size()); }
    const TrackedTask &at(int row) const { return m_tasks.at(row); }
    int rowOf(quint64 serial) const;
    int runningCount() const { return m_running; }

Q_SIGNALS:
    void taskAboutToBeAdded(int row);
    void taskAdded(int row);
    void taskChanged(int row);
    void tasksAboutToBeForgotten(int first, int last);
    void tasksForgotten();
    void runningCountChanged(int running);
    // A task ended (done, error, cancelled) or could not be followed (error is set).
    void taskFinished(const TrackedTask &task);

private:
    void forgetOldest();

    ExchangeApi *m_api;
    TaskWatcher::Timing m_timing;
    QList<TrackedTask> m_tasks;
    quint64 m_nextSerial = 1;
    int m_running = 0;
};
