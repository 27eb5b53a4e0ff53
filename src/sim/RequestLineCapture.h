#pragma once

#include "RequestFramer.h"

#include <QHash>
#include <QTcpServer>
#include <optional>

class QTcpSocket;

// The TCP server under the simulator's QAbstractHttpServer. It watches every connection's
// incoming bytes before the HTTP server reads them (its readyRead slot is connected first)
// and keeps the raw request lines, so that the request target can be checked byte for byte.
class RequestLineCapture : public QTcpServer
{
    Q_OBJECT

public:
    explicit RequestLineCapture(QObject *parent = nullptr);

    // The oldest request line of this connection not taken yet.
    std::optional<RequestFramer::RequestLine> takeRequestLine(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void capture(QTcpSocket *socket);

    QHash<QTcpSocket *, RequestFramer> m_framers;
};
