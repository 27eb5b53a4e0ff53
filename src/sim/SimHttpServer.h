#pragma once

#include <QAbstractHttpServer>
#include <functional>

// The HTTP front of the simulator: hands every complete request, with its socket, to one
// handler, which answers on the socket itself (at once, later, partly or never).
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
