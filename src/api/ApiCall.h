#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class OvhClient;
class QNetworkReply;
class QTimer;

// One API call (the job pattern): owns its QNetworkReply, has a transfer timeout and an
// overall deadline counted from its first send, retries GETs on network errors and 5xx with
// backoff, resynchronises the clock once on QUERY_TIME_OUT, emits finished() exactly once and then
// deletes itself. Mutations are never repeated after their answer was lost: the caller is told the
// outcome is unknown.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    const ApiRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    bool isRunning() const { return !m_reply.isNull(); }

    // Gives up: the reply is aborted and finished() reports a Cancelled error.
    void cancel();

Q_SIGNALS:
    void finished(const ApiResponse &response);

private:
    friend class OvhClient;
    ApiCall(OvhClient *client, ApiRequest request);

    void startAttempt();
    void onReplyFinished();
    void retryLater(int delayMs);
    void finish(const ApiResponse &response);
    int retryDelayMs() const;

    OvhClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadlineTimer;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    bool m_resynced = false;
    bool m_finished = false;
    bool m_holdsSlot = false;
};
