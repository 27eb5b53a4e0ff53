#include "OvhClient.h"

#include "OAuth2TokenRequest.h"
#include "RequestSigner.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

OvhClient::OvhClient(QNetworkAccessManager *network, Endpoint endpoint, Credentials credentials,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
{}

OvhClient::~OvhClient()
{
    // Calls still queued are children of this client and die with it, unreported.
    m_queue.clear();
}

void OvhClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_accessToken.clear();
    m_token = ClockState::Unknown;
    m_rejection.reset();
    pump();
}

void OvhClient::holdForCredentials(ApiCall *call, const ApiError &error)
{
    const bool first = !m_rejection;
    m_rejection = error;
    enqueue(call, true); // waits: no authenticated call goes while m_rejection is set
    if (first)
        Q_EMIT credentialsRejected(error);
}

void OvhClient::abandonRejectedCalls()
{
    if (!m_rejection)
        return;
    const ApiError error = *m_rejection;
    m_rejection.reset();
    failWaitingCalls(error);
}

void OvhClient::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_limits.maxInFlight = std::max(1, limits.maxInFlight);
    m_rateLimiter.configure(m_limits.requestsPerSecond, m_limits.burst);
    pump();
}

ApiCall *OvhClient::send(ApiRequest request)
{
    auto *call = new ApiCall(this, std::move(request));
    enqueue(call);
    return call;
}

QByteArray OvhClient::urlFor(const ApiRequest &request) const
{
    QByteArray url = m_endpoint.baseUrl.toEncoded() + request.path.encoded();
    if (!request.query.isEmpty())
        url += '?' + request.query;
    return url;
}

bool OvhClient::prepare(const ApiRequest &request, QNetworkRequest *out, QString *error) const
{
    if (!request.refusal.isEmpty()) {
        *error = request.refusal;
        return false;
    }
    const QByteArray urlBytes = urlFor(request);
    const QUrl url = QUrl::fromEncoded(urlBytes, QUrl::StrictMode);
    if (!url.isValid() || url.toEncoded() != urlBytes) {
        *error = ApiError::tr("Cannot build a valid URL for %1").arg(QString::fromUtf8(urlBytes));
        return false;
    }
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(m_limits.transferTimeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QByteArray("Smarthost/" SMARTHOST_VERSION));
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        networkRequest.setRawHeader("Content-Type", "application/json");
    if (usesOAuth2()) {
        if (request.authenticated)
            networkRequest.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    } else {
        networkRequest.setRawHeader("X-Ovh-Application", m_credentials.applicationKey.toUtf8());
    }
    if (request.authenticated && !usesOAuth2()) {
        const qint64 timestamp = QDateTime::currentSecsSinceEpoch() + m_timeDelta;
        networkRequest.setRawHeader("X-Ovh-Consumer", m_credentials.consumerKey.toUtf8());
        networkRequest.setRawHeader("X-Ovh-Timestamp", QByteArray::number(timestamp));
        networkRequest.setRawHeader(
            "X-Ovh-Signature",
            RequestSigner::signature(m_credentials.applicationSecret, m_credentials.consumerKey,
                                     request.method, urlBytes, request.body, timestamp));
    }
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    *out = networkRequest;
    return true;
}

void OvhClient::enqueue(ApiCall *call, bool atFront)
{
    if (atFront)
        m_queue.push_front(call);
    else
        m_queue.push_back(call);
    pump();
}

void OvhClient::forget(ApiCall *call)
{
    m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), call), m_queue.end());
}

void OvhClient::dispatch(ApiCall *call)
{
    ++m_inFlight;
    ++m_requestsSent;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    call->startAttempt();
}

void OvhClient::release(ApiCall *)
{
    --m_inFlight;
    Q_EMIT activityChanged(m_inFlight, queued());
    pump();
}

void OvhClient::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        while (m_inFlight < m_limits.maxInFlight) {
            const bool authenticatedMayGo = readyForAuthenticatedCalls();
            // A refused call goes at once: it fails without sending anything, so it waits
            // neither for the clock, the token nor the rate limit.
            const auto eligible = std::find_if(m_queue.begin(), m_queue.end(), [&](ApiCall *c) {
                return !c->request().authenticated || !c->request().refusal.isEmpty() ||
                       authenticatedMayGo;
            });
            if (eligible == m_queue.end() ||
                ((*eligible)->request().refusal.isEmpty() && !takeRateToken()))
                break;
            ApiCall *call = *eligible;
            m_queue.erase(eligible);
            dispatch(call);
        }
        const bool waiting = std::any_of(m_queue.begin(), m_queue.end(), [](ApiCall *c) {
            return c->request().authenticated && c->request().refusal.isEmpty();
        });
        if (waiting && !m_rejection && !readyForAuthenticatedCalls()) {
            if (usesOAuth2() && m_token == ClockState::Unknown)
                fetchToken();
            else if (!usesOAuth2() && m_clock == ClockState::Unknown)
                synchronizeClock();
        }
    } while (m_pumpAgain);
    m_pumping = false;
    Q_EMIT activityChanged(m_inFlight, queued());
}

void OvhClient::invalidateClock()
{
    if (m_clock == ClockState::Known)
        m_clock = ClockState::Unknown;
}

void OvhClient::synchronizeClock()
{
    m_clock = ClockState::Synchronizing;
    ApiRequest request = ApiRequest::get(ApiPath("/auth/time"));
    request.authenticated = false;
    ApiCall *call = send(std::move(request));
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        bool ok = false;
        const qint64 serverTime = response.body.trimmed().toLongLong(&ok);
        if (response.ok() && ok) {
            m_timeDelta = serverTime - QDateTime::currentSecsSinceEpoch();
            m_clock = ClockState::Known;
            Q_EMIT clockSynchronized(m_timeDelta);
            pump();
            return;
        }
        // Without the server's time no signed call can succeed: fail the waiting ones.
        m_clock = ClockState::Unknown;
        ApiError error = response.error;
        if (!error.isError())
            error = ApiError::make(ApiError::Kind::BadAnswer,
                                   ApiError::tr("GET /auth/time did not return a time"),
                                   response.queryId);
        failWaitingCalls(error);
        pump();
    });
}

void OvhClient::failWaitingCalls(const ApiError &error)
{
    std::deque<ApiCall *> waiting;
    std::swap(waiting, m_queue);
    for (ApiCall *queuedCall : waiting) {
        if (queuedCall->request().authenticated) {
            ApiResponse failed;
            failed.error = error;
            queuedCall->finish(failed);
        } else {
            m_queue.push_back(queuedCall);
        }
    }
}

bool OvhClient::readyForAuthenticatedCalls()
{
    if (m_rejection)
        return false; // waiting for new credentials
    if (!usesOAuth2())
        return m_clock == ClockState::Known;
    if (m_token != ClockState::Known)
        return false;
    // Renew a minute before expiry (halfway for short-lived tokens), so that no call goes
    // out with a dying token.
    if (QDateTime::currentDateTimeUtc() >= m_tokenRenewal) {
        m_token = ClockState::Unknown;
        return false;
    }
    return true;
}

void OvhClient::invalidateToken()
{
    if (m_token == ClockState::Known)
        m_token = ClockState::Unknown;
}

void OvhClient::fetchToken()
{
    m_token = ClockState::Synchronizing;
    auto *request =
        new OAuth2TokenRequest(m_network, m_endpoint.tokenUrl, m_credentials.clientId,
                               m_credentials.clientSecret, m_limits.transferTimeoutMs, this);
    connect(request, &OAuth2TokenRequest::finished, this,
            [this](const QString &token, const QDateTime &expiry, const ApiError &error) {
                if (error.isError()) {
                    m_token = ClockState::Unknown;
                    failWaitingCalls(error);
                } else {
                    m_accessToken = token;
                    m_tokenExpiry = expiry;
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    const qint64 lifetimeMs = now.msecsTo(expiry);
                    m_tokenRenewal = now.addMSecs(std::max(lifetimeMs - 60'000, lifetimeMs / 2));
                    m_token = ClockState::Known;
                    Q_EMIT tokenRenewed(expiry);
                }
                pump();
            });
    request->start();
}

void OvhClient::stepDownBulkMode(BulkMode atMost)
{
    if (atMost > m_bulkMode) {
        m_bulkMode = atMost;
        m_bulkModeConfirmed = false;
    }
}

bool OvhClient::takeRateToken()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_rateLimiter.tryTake(now))
        return true;
    if (!m_tokenTimerPending) {
        m_tokenTimerPending = true;
        QTimer::singleShot(std::max(1, m_rateLimiter.msUntilNextToken(now)), this, [this] {
            m_tokenTimerPending = false;
            pump();
        });
    }
    return false;
}
