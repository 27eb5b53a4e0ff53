#pragma once

#include "ApiCall.h"
#include "Credentials.h"
#include "Endpoint.h"
#include "RateLimiter.h"

#include <QDateTime>
#include <QObject>
#include <deque>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

// The OVHcloud API v1 client: signs calls, keeps the clock delta from GET /auth/time, and
// runs at most maxInFlight() calls at once (the rest wait in order). The network access
// manager is injected; the client never owns global state.
class OvhClient : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int transferTimeoutMs = 30'000; // no byte for this long: the attempt fails
        int deadlineMs = 90'000;        // a call never waits longer, retries included
        int maxGetAttempts = 4;         // GETs only; mutations are sent once
        int retryBaseDelayMs = 500;     // doubles at each retry
        int maxInFlight = 8;
        // Client-side fair use: a token bucket of this many requests per second (0: off)
        // with room for a burst. Retries go through it too.
        double requestsPerSecond = 20;
        int burst = 20;
    };

    // How whole collections are read; a session only ever steps down (pages → batch →
    // single GETs) when the API shows a mode does not work.
    enum class BulkMode { Pages, Batch, Single };
    BulkMode bulkMode() const { return m_bulkMode; }
    void stepDownBulkMode(BulkMode atMost);
    // Whether the API has been seen honouring the current mode in this session (until then,
    // a bulk reader tries it with one request before sending many).
    bool isBulkModeConfirmed() const { return m_bulkModeConfirmed; }
    void confirmBulkMode() { m_bulkModeConfirmed = true; }

    OvhClient(QNetworkAccessManager *network, Endpoint endpoint, Credentials credentials,
              QObject *parent = nullptr);
    ~OvhClient() override;

    // Queues a call; it starts as soon as a slot is free (and the clock is known).
    ApiCall *send(ApiRequest request);

    const Endpoint &endpoint() const { return m_endpoint; }
    const Credentials &credentials() const { return m_credentials; }
    // New keys; calls held for rejected credentials go on with them.
    void setCredentials(const Credentials &credentials);

    // When on (the GUI), a call whose keys OVHcloud rejects (invalid, expired or refused
    // consumer key, unknown application key, bad signature, revoked OAuth2 client) is held
    // with every later authenticated call, and credentialsRejected() asks for new keys once:
    // setCredentials() resumes them all (the API refused them before acting, so resending a
    // change is safe); abandonRejectedCalls() fails them with OVHcloud's error. Held calls
    // do not count against the deadline: the user is signing in. Off: such calls fail at once.
    void setHoldCallsOnRejectedCredentials(bool hold) { m_holdOnRejection = hold; }
    bool holdsCallsOnRejectedCredentials() const { return m_holdOnRejection; }
    bool isWaitingForCredentials() const { return m_rejection.has_value(); }
    void abandonRejectedCalls();

    const Limits &limits() const { return m_limits; }
    void setLimits(const Limits &limits);

    // Signed keys (application key/secret + consumer key) or an OAuth2 service account.
    bool usesOAuth2() const { return !m_credentials.hasSignedKeys() && m_credentials.hasOAuth2(); }

    qint64 timeDelta() const { return m_timeDelta; }
    bool isClockKnown() const { return m_clock == ClockState::Known; }
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    quint64 requestsSent() const { return m_requestsSent; }
    int queued() const { return int(m_queue.size()); }

    // The absolute URL bytes a request goes to: exactly what is sent and signed.
    QByteArray urlFor(const ApiRequest &request) const;

Q_SIGNALS:
    void activityChanged(int inFlight, int queued);
    // Every failed call, for logs and status bars; the message never contains secrets.
    void callFailed(const QByteArray &method, const QByteArray &path, const ApiError &error);
    void clockSynchronized(qint64 delta);
    void tokenRenewed(const QDateTime &expiry);
    // OVHcloud rejected the keys; calls are held until setCredentials() or
    // abandonRejectedCalls(). Emitted once per rejection, however many calls were held.
    void credentialsRejected(const ApiError &error);

private:
    friend class ApiCall;
    enum class ClockState { Unknown, Synchronizing, Known };

    void enqueue(ApiCall *call, bool atFront = false);
    void dispatch(ApiCall *call);
    void release(ApiCall *call);
    void forget(ApiCall *call);
    void pump();
    void synchronizeClock();
    void invalidateClock();
    // Whether authenticated calls may go now; starts what they wait for (clock or token).
    bool readyForAuthenticatedCalls();
    void fetchToken();
    void invalidateToken();
    void failWaitingCalls(const ApiError &error);
    // Queues `call`, rejected for its credentials, until new ones come.
    void holdForCredentials(ApiCall *call, const ApiError &error);
    QNetworkAccessManager *network() const { return m_network; }
    bool prepare(const ApiRequest &request, QNetworkRequest *out, QString *error) const;

    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    Credentials m_credentials;
    Limits m_limits;
    std::deque<ApiCall *> m_queue;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    quint64 m_requestsSent = 0;
    ClockState m_clock = ClockState::Unknown;
    qint64 m_timeDelta = 0;
    ClockState m_token = ClockState::Unknown;
    QString m_accessToken;
    QDateTime m_tokenExpiry;
    QDateTime m_tokenRenewal;
    BulkMode m_bulkMode = BulkMode::Pages;
    bool m_bulkModeConfirmed = false;
    RateLimiter m_rateLimiter;
    bool m_tokenTimerPending = false;
    bool takeRateToken();
    bool m_pumping = false;
    bool m_holdOnRejection = false;
    std::optional<ApiError> m_rejection; // held calls wait for new credentials
    bool m_pumpAgain = false;
};
