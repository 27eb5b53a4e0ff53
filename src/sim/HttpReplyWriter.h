#pragma once

#include "SimReply.h"

class QTcpSocket;

// Puts a SimReply on the wire as an HTTP/1.1 response with X-Ovh-QueryId, Content-Type and
// Content-Length, or breaks the connection half way through the body.
class HttpReplyWriter
{
public:
    static QByteArray head(const SimReply &reply, const QByteArray &queryId, bool closeAfter);
    static void write(QTcpSocket *socket, const SimReply &reply, const QByteArray &queryId,
                      bool closeAfter);
    // The head (announcing the full length) and half the body, then a TCP reset.
    static void writeHalfThenReset(QTcpSocket *socket, const SimReply &reply,
                                   const QByteArray &queryId);
};
