#include "RequestLineCapture.h"

#include <QTcpSocket>

RequestLineCapture::RequestLineCapture(QObject *parent)
    : QTcpServer(parent)
{}

void RequestLineCapture::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    m_framers.insert(socket, RequestFramer());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { capture(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_framers.remove(socket); });
    addPendingConnection(socket);
}

void RequestLineCapture::capture(QTcpSocket *socket)
{
    // Peeking leaves the bytes for the HTTP server, which reads them after this slot.
    const auto it = m_framers.find(socket);
    if (it != m_framers.end())
        it->feed(socket->peek(socket->bytesAvailable()));
}

std::optional<RequestFramer::RequestLine> RequestLineCapture::takeRequestLine(QTcpSocket *socket)
{
    const auto it = m_framers.find(socket);
    if (it == m_framers.end() || !it->hasLine())
        return std::nullopt;
    return it->takeLine();
}
