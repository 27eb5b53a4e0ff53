#include "SimHttpServer.h"

#include <QHttpServerResponder>

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest takes every request. Answer 404 all the same.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
