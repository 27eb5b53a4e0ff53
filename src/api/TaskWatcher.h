#pragma once

#include "ApiError.h"
#include "ServiceRef.h"
#include "Task.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class ApiCall;
class ExchangeApi;
class QTimer;

// Follows one task until it is done, in error or cancelled, polling …/task/{id} with a
// growing interval (1 s, ×1.5, at most 5 s by default). A read that fails is retried by the
// API layer; a task that never ends fails after timeoutMs. Emits finished() or failed()
// once, then deletes itself.
class TaskWatcher : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int firstIntervalMs = 1000;
        int maxIntervalMs = 5000;
        double growth = 1.5;
        int timeoutMs = 10 * 60 * 1000;
    };

    TaskWatcher(ExchangeApi *api, ServiceRef ref, Task task, QObject *parent = nullptr);
    void setTiming(const Timing &timing) { m_timing = timing; }
    void start();
    void cancel();

    const Task &task() const { return m_task; }
    const ServiceRef &service() const { return m_ref; }

Q_SIGNALS:
    void progressed(const Task &task);
    // The task ended; check task.status (done, error or cancelled).
    void finished(const Task &task);
    void failed(const ApiError &error);

private:
    void poll();
    void scheduleNext();
    void fail(const ApiError &error);

    ExchangeApi *m_api;
    ServiceRef m_ref;
    Task m_task;
    Timing m_timing;
    QTimer *m_timer;
    QElapsedTimer m_elapsed;
    double m_intervalMs = 0;
    QPointer<ApiCall> m_call;
    bool m_over = false;
};
