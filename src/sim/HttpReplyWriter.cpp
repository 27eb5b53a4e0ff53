#include "HttpReplyWriter.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

QByteArray HttpReplyWriter::head(const SimReply &reply, const QByteArray &queryId, bool closeAfter)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                      SimReply::reasonPhrase(reply.status) + "\r\n";
    text += "Content-Type: " + reply.contentType + "\r\n";
    text += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    text += "X-Ovh-QueryId: " + queryId + "\r\n";
    text += "Cache-Control: no-cache\r\n";
    text += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const SimReply::Header &header : reply.headers)
        text += header.first + ": " + header.second + "\r\n";
    return text + "\r\n";
}

void HttpReplyWriter::write(QTcpSocket *socket, const SimReply &reply, const QByteArray &queryId,
                            bool closeAfter)
{
    socket->write(head(reply, queryId, closeAfter) + reply.body);
    if (closeAfter)
        socket->disconnectFromHost();
}

void HttpReplyWriter::writeHalfThenReset(QTcpSocket *socket, const SimReply &reply,
                                         const QByteArray &queryId)
{
    socket->write(head(reply, queryId, false) + reply.body.left(reply.body.size() / 2));
    socket->flush();
#ifdef Q_OS_UNIX
    // Linger with a zero timeout: closing sends a RST instead of an orderly FIN.
    const struct linger reset = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
#endif
    socket->abort();
}
