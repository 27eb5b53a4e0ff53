#include "SmtpProbe.h"

#include "ProbeAdvice.h"
#include "ProbeAdvisor.h"
#include "SmtpAuthPayload.h"
#include "SmtpClientName.h"
#include "SmtpConnection.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

SmtpProbe::SmtpProbe(QObject *parent)
    : QObject(parent)
{
    m_stepTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &SmtpProbe::onStepTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Quit) // every check is done; only the goodbye is missing
            finish();
        else
            fail(ProbeFailure::TotalTimeout);
    });
}

SmtpProbe::~SmtpProbe() = default; // the connection, a child, closes itself silently

bool SmtpProbe::isRunning() const
{
    return m_phase != Phase::Idle && m_phase != Phase::Done;
}

void SmtpProbe::start(const ProbeRequest &request)
{
    if (m_phase != Phase::Idle) {
        qWarning("SmtpProbe::start: a probe object runs once");
        return;
    }
    m_request = request;
    m_observations = {};
    m_observations.implicitTls = request.usesImplicitTls();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_transcript.start();
    m_transcript.setSecrets(SmtpAuthPayload::secretForms(request.user, request.password));
    enterPhase(Phase::Connecting);

    if (request.host.trimmed().isEmpty() || request.port == 0) {
        QTimer::singleShot(0, this, [this] {
            fail(ProbeFailure::InvalidRequest, tr("No smart host or port to probe."));
        });
        return;
    }

    m_totalTimer.start(std::max(1, request.totalTimeoutMs));
    const QString port = QString::number(request.port);
    Q_EMIT progress(tr("Connecting to %1 port %2…").arg(request.host, port));
    m_transcript.addNote(
        m_observations.implicitTls
            ? tr("Connecting to %1 port %2 with implicit TLS").arg(request.host, port)
            : tr("Connecting to %1 port %2").arg(request.host, port));
    if (m_observations.implicitTls && !QSslSocket::supportsSsl()) {
        QTimer::singleShot(0, this, [this] {
            fail(ProbeFailure::TlsHandshakeFailed, tr("TLS is not available on this system."));
        });
        return;
    }
    m_connection = new SmtpConnection(&m_transcript, this);
    connect(m_connection, &SmtpConnection::connected, this, &SmtpProbe::onConnected);
    connect(m_connection, &SmtpConnection::encrypted, this, &SmtpProbe::onEncrypted);
    connect(m_connection, &SmtpConnection::replyReceived, this, &SmtpProbe::handleReply);
    connect(m_connection, &SmtpConnection::failed, this, &SmtpProbe::onFailed);
    m_connection->open(request.host, request.port, m_observations.implicitTls,
                       request.extraCaCertificates);
}

void SmtpProbe::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    if (m_phase == Phase::Quit) // every check is done; only the goodbye is missing
        finish();
    else
        fail(ProbeFailure::Cancelled);
}

void SmtpProbe::onConnected()
{
    m_observations.peerAddress = m_connection->peerAddress();
    m_transcript.addNote(tr("Connected to %1").arg(m_observations.peerAddress));
    if (m_observations.implicitTls) {
        m_observations.tls.attempted = true;
        m_observations.tls.implicit = true;
        Q_EMIT progress(tr("Negotiating TLS…"));
        enterPhase(Phase::Handshake);
        return;
    }
    Q_EMIT progress(tr("Waiting for the server's greeting…"));
    enterPhase(Phase::Banner);
}

void SmtpProbe::onEncrypted(const TlsInfo &tls)
{
    m_observations.tls = tls;
    m_observations.tls.implicit = m_observations.implicitTls;
    if (m_observations.implicitTls) {
        Q_EMIT progress(tr("Waiting for the server's greeting…"));
        enterPhase(Phase::Banner);
        return;
    }
    sendGreeting(true);
}

void SmtpProbe::handleReply(const SmtpReply &reply)
{
    switch (m_phase) {
    case Phase::Banner:
        if (reply.code != 220) {
            fail(ProbeFailure::UnexpectedReply, {}, reply);
            return;
        }
        m_observations.banner = reply;
        sendGreeting(true);
        return;
    case Phase::Ehlo:
    case Phase::Helo:
        handleEhloReply(reply);
        return;
    case Phase::StartTls:
        m_observations.startTlsReply = reply;
        if (reply.code != 220) {
            continueAfterGreeting(); // reported by the starttls check; no credentials sent
        } else if (!QSslSocket::supportsSsl()) {
            fail(ProbeFailure::TlsHandshakeFailed, tr("TLS is not available on this system."));
        } else {
            m_observations.tls.attempted = true;
            enterPhase(Phase::Handshake);
            Q_EMIT progress(tr("Negotiating TLS…"));
            m_connection->startTls();
        }
        return;
    case Phase::Auth:
        handleAuthReply(reply);
        return;
    case Phase::Quit:
        finish();
        return;
    default: // nothing is expected before the banner or during the handshake
        return;
    }
}

void SmtpProbe::handleEhloReply(const SmtpReply &reply)
{
    const bool encrypted = m_connection->isEncrypted();
    if (reply.code != 250) {
        if (m_phase == Phase::Ehlo && reply.code != 421) {
            m_observations.ehloReply = reply;
            sendGreeting(false);
        } else {
            fail(ProbeFailure::UnexpectedReply, {}, reply);
        }
        return;
    }
    SmtpExtensions extensions;
    if (m_phase == Phase::Ehlo)
        extensions = SmtpExtensions::fromEhloReply(reply);
    else
        m_observations.usedHelo = true;
    (encrypted ? m_observations.extensionsAfterTls : m_observations.extensionsBeforeTls) =
        extensions;
    continueAfterGreeting();
}

void SmtpProbe::handleAuthReply(const SmtpReply &reply)
{
    m_observations.authReply = reply;
    SmtpAuthExchange::Line next;
    switch (m_auth->handle(reply, &next)) {
    case SmtpAuthExchange::Result::Continue:
        sendCommand(next.bytes, next.shownAs);
        return;
    case SmtpAuthExchange::Result::Accepted:
        m_observations.auth = AuthOutcome::Accepted;
        break;
    case SmtpAuthExchange::Result::Rejected:
        m_observations.auth = AuthOutcome::Rejected;
        break;
    }
    sendQuit();
}

void SmtpProbe::sendGreeting(bool extended)
{
    enterPhase(extended ? Phase::Ehlo : Phase::Helo);
    Q_EMIT progress(extended ? tr("Sending EHLO…") : tr("Sending HELO…"));
    sendCommand((extended ? "EHLO "_ba : "HELO "_ba) + clientName().toUtf8());
}

void SmtpProbe::continueAfterGreeting()
{
    const bool encrypted = m_connection->isEncrypted();
    if (!encrypted && m_observations.extensionsBeforeTls &&
        m_observations.extensionsBeforeTls->offersStartTls() && !m_observations.startTlsReply) {
        enterPhase(Phase::StartTls);
        Q_EMIT progress(tr("Starting TLS…"));
        sendCommand("STARTTLS"_ba);
        return;
    }
    if (m_request.hasCredentials()) {
        authenticate();
        return;
    }
    sendQuit();
}

void SmtpProbe::authenticate()
{
    const bool encrypted = m_connection->isEncrypted();
    const auto &extensions =
        encrypted ? m_observations.extensionsAfterTls : m_observations.extensionsBeforeTls;
    const QStringList mechanisms = extensions ? extensions->authMechanisms() : QStringList();
    if (mechanisms.isEmpty()) {
        m_observations.auth = AuthOutcome::NotOffered;
    } else if (!encrypted) {
        m_observations.auth = AuthOutcome::RefusedUnencrypted;
        m_transcript.addNote(tr("Credentials not sent: the connection is not encrypted."));
    } else if (!m_observations.tls.verified()) {
        m_observations.auth = AuthOutcome::RefusedUntrustedCertificate;
        m_transcript.addNote(tr("Credentials not sent: the certificate did not verify."));
    } else if (const auto mechanism = SmtpAuthExchange::chooseMechanism(mechanisms)) {
        m_observations.authMechanism = *mechanism;
        m_auth.emplace(*mechanism, m_request.user, m_request.password);
        enterPhase(Phase::Auth);
        Q_EMIT progress(tr("Logging in with AUTH %1…").arg(*mechanism));
        sendCommand(m_auth->firstLine().bytes, m_auth->firstLine().shownAs);
        return;
    } else {
        m_observations.auth = AuthOutcome::NoSupportedMechanism;
    }
    sendQuit();
}

void SmtpProbe::sendQuit()
{
    enterPhase(Phase::Quit);
    Q_EMIT progress(tr("Closing the session…"));
    m_observations.quitSent = true;
    sendCommand("QUIT"_ba);
}

void SmtpProbe::enterPhase(Phase phase)
{
    m_phase = phase;
    if (phase == Phase::Idle || phase == Phase::Done)
        m_stepTimer.stop();
    else
        m_stepTimer.start(std::max(1, m_request.stepTimeoutMs));
}

void SmtpProbe::sendCommand(const QByteArray &command, const QString &shownAs)
{
    m_connection->send(command, shownAs);
    m_stepTimer.start(std::max(1, m_request.stepTimeoutMs));
}

void SmtpProbe::onFailed(ProbeFailure failure, const QString &detail)
{
    if (m_phase == Phase::Quit) // the server may close as soon as it answered QUIT
        finish();
    else
        fail(failure, detail);
}

void SmtpProbe::onStepTimeout()
{
    if (m_phase == Phase::Quit) {
        m_transcript.addNote(tr("No reply to QUIT; closing."));
        finish();
        return;
    }
    const bool lookingUp = m_connection && m_connection->isLookingUpHost();
    fail(lookingUp ? ProbeFailure::HostLookupTimeout : ProbeFailure::Timeout);
}

void SmtpProbe::fail(ProbeFailure failure, const QString &detail,
                     const std::optional<SmtpReply> &reply)
{
    if (!isRunning())
        return;
    m_observations.failure = failure;
    m_observations.failedStep = stepOf(m_phase);
    m_observations.failureDetail = detail;
    m_observations.failureReply = reply;
    m_transcript.addNote(
        tr("Stopped: %1").arg(ProbeAdvice::failureText(m_request, m_observations)));
    const bool inSession = m_phase >= Phase::Banner && m_phase <= Phase::Auth;
    if (m_connection && inSession && failure != ProbeFailure::RemoteClosed) {
        m_observations.quitSent = true; // best effort, not waiting for the reply
        m_connection->quitNow();
    }
    finish();
}

void SmtpProbe::finish()
{
    if (!isRunning())
        return;
    m_phase = Phase::Done;
    m_stepTimer.stop();
    m_totalTimer.stop();
    if (m_connection)
        m_connection->close();
    const ProbeReport report = buildReport();
    Q_EMIT finished(report);
}

ProbeReport SmtpProbe::buildReport() const
{
    ProbeReport report;
    report.host = m_request.host;
    report.port = m_request.port;
    report.implicitTls = m_observations.implicitTls;
    report.peerAddress = m_observations.peerAddress;
    report.startedAt = m_startedAt;
    report.elapsedMs = m_clock.elapsed();
    report.cancelled = m_cancelled;
    report.checks = ProbeAdvisor::evaluate(m_request, m_observations);
    if (m_observations.banner && !m_observations.banner->texts.isEmpty())
        report.banner = m_observations.banner->texts.constFirst();
    if (const auto extensions = m_observations.finalExtensions())
        report.extensions = extensions->lines();
    report.tls = m_observations.tls;
    report.transcript = m_transcript.lines();
    return report;
}

QString SmtpProbe::clientName() const
{
    if (!m_request.clientName.isEmpty())
        return m_request.clientName;
    return SmtpClientName::addressLiteral(m_connection->localAddress());
}

ProbeStep SmtpProbe::stepOf(Phase phase)
{
    // Indexed by Phase, in declaration order.
    static constexpr ProbeStep steps[] = {
        ProbeStep::Connect,  ProbeStep::Connect,  ProbeStep::TlsHandshake, ProbeStep::Banner,
        ProbeStep::Greeting, ProbeStep::Greeting, ProbeStep::StartTls,     ProbeStep::Auth,
        ProbeStep::Quit,     ProbeStep::Quit};
    static_assert(std::size(steps) == std::size_t(Phase::Done) + 1);
    return steps[std::size_t(phase)];
}
