#include "ProbeObservations.h"

ProbeFailure probeFailureFromSocketError(QAbstractSocket::SocketError error, bool inHandshake)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return ProbeFailure::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return ProbeFailure::ConnectionRefused;
    case QAbstractSocket::SocketTimeoutError:
        return ProbeFailure::Timeout;
    case QAbstractSocket::RemoteHostClosedError:
        return ProbeFailure::RemoteClosed;
    case QAbstractSocket::SslHandshakeFailedError:
        return ProbeFailure::TlsHandshakeFailed;
    default:
        break;
    }
    return inHandshake ? ProbeFailure::TlsHandshakeFailed : ProbeFailure::NetworkError;
}
