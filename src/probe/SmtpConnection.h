#pragma once

#include "ProbeObservations.h"
#include "SmtpReplyParser.h"
#include "TlsInfo.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

class ProbeTranscript;
class QSslSocket;

// One SMTP client connection: socket, TLS, reply parsing, and the transcript of what
// crosses it. It knows nothing of the probe's steps; SmtpProbe drives it.
// After close() (or the object's destruction) it emits nothing more.
class SmtpConnection : public QObject
{
    Q_OBJECT

public:
    explicit SmtpConnection(ProbeTranscript *transcript, QObject *parent = nullptr);
    ~SmtpConnection() override;

    // Certificates are verified against the system CAs plus extraCaCertificates.
    void open(const QString &host, quint16 port, bool implicitTls,
              const QList<QSslCertificate> &extraCaCertificates);
    void send(const QByteArray &command, const QString &shownAs = {});
    // After the server's 220 to STARTTLS. Replies until the handshake ends are dropped.
    void startTls();
    // Sends QUIT without waiting for the reply, when an SMTP session is up.
    void quitNow();
    void close();

    bool isEncrypted() const;
    bool isLookingUpHost() const;
    QString peerAddress() const;
    QHostAddress localAddress() const;

Q_SIGNALS:
    void connected();
    // Certificate errors do not stop the handshake (diagnosis only); they are in tls.errors.
    void encrypted(const TlsInfo &tls);
    void replyReceived(const SmtpReply &reply);
    // Socket errors, the server closing, or a reply that is not SMTP.
    void failed(ProbeFailure failure, const QString &detail);

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onReadyRead();
    void onErrorOccurred();
    void onDisconnected();

    ProbeTranscript *m_transcript;
    QPointer<QSslSocket> m_socket;
    SmtpReplyParser m_parser;
    QList<QSslError> m_sslErrors;
    bool m_handshaking = false;
};
