#pragma once

#include "AccessRule.h"
#include "FaultRule.h"
#include "SimOptions.h"
#include "SimWorld.h"

#include <QObject>
#include <QUrl>
#include <memory>

class AuthRoutes;
class ExchangeRoutes;
class FaultInjector;
class QHttpServerRequest;
class QTcpSocket;
class QueryIdGenerator;
class RequestLineCapture;
class SimAuthenticator;
class SimCredentialStore;
class SimHttpServer;
struct SimReply;
struct SimRequest;

// An OVHcloud API v1 server on 127.0.0.1 for tests, demos and smarthost-sim. It checks
// signed requests (and OAuth2 bearer tokens) like the real gateway, serves the Exchange
// send-connector routes over a SimWorld seeded with the guide's platform, runs tasks over
// time, honours the bulk-reading headers and injects faults on request.
//
//   Simulator sim(options);
//   sim.listen();                 // base URL: sim.baseUrl(), e.g. http://127.0.0.1:40123/1.0
//   sim.world().connector(SimWorld::guideService(), ConnectorId(29));
//
// Every answer carries X-Ovh-QueryId and is delayed by the latency option. The request is
// acted on (objects change, tasks start) when it arrives; only the answer is delayed.
class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(const SimOptions &options = SimOptions(), QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on 127.0.0.1; port 0 lets the system choose.
    bool listen(quint16 port = 0, QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;
    QUrl rootUrl() const;  // http://127.0.0.1:PORT
    QUrl baseUrl() const;  // http://127.0.0.1:PORT/1.0
    QUrl tokenUrl() const; // http://127.0.0.1:PORT/auth/oauth2/token (also served under /1.0)

    SimWorld &world() { return m_world; }
    const SimOptions &options() const { return m_options; }
    SimCredentialStore &credentials() { return *m_credentials; }

    // Live changes of the options.
    void setClockOffset(qint64 seconds);
    qint64 serverTime() const { return m_world.serverTime(); }
    void setLatency(int milliseconds) { m_options.latencyMs = qMax(0, milliseconds); }
    void setTaskStepMs(int milliseconds);
    void setPagesEnabled(bool enabled) { m_options.pagesEnabled = enabled; }
    void setBatchEnabled(bool enabled) { m_options.batchEnabled = enabled; }

    void addFault(const FaultRule &rule);
    void clearFaults();
    int faultsFired() const;

    // Validates a consumer key made by POST /auth/credential, as the user's login would.
    bool validateCredential(const QString &consumerKey);
    // A consumer key of the demo application, validated, with the given rules.
    QString addConsumerKey(const QList<AccessRule> &rules);
    // Every OAuth2 token issued so far expires now; new ones live this long.
    void expireOAuth2Tokens();
    void setOAuth2TokenLifetime(int seconds);

    quint64 requestCount() const { return m_requestCount; }
    int inFlight() const { return m_inFlight; }
    // Most requests received but not yet answered at one time (latency included).
    int peakInFlight() const { return m_peakInFlight; }
    void resetCounters();
    // "METHOD target" (+ " body" when there is one) of each request, oldest first; the
    // latest MaxLoggedRequests only.
    static constexpr qsizetype MaxLoggedRequests = 10000;
    QList<QByteArray> requestLog() const { return m_requestLog; }
    void clearRequestLog() { m_requestLog.clear(); }

Q_SIGNALS:
    // status is 0 when the answer was a hang or a reset.
    void requestAnswered(const QByteArray &method, const QByteArray &target, int status,
                         const QByteArray &queryId);
    void credentialValidated(const QString &consumerKey);

private:
    void onRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket);
    SimReply route(const SimRequest &request, TaskOutcome outcome);
    void deliver(QTcpSocket *socket, const SimRequest &request, const SimReply &reply,
                 const QByteArray &queryId, bool closeAfter, bool resetMidBody);
    void holdForever(QTcpSocket *socket, const SimRequest &request, const QByteArray &queryId);
    void requestDone();

    SimOptions m_options;
    SimWorld m_world;
    std::unique_ptr<SimCredentialStore> m_credentials;
    std::unique_ptr<SimAuthenticator> m_authenticator;
    std::unique_ptr<AuthRoutes> m_authRoutes;
    std::unique_ptr<ExchangeRoutes> m_exchangeRoutes;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<QueryIdGenerator> m_queryIds;
    quint64 m_requestCount = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    QList<QByteArray> m_requestLog;
    RequestLineCapture *m_tcpServer = nullptr; // owned by m_httpServer
    // Last member: destroyed first, so connections close while the rest still exists.
    std::unique_ptr<SimHttpServer> m_httpServer;
};
