#pragma once

#include "SendConnector.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <optional>

// What the send connector is set to do; the probe compares the server's answers with it.
struct ConnectorExpectation
{
    bool requireTls = false;
    int maxSendSizeMb = SendConnector::MaxSendSizeLimitMb;
    AuthMechanism authMechanism = AuthMechanism::None;

    static ConnectorExpectation fromConnector(const SendConnector &connector);
};

// Whether TLS starts with the first byte (SMTPS, RFC 8314) instead of after STARTTLS.
// Auto means "on for port 465 only".
enum class ImplicitTls { Auto, On, Off };

struct ProbeRequest
{
    static constexpr quint16 DefaultPort = 587;
    static constexpr quint16 ImplicitTlsPort = 465;
    static constexpr int DefaultStepTimeoutMs = 10'000;
    static constexpr int DefaultTotalTimeoutMs = 60'000;

    QString host; // name, IPv4 or IPv6 address
    quint16 port = DefaultPort;
    ImplicitTls implicitTls = ImplicitTls::Auto;

    // Optional. Credentials are only sent over TLS whose certificate verified (against the
    // system CAs plus extraCaCertificates); otherwise the login check fails without sending.
    QString user;
    QString password;

    // Optional: without it the probe only describes the server.
    std::optional<ConnectorExpectation> expectation;

    int stepTimeoutMs = DefaultStepTimeoutMs;   // each connect, handshake or command reply
    int totalTimeoutMs = DefaultTotalTimeoutMs; // the whole probe

    // Certificates trusted in addition to the system CAs, e.g. a private relay's own CA (and
    // tests' generated CA). This is the only way to make a non-public certificate verify;
    // there is deliberately no "ignore certificate errors" switch.
    QList<QSslCertificate> extraCaCertificates;

    // Name sent with EHLO/HELO; empty means the address literal of the local socket address
    // ("[192.0.2.1]", "[IPv6:2001:db8::1]"), which is always valid per RFC 5321.
    QString clientName;

    bool usesImplicitTls() const;
    bool hasCredentials() const { return !user.isEmpty() && !password.isEmpty(); }
};
