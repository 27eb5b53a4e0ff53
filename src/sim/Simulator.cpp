#include "Simulator.h"

#include "AuthRoutes.h"
#include "ExchangeRoutes.h"
#include "FaultBodies.h"
#include "FaultInjector.h"
#include "HttpReplyWriter.h"
#include "QueryIdGenerator.h"
#include "RequestLineCapture.h"
#include "SimAuthenticator.h"
#include "SimCredentialStore.h"
#include "SimHttpServer.h"
#include "SimRequest.h"
#include "SimWorldSeeder.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}
} // namespace

Simulator::Simulator(const SimOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_credentials(std::make_unique<SimCredentialStore>(options))
    , m_authenticator(std::make_unique<SimAuthenticator>(*m_credentials))
    , m_authRoutes(std::make_unique<AuthRoutes>(
          *m_credentials,
          [this](const QString &consumerKey) { Q_EMIT credentialValidated(consumerKey); }))
    , m_exchangeRoutes(std::make_unique<ExchangeRoutes>(m_world, m_options))
    , m_faults(std::make_unique<FaultInjector>(options.seed))
    , m_queryIds(std::make_unique<QueryIdGenerator>(options.seed))
{
    SimWorldSeeder::seed(m_world, m_options);
    m_httpServer =
        std::make_unique<SimHttpServer>([this](const QHttpServerRequest &request,
                                               QTcpSocket *socket) { onRequest(request, socket); });
}

Simulator::~Simulator()
{
    // Close every connection before the state their handlers use goes away.
    m_httpServer.reset();
}

bool Simulator::listen(quint16 port, QString *error)
{
    if (m_tcpServer) {
        if (error)
            *error = u"The simulator is already listening."_s;
        return false;
    }
    auto tcpServer = std::make_unique<RequestLineCapture>();
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tcpServer->errorString();
        return false;
    }
    m_tcpServer = tcpServer.release();
    m_httpServer->bind(m_tcpServer); // takes ownership
    return true;
}

bool Simulator::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

quint16 Simulator::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QUrl Simulator::rootUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QUrl Simulator::baseUrl() const
{
    QUrl url = rootUrl();
    url.setPath(u"/1.0"_s);
    return url;
}

QUrl Simulator::tokenUrl() const
{
    QUrl url = rootUrl();
    url.setPath(u"/auth/oauth2/token"_s);
    return url;
}

void Simulator::setClockOffset(qint64 seconds)
{
    m_options.clockOffsetSeconds = seconds;
    m_world.setClockOffset(seconds);
}

void Simulator::setTaskStepMs(int milliseconds)
{
    m_options.taskStepMs = milliseconds;
    m_world.setTaskStepMs(milliseconds);
}

void Simulator::addFault(const FaultRule &rule)
{
    m_faults->add(rule);
}

void Simulator::clearFaults()
{
    m_faults->clear();
}

int Simulator::faultsFired() const
{
    return m_faults->firedCount();
}

bool Simulator::validateCredential(const QString &consumerKey)
{
    if (!m_credentials->validate(consumerKey))
        return false;
    Q_EMIT credentialValidated(consumerKey);
    return true;
}

QString Simulator::addConsumerKey(const QList<AccessRule> &rules)
{
    SimConsumerKey &key =
        m_credentials->createConsumerKey(m_options.applicationKey, rules, QString(), m_world.now());
    m_credentials->validate(key.key);
    return key.key;
}

void Simulator::expireOAuth2Tokens()
{
    m_credentials->expireAllTokens();
}

void Simulator::setOAuth2TokenLifetime(int seconds)
{
    m_options.oauth2TokenLifetimeSeconds = seconds;
    m_credentials->setTokenLifetime(seconds);
}

void Simulator::resetCounters()
{
    m_requestCount = 0;
    m_peakInFlight = m_inFlight;
}

void Simulator::requestDone()
{
    m_inFlight = qMax(0, m_inFlight - 1);
}

void Simulator::onRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const auto line = m_tcpServer->takeRequestLine(socket);
    const QByteArray method = line ? line->method : methodName(httpRequest.method());
    const QByteArray target =
        line ? line->target
             : httpRequest.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QList<SimRequest::Header> headers = httpRequest.headers();
    SimRequest request = SimRequest::fromWire(method, target, {}, headers, httpRequest.body());
    request.host = request.header("Host");
    const bool closeAfter =
        (line && line->connectionClose) || request.header("Connection").toLower().contains("close");

    ++m_requestCount;
    m_peakInFlight = qMax(m_peakInFlight, ++m_inFlight);
    m_requestLog.append(request.logLine());
    if (m_requestLog.size() > MaxLoggedRequests)
        m_requestLog.removeFirst();
    const QByteArray queryId = m_queryIds->next(m_world.serverTime());

    const auto fault =
        m_faults->pick(request.method, request.path, ExchangeRoutes::startsTask(request));
    TaskOutcome outcome = TaskOutcome::Done;
    std::optional<SimReply> reply;
    if (fault) {
        switch (*fault) {
        case FaultKind::Hang:
            holdForever(socket, request, queryId);
            return;
        case FaultKind::Http500:
        case FaultKind::Http502:
        case FaultKind::Http503:
            reply = FaultBodies::serverError(*fault);
            break;
        case FaultKind::InvalidCredential:
        case FaultKind::QueryTimeOut:
            reply = FaultBodies::authFailure(*fault);
            break;
        case FaultKind::TaskError:
            outcome = TaskOutcome::Error;
            break;
        case FaultKind::TaskCancelled:
            outcome = TaskOutcome::Cancelled;
            break;
        case FaultKind::TaskNeverEnds:
            outcome = TaskOutcome::NeverEnds;
            break;
        case FaultKind::ResetMidBody:
        case FaultKind::MalformedJson:
        case FaultKind::TruncatedJson:
        case FaultKind::UnexpectedShape:
        case FaultKind::HugeArray:
        case FaultKind::DeepNesting:
            break;
        }
    }
    if (!reply)
        reply = route(request, outcome);
    if (fault)
        reply = FaultBodies::spoil(*reply, *fault);
    deliver(socket, request, *reply, queryId, closeAfter, fault == FaultKind::ResetMidBody);
}

SimReply Simulator::route(const SimRequest &request, TaskOutcome outcome)
{
    const QDateTime now = m_world.now();
    if (AuthRoutes::isPublic(request))
        return m_authRoutes->handlePublic(request, now);
    if (!request.underApiRoot)
        return SimReply::invalidRoute();
    SimIdentity identity;
    if (auto failure = m_authenticator->check(request, now, &identity))
        return *failure;
    if (request.segments == QStringList{u"auth"_s, u"currentCredential"_s} &&
        request.method == "GET")
        return m_authRoutes->currentCredential(identity, now);
    return m_exchangeRoutes->handle(request, outcome);
}

void Simulator::deliver(QTcpSocket *socket, const SimRequest &request, const SimReply &reply,
                        const QByteArray &queryId, bool closeAfter, bool resetMidBody)
{
    QPointer<QTcpSocket> guard(socket);
    const QByteArray method = request.method;
    const QByteArray target = request.rawTarget;
    // Always through the event loop, so no answer is written from inside the HTTP
    // server's own read handler.
    QTimer::singleShot(m_options.latencyMs, this,
                       [this, guard, reply, queryId, closeAfter, resetMidBody, method, target] {
                           requestDone();
                           if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                               return;
                           if (resetMidBody)
                               HttpReplyWriter::writeHalfThenReset(guard, reply, queryId);
                           else
                               HttpReplyWriter::write(guard, reply, queryId, closeAfter);
                           Q_EMIT requestAnswered(method, target, resetMidBody ? 0 : reply.status,
                                                  queryId);
                       });
}

void Simulator::holdForever(QTcpSocket *socket, const SimRequest &request,
                            const QByteArray &queryId)
{
    // Never answered; the request stops being in flight when the client gives up.
    auto released = std::make_shared<bool>(false);
    const auto release = [this, released] {
        if (*released)
            return;
        *released = true;
        requestDone();
    };
    connect(socket, &QAbstractSocket::disconnected, this, release);
    connect(socket, &QObject::destroyed, this, release);
    Q_EMIT requestAnswered(request.method, request.rawTarget, 0, queryId);
}
