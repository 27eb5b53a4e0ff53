#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslSocket;

// What the TLS session and the server's certificate looked like. Verification errors are
// recorded, never silently dropped: the probe goes on with an unverified session only to
// read the extensions offered over TLS, and then refuses to send credentials.
struct TlsInfo
{
    Q_DECLARE_TR_FUNCTIONS(TlsInfo)

public:
    bool attempted = false;   // a handshake was started
    bool established = false; // the handshake completed
    bool implicit = false;    // TLS from the first byte (SMTPS) rather than STARTTLS
    QString protocol;         // "TLS 1.3"
    QString cipher;           // "TLS_AES_256_GCM_SHA384"
    QString subject;          // leaf certificate subject, "CN=relay.example.com, O=Example"
    QString issuer;
    QStringList alternativeNames;      // DNS and IP subject alternative names
    QDateTime notBefore;               // UTC
    QDateTime notAfter;                // UTC
    QList<QSslError::SslError> errors; // distinct verification errors, in order
    QStringList errorMessages;         // the same, as text

    bool verified() const { return established && errors.isEmpty(); }
    bool nameMatches() const { return !errors.contains(QSslError::HostNameMismatch); }
    bool hasDateError() const;
    // True when every error is about the chain itself (self-signed, unknown issuer…),
    // not the name or the dates, which have their own checks.
    bool chainTrusted() const;

    // Reads the session of an encrypted socket; errors are those sslErrors() reported.
    static TlsInfo capture(const QSslSocket &socket, const QList<QSslError> &sslErrors);
    static QString protocolName(int sessionProtocol);
    // Stable ids for JSON ("hostname-mismatch", "expired", "self-signed"…).
    static QString errorId(QSslError::SslError error);

    friend bool operator==(const TlsInfo &, const TlsInfo &) = default;
};
