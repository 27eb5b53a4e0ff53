#pragma once

#include "SmtpExtensions.h"
#include "SmtpReply.h"
#include "TlsInfo.h"

#include <QAbstractSocket>
#include <QString>
#include <optional>

// The phase of the conversation a failure happened in.
enum class ProbeStep { Connect, TlsHandshake, Banner, Greeting, StartTls, Auth, Quit };

enum class ProbeFailure {
    None,
    InvalidRequest,
    HostNotFound,
    ConnectionRefused,
    HostLookupTimeout, // the name lookup took longer than stepTimeoutMs
    Timeout,           // one step took longer than stepTimeoutMs
    TotalTimeout,      // the whole probe took longer than totalTimeoutMs
    RemoteClosed,
    NetworkError,
    TlsHandshakeFailed,
    UnexpectedReply,
    ProtocolError, // the server sent something that is not SMTP
    Cancelled,
};

ProbeFailure probeFailureFromSocketError(QAbstractSocket::SocketError error, bool inHandshake);

enum class AuthOutcome {
    NotAttempted,                // no credentials given, or the probe stopped earlier
    RefusedUnencrypted,          // credentials withheld: no TLS
    RefusedUntrustedCertificate, // credentials withheld: the certificate did not verify
    NotOffered,
    NoSupportedMechanism, // neither PLAIN nor LOGIN
    Accepted,
    Rejected,
};

// The raw facts SmtpProbe gathered; ProbeAdvisor turns them into checks. Kept apart so the
// verdicts can be tested without a network.
struct ProbeObservations
{
    bool implicitTls = false;
    QString peerAddress; // the address actually connected to

    ProbeStep failedStep = ProbeStep::Connect;
    ProbeFailure failure = ProbeFailure::None;
    QString failureDetail;                 // socket or parser error text
    std::optional<SmtpReply> failureReply; // the reply that stopped the probe

    std::optional<SmtpReply> banner;    // 220 greeting
    std::optional<SmtpReply> ehloReply; // a refused EHLO, when HELO was used instead
    bool usedHelo = false;
    // Set once EHLO (or HELO: empty) succeeded on the plain connection / over TLS.
    std::optional<SmtpExtensions> extensionsBeforeTls;
    std::optional<SmtpExtensions> extensionsAfterTls;

    std::optional<SmtpReply> startTlsReply;
    TlsInfo tls;

    AuthOutcome auth = AuthOutcome::NotAttempted;
    QString authMechanism; // "PLAIN" or "LOGIN"
    std::optional<SmtpReply> authReply;

    bool quitSent = false;

    bool failed() const { return failure != ProbeFailure::None; }
    bool failedAt(ProbeStep step) const { return failed() && failedStep == step; }
    // The extensions the final session offers: over TLS when it was established.
    std::optional<SmtpExtensions> finalExtensions() const
    {
        return extensionsAfterTls ? extensionsAfterTls : extensionsBeforeTls;
    }
};
