#include "ApiCall.h"

#include "ApiLog.h"
#include "LogRedactor.h"
#include "OvhClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

ApiCall::ApiCall(OvhClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_deadlineTimer(new QTimer(this))
{
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, [this] {
        if (!m_reply && m_client->isWaitingForCredentials()) {
            // Held while the user signs in again: that wait is the user's, not the API's.
            m_deadlineTimer->start(m_client->limits().deadlineMs);
            return;
        }
        ApiResponse response;
        response.error = ApiError::make(ApiError::Kind::Timeout,
                                        tr("No usable answer from the API within %n second(s).",
                                           nullptr, m_client->limits().deadlineMs / 1000));
        finish(response);
    });
}

int ApiCall::retryDelayMs() const
{
    const int base = m_client->limits().retryBaseDelayMs;
    return base * (1 << std::min(m_attempts - 1, 6));
}

void ApiCall::cancel()
{
    ApiResponse response;
    response.error = ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."));
    finish(response);
}

void ApiCall::startAttempt()
{
    m_holdsSlot = true;
    if (++m_attempts == 1) {
        // The deadline counts from the first send: waiting behind the client's own cap and
        // rate limit (a bulk job of thousands of calls) is pacing, not the API's silence.
        m_elapsed.start();
        m_deadlineTimer->start(m_client->limits().deadlineMs);
    }
    QNetworkRequest networkRequest;
    QString problem;
    if (!m_client->prepare(m_request, &networkRequest, &problem)) {
        ApiResponse response;
        response.error = ApiError::make(ApiError::Kind::Usage, problem);
        // Queued: a refused call is dispatched from OvhClient::send(), before its caller
        // could connect to finished().
        QMetaObject::invokeMethod(
            this, [this, response] { finish(response); }, Qt::QueuedConnection);
        return;
    }
    if (lcApiRequest().isDebugEnabled()) {
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QByteArray &name : networkRequest.rawHeaderList())
            headers.append({name, networkRequest.rawHeader(name)});
        qCDebug(lcApiRequest).noquote()
            << m_request.method << networkRequest.url().toDisplayString() << "attempt" << m_attempts
            << "|" << LogRedactor::headers(headers) << "|" << LogRedactor::body(m_request.body);
    }
    m_reply =
        m_client->network()->sendCustomRequest(networkRequest, m_request.method, m_request.body);
    connect(m_reply.data(), &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::retryLater(int delayMs)
{
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_client->release(this);
    }
    QTimer::singleShot(delayMs, this, [this] {
        if (!m_finished)
            m_client->enqueue(this, true);
    });
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    reply->deleteLater();

    ApiResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.queryId = QString::fromLatin1(reply->rawHeader("X-Ovh-QueryId"));
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen()) // not after a reset
        response.body = reply->readAll();
    qCDebug(lcApiResponse).noquote()
        << m_request.method << m_request.path.encoded() << "HTTP" << response.httpStatus
        << "query id" << response.queryId << "|" << LogRedactor::headers(response.headers) << "|"
        << LogRedactor::body(response.body);

    const bool mutation = !m_request.isIdempotent();
    // Codes below 100 are the connection's (refused, reset, timed out…): even after a status
    // line, the body is incomplete and the answer lost, never an answer to decode.
    const bool connectionLost = reply->error() != QNetworkReply::NoError &&
                                (response.httpStatus == 0 || int(reply->error()) < 100);
    if (connectionLost) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        QString message = timedOut ? tr("The API did not answer in time (%1).")
                                         .arg(QString::fromUtf8(m_request.path.encoded()))
                          : response.httpStatus != 0
                              ? tr("The answer was cut off: %1").arg(reply->errorString())
                              : tr("Network error: %1").arg(reply->errorString());
        if (mutation)
            message += u' ' + tr("The change may or may not have been applied: refresh before "
                                 "trying again.");
        // The query id is known when the headers arrived before the connection broke.
        response.error =
            ApiError::make(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network, message,
                           response.queryId);
    } else if (response.httpStatus >= 400 || response.httpStatus == 0) {
        response.error = ApiError::fromHttp(response.httpStatus, response.body, response.queryId);
    } else if (response.httpStatus >= 300) {
        response.error = ApiError::fromHttp(response.httpStatus, response.body, response.queryId);
        response.error.message =
            tr("Unexpected redirect (HTTP %1) from the API.").arg(response.httpStatus);
    }

    if (response.error.isQueryTimeOut() && !m_resynced && m_request.authenticated) {
        // The server refused the stale timestamp before acting: learning its time again and
        // resending once is safe, even for a mutation.
        m_resynced = true;
        m_client->invalidateClock();
        retryLater(0);
        return;
    }
    if (response.httpStatus == 401 && m_client->usesOAuth2() && !m_resynced &&
        m_request.authenticated) {
        // The token expired early or was revoked: get a new one and resend once.
        m_resynced = true;
        m_client->invalidateToken();
        retryLater(0);
        return;
    }
    if (m_request.authenticated && response.error.isInvalidCredential() &&
        m_client->holdsCallsOnRejectedCredentials()) {
        // OVHcloud refused the keys before acting: the call goes again with new ones.
        m_deadlineTimer->start(m_client->limits().deadlineMs);
        if (m_holdsSlot) {
            m_holdsSlot = false;
            m_client->release(this);
        }
        m_client->holdForCredentials(this, response.error);
        return;
    }
    const bool transient =
        response.error.kind == ApiError::Kind::Network ||
        response.error.kind == ApiError::Kind::Timeout ||
        (response.error.kind == ApiError::Kind::Http && response.httpStatus >= 500);
    if (transient && !mutation && m_attempts < m_client->limits().maxGetAttempts) {
        const int delay = retryDelayMs();
        if (m_elapsed.elapsed() + delay < m_client->limits().deadlineMs) {
            retryLater(delay);
            return;
        }
    }
    finish(response);
}

void ApiCall::finish(const ApiResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadlineTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply.data();
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_client->forget(this);
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_client->release(this);
    }
    if (response.error.isError())
        Q_EMIT m_client->callFailed(m_request.method, m_request.path.encoded(), response.error);
    Q_EMIT finished(response);
    deleteLater();
}
