#pragma once

#include "ApiError.h"
#include "ConnectorRequests.h"
#include "ServiceRef.h"
#include "TaskWatcher.h"

#include <QObject>
#include <QSet>

class ExchangeApi;

// The guide's first step as one operation: POST the connector, follow the
// addSendConnector task, then list the connectors and pick the new id whose displayName
// matches (the API returns a task, not the id). Emits finished() or failed() once.
class ConnectorCreator : public QObject
{
    Q_OBJECT

public:
    ConnectorCreator(ExchangeApi *api, ServiceRef ref, NewConnector connector,
                     QObject *parent = nullptr);
    void setTaskTiming(const TaskWatcher::Timing &timing) { m_timing = timing; }
    void start();

Q_SIGNALS:
    void taskStarted(const Task &task);
    void taskProgressed(const Task &task);
    void finished(const SendConnector &connector, const Task &task);
    void failed(const ApiError &error);

private:
    void post();
    void findNewConnector(const Task &task);
    void pickAmong(const QList<ConnectorId> &candidates, const Task &task);
    void fail(const ApiError &error);

    ExchangeApi *m_api;
    ServiceRef m_ref;
    NewConnector m_connector;
    TaskWatcher::Timing m_timing;
    QSet<ConnectorId> m_existing;
};
