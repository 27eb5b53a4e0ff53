#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>

// What the scripted server does. Defaults: a plain ESMTP server with a two-line banner.
struct SmtpScenario
{
    QList<QByteArray> bannerLines{"220-relay.test ESMTP scripted server", "220 relay.test ready"};
    bool sendBanner = true; // false: accept and stay silent (stalling server)
    bool closeAfterBanner = false;
    bool answerCommands = true; // false: greet, then never answer (stalls on EHLO)
    bool rejectEhlo = false;    // 502 to EHLO, so the client must fall back to HELO
    bool implicitTls = false;   // TLS from the first byte (SMTPS)
    bool offerStartTls = false;
    QByteArray afterStartTlsReady; // sent in plain text right after "220 Ready" (injection)
    QList<QByteArray> extensions{"PIPELINING", "8BITMIME", "ENHANCEDSTATUSCODES"};
    QByteArray sizeLine;      // e.g. "SIZE 10485760"; empty: no SIZE
    QByteArray authBeforeTls; // e.g. "PLAIN LOGIN"; empty: no AUTH on the plain connection
    QByteArray authAfterTls;  // AUTH offered over TLS
    QString user;
    QString password; // the only password accepted
    QSslCertificate certificate{};
    QSslKey key;
};

struct ReceivedLine
{
    QByteArray line;
    bool encrypted = false;
};

// A loopback SMTP server for the probe tests. Serves one client at a time and records
// every line it receives, whether it arrived encrypted, and every raw byte received before
// TLS, so tests can prove what the probe sent and what it never sent.
class ScriptedSmtpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit ScriptedSmtpServer(const SmtpScenario &scenario, QObject *parent = nullptr);

    bool start(const QHostAddress &address = QHostAddress::LocalHost);

    QList<ReceivedLine> received() const { return m_received; }
    // Lines whose first word is verb (case-insensitive), e.g. "EHLO", "MAIL".
    QList<ReceivedLine> receivedVerb(QByteArrayView verb) const;
    QByteArray plainBytes() const { return m_plainBytes; } // everything received before TLS
    int connections() const { return m_connections; }
    bool authenticated() const { return m_authenticated; }
    int authAttempts() const { return m_authAttempts; }
    bool clientDisconnected() const { return m_clientDisconnected; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    enum class AuthState { None, PlainResponse, LoginUser, LoginPassword };

    void onReadyRead();
    void handleLine(const QByteArray &line);
    void handleAuth(const QByteArray &arguments);
    void checkPlain(const QByteArray &base64);
    void sendBanner();
    void reply(const QByteArray &text);
    void configureTls();
    bool encrypted() const;
    QByteArray offeredAuth() const;

    SmtpScenario m_scenario;
    QPointer<QSslSocket> m_socket;
    QByteArray m_buffer;
    QByteArray m_plainBytes;
    QList<ReceivedLine> m_received;
    AuthState m_authState = AuthState::None;
    QByteArray m_loginUser;
    int m_connections = 0;
    int m_authAttempts = 0;
    bool m_authenticated = false;
    bool m_clientDisconnected = false;
};
