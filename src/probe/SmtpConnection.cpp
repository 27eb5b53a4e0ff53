#include "SmtpConnection.h"

#include "ProbeTranscript.h"

#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

SmtpConnection::SmtpConnection(ProbeTranscript *transcript, QObject *parent)
    : QObject(parent)
    , m_transcript(transcript)
{}

SmtpConnection::~SmtpConnection()
{
    close();
}

void SmtpConnection::open(const QString &host, quint16 port, bool implicitTls,
                          const QList<QSslCertificate> &extraCaCertificates)
{
    m_socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(extraCaCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(config);
    connect(m_socket, &QSslSocket::connected, this, [this, implicitTls] {
        m_handshaking = implicitTls; // connectToHostEncrypted() starts the handshake now
        Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpConnection::onEncrypted);
    connect(m_socket, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), this,
            &SmtpConnection::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpConnection::onErrorOccurred);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpConnection::onDisconnected);
    if (implicitTls)
        m_socket->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void SmtpConnection::send(const QByteArray &command, const QString &shownAs)
{
    if (!m_socket)
        return;
    m_transcript->addClient(shownAs.isEmpty() ? QString::fromUtf8(command) : shownAs);
    m_socket->write(command + "\r\n"_ba);
}

void SmtpConnection::startTls()
{
    if (m_parser.hasPendingInput())
        m_transcript->addNote(tr("Ignored data sent before the TLS handshake."));
    m_parser.discardPendingInput();
    m_handshaking = true;
    m_socket->startClientEncryption();
}

void SmtpConnection::quitNow()
{
    if (!m_socket || m_handshaking || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    send("QUIT"_ba);
    m_socket->flush();
}

void SmtpConnection::close()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

bool SmtpConnection::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

bool SmtpConnection::isLookingUpHost() const
{
    return m_socket && m_socket->state() == QAbstractSocket::HostLookupState;
}

QString SmtpConnection::peerAddress() const
{
    return m_socket ? m_socket->peerAddress().toString() : QString();
}

QHostAddress SmtpConnection::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

void SmtpConnection::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    for (const auto &error : errors)
        m_transcript->addNote(tr("Certificate problem: %1").arg(error.errorString()));
    // Diagnosis only: finish the handshake to read the extensions offered over TLS. The
    // errors reach the caller in TlsInfo, which then withholds credentials.
    m_socket->ignoreSslErrors();
}

void SmtpConnection::onEncrypted()
{
    m_handshaking = false;
    const TlsInfo tls = TlsInfo::capture(*m_socket, m_sslErrors);
    m_transcript->addNote(
        tr("TLS established: %1, %2, certificate %3")
            .arg(tls.protocol, tls.cipher, tls.verified() ? tr("verified") : tr("NOT verified")));
    Q_EMIT encrypted(tls);
}

void SmtpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    if (!m_parser.feed(m_socket->readAll())) {
        Q_EMIT failed(ProbeFailure::ProtocolError, m_parser.errorString());
        return;
    }
    const auto replies = m_parser.takeReplies();
    for (const auto &reply : replies) {
        if (!m_socket) // closed by a slot
            return;
        m_transcript->addServer(reply);
        if (m_handshaking) {
            // Anything after "220 ready to start TLS" but before the handshake could be
            // injected by an attacker (CVE-2011-0411 style); never act on it.
            m_transcript->addNote(tr("Ignored a reply sent before the TLS handshake."));
            continue;
        }
        Q_EMIT replyReceived(reply);
    }
}

void SmtpConnection::onErrorOccurred()
{
    if (!m_socket)
        return;
    Q_EMIT failed(probeFailureFromSocketError(m_socket->error(), m_handshaking),
                  m_socket->errorString());
}

void SmtpConnection::onDisconnected()
{
    if (m_socket)
        Q_EMIT failed(ProbeFailure::RemoteClosed, {});
}
