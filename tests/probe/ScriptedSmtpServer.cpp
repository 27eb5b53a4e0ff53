#include "ScriptedSmtpServer.h"

using namespace Qt::StringLiterals;

ScriptedSmtpServer::ScriptedSmtpServer(const SmtpScenario &scenario, QObject *parent)
    : QTcpServer(parent)
    , m_scenario(scenario)
{}

bool ScriptedSmtpServer::start(const QHostAddress &address)
{
    return listen(address, 0);
}

QList<ReceivedLine> ScriptedSmtpServer::receivedVerb(QByteArrayView verb) const
{
    QList<ReceivedLine> lines;
    for (const auto &entry : m_received) {
        const QByteArray first = entry.line.split(' ').constFirst();
        if (first.compare(verb, Qt::CaseInsensitive) == 0)
            lines.append(entry);
    }
    return lines;
}

void ScriptedSmtpServer::incomingConnection(qintptr socketDescriptor)
{
    ++m_connections;
    if (m_socket) { // one client at a time
        QTcpSocket extra;
        extra.setSocketDescriptor(socketDescriptor);
        extra.abort();
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSocketDescriptor(socketDescriptor);
    m_buffer.clear();
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedSmtpServer::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, [this] { m_clientDisconnected = true; });
    if (m_scenario.implicitTls) {
        configureTls();
        connect(m_socket, &QSslSocket::encrypted, this, &ScriptedSmtpServer::sendBanner);
        m_socket->startServerEncryption();
        return;
    }
    sendBanner();
}

void ScriptedSmtpServer::configureTls()
{
    m_socket->setLocalCertificate(m_scenario.certificate);
    m_socket->setPrivateKey(m_scenario.key);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone); // the client has no certificate
}

bool ScriptedSmtpServer::encrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QByteArray ScriptedSmtpServer::offeredAuth() const
{
    return encrypted() ? m_scenario.authAfterTls : m_scenario.authBeforeTls;
}

void ScriptedSmtpServer::sendBanner()
{
    if (!m_scenario.sendBanner)
        return;
    for (const auto &line : m_scenario.bannerLines)
        m_socket->write(line + "\r\n");
    if (m_scenario.closeAfterBanner) {
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
}

void ScriptedSmtpServer::reply(const QByteArray &text)
{
    m_socket->write(text + "\r\n");
}

void ScriptedSmtpServer::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (!encrypted())
        m_plainBytes += data;
    m_buffer += data;
    qsizetype end;
    while (m_socket && (end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        m_received.append({line, encrypted()});
        if (m_scenario.answerCommands)
            handleLine(line);
    }
}

void ScriptedSmtpServer::handleLine(const QByteArray &line)
{
    switch (m_authState) {
    case AuthState::PlainResponse:
        m_authState = AuthState::None;
        checkPlain(line);
        return;
    case AuthState::LoginUser:
        m_loginUser = QByteArray::fromBase64(line);
        m_authState = AuthState::LoginPassword;
        reply("334 UGFzc3dvcmQ6"); // "Password:"
        return;
    case AuthState::LoginPassword: {
        m_authState = AuthState::None;
        const bool ok = m_loginUser == m_scenario.user.toUtf8() &&
                        QByteArray::fromBase64(line) == m_scenario.password.toUtf8();
        m_authenticated = m_authenticated || ok;
        reply(ok ? "235 2.7.0 Authentication successful"
                 : "535 5.7.8 Authentication credentials invalid");
        return;
    }
    case AuthState::None:
        break;
    }

    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray arguments = space < 0 ? QByteArray() : line.mid(space + 1);
    if (verb == "EHLO") {
        if (m_scenario.rejectEhlo)
            return reply("502 5.5.2 EHLO not supported");
        QList<QByteArray> lines{"relay.test greets " + arguments};
        lines += m_scenario.extensions;
        if (!m_scenario.sizeLine.isEmpty())
            lines.append(m_scenario.sizeLine);
        if (m_scenario.offerStartTls && !encrypted())
            lines.append("STARTTLS");
        if (!offeredAuth().isEmpty())
            lines.append("AUTH " + offeredAuth());
        for (qsizetype i = 0; i < lines.size(); ++i)
            reply("250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines.at(i));
    } else if (verb == "HELO") {
        reply("250 relay.test");
    } else if (verb == "STARTTLS") {
        if (!m_scenario.offerStartTls || encrypted())
            return reply("502 5.5.1 STARTTLS not available");
        reply("220 2.0.0 Ready to start TLS");
        if (!m_scenario.afterStartTlsReady.isEmpty())
            m_socket->write(m_scenario.afterStartTlsReady);
        configureTls();
        m_socket->startServerEncryption();
    } else if (verb == "AUTH") {
        handleAuth(arguments);
    } else if (verb == "QUIT") {
        reply("221 2.0.0 Bye");
        m_socket->disconnectFromHost();
    } else if (verb == "NOOP" || verb == "RSET" || verb == "MAIL" || verb == "RCPT") {
        reply("250 2.0.0 OK");
    } else {
        reply("502 5.5.2 Command not recognized");
    }
}

void ScriptedSmtpServer::handleAuth(const QByteArray &arguments)
{
    ++m_authAttempts;
    const QList<QByteArray> parts = arguments.split(' ');
    const QByteArray mechanism = parts.value(0).toUpper();
    if (!offeredAuth().split(' ').contains(mechanism))
        return reply("504 5.5.4 Mechanism not available");
    if (mechanism == "PLAIN") {
        if (parts.size() > 1)
            return checkPlain(parts.at(1));
        m_authState = AuthState::PlainResponse;
        return reply("334 ");
    }
    m_authState = AuthState::LoginUser;
    reply("334 VXNlcm5hbWU6"); // "Username:"
}

void ScriptedSmtpServer::checkPlain(const QByteArray &base64)
{
    const QList<QByteArray> fields = QByteArray::fromBase64(base64).split('\0');
    const bool ok = fields.size() == 3 && fields.at(1) == m_scenario.user.toUtf8() &&
                    fields.at(2) == m_scenario.password.toUtf8();
    m_authenticated = m_authenticated || ok;
    reply(ok ? "235 2.7.0 Authentication successful"
             : "535 5.7.8 Authentication credentials invalid");
}
