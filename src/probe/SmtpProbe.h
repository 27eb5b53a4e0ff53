#pragma once

#include "ProbeObservations.h"
#include "ProbeReport.h"
#include "ProbeRequest.h"
#include "ProbeTranscript.h"
#include "SmtpAuthExchange.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

class SmtpConnection;

// Talks to an SMTP smart host the way an Exchange send connector would, up to (never
// including) MAIL FROM: banner, EHLO (HELO fallback), STARTTLS or implicit TLS, EHLO over
// TLS, optionally AUTH PLAIN/LOGIN, then QUIT. Each step is bounded by stepTimeoutMs and
// the whole probe by totalTimeoutMs. ProbeAdvisor turns what it saw into checks.
//
// Credentials are sent only over TLS whose certificate verified. Certificate errors do not
// stop the probe: the handshake goes on for diagnosis (to read the extensions over TLS),
// the errors become failed checks, and the credentials are withheld.
//
// One probe per object: start() once, then finished() is emitted exactly once, from the
// event loop (or synchronously from cancel()). The object may be deleted from a slot
// connected to finished() with deleteLater().
class SmtpProbe : public QObject
{
    Q_OBJECT

public:
    explicit SmtpProbe(QObject *parent = nullptr);
    ~SmtpProbe() override;

    void start(const ProbeRequest &request);
    // Stops a running probe; finished() is emitted before cancel() returns, with
    // report.cancelled set and a Fail check for the interrupted step (unless only the
    // QUIT reply was still awaited, when every check is already complete).
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const QString &step); // translated, for a status line
    void finished(const ProbeReport &report);

private:
    // Declaration order matters: stepOf() indexes by it and Banner…Auth is the SMTP session.
    enum class Phase {
        Idle,
        Connecting,
        Handshake,
        Banner,
        Ehlo,
        Helo,
        StartTls,
        Auth,
        Quit,
        Done
    };

    void onConnected();
    void onEncrypted(const TlsInfo &tls);
    void onFailed(ProbeFailure failure, const QString &detail);
    void onStepTimeout();

    void handleReply(const SmtpReply &reply);
    void handleEhloReply(const SmtpReply &reply);
    void handleAuthReply(const SmtpReply &reply);
    void enterPhase(Phase phase);
    void sendCommand(const QByteArray &command, const QString &shownAs = {});
    void sendGreeting(bool extended);
    void continueAfterGreeting();
    void authenticate();
    void sendQuit();
    void fail(ProbeFailure failure, const QString &detail = {},
              const std::optional<SmtpReply> &reply = std::nullopt);
    void finish();
    ProbeReport buildReport() const;
    QString clientName() const;
    static ProbeStep stepOf(Phase phase);

    ProbeRequest m_request;
    ProbeObservations m_observations;
    ProbeTranscript m_transcript;
    SmtpConnection *m_connection = nullptr;
    std::optional<SmtpAuthExchange> m_auth;
    QTimer m_stepTimer;
    QTimer m_totalTimer;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    Phase m_phase = Phase::Idle;
    bool m_cancelled = false;
};
