#include "ProbeAdvice.h"

#include "ProbeObservations.h"
#include "ProbeRequest.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ProbeCheck ProbeAdvice::make(QStringView id, const QString &title, ProbeStatus status,
                             const QString &detail, const QString &suggestion)
{
    return ProbeCheck{id.toString(), title, status, detail, suggestion};
}

QString ProbeAdvice::notReached(const ProbeObservations &observations)
{
    if (observations.failure == ProbeFailure::Cancelled)
        return tr("Not checked: the probe was cancelled.");
    return tr("Not checked: the probe stopped before this step.");
}

QString ProbeAdvice::failureText(const ProbeRequest &request, const ProbeObservations &observations)
{
    const QString detail = observations.failureDetail;
    switch (observations.failure) {
    case ProbeFailure::None:
        return {};
    case ProbeFailure::InvalidRequest:
        return detail;
    case ProbeFailure::HostNotFound:
        return tr("The name %1 does not resolve (DNS failure).").arg(request.host);
    case ProbeFailure::ConnectionRefused:
        return tr("%1 refused the connection on port %2.")
            .arg(request.host, QString::number(request.port));
    case ProbeFailure::HostLookupTimeout:
        return tr("The name %1 did not resolve within %2 s (DNS timeout).")
            .arg(request.host, seconds(request.stepTimeoutMs));
    case ProbeFailure::Timeout:
        return tr("No answer within %1 s.").arg(seconds(request.stepTimeoutMs));
    case ProbeFailure::TotalTimeout:
        return tr("The probe took longer than %1 s in total and was stopped.")
            .arg(seconds(request.totalTimeoutMs));
    case ProbeFailure::RemoteClosed:
        return tr("The server closed the connection.");
    case ProbeFailure::NetworkError:
        return tr("Network error: %1").arg(detail);
    case ProbeFailure::TlsHandshakeFailed:
        return tr("The TLS handshake failed: %1").arg(detail);
    case ProbeFailure::UnexpectedReply:
        return tr("The server answered: %1")
            .arg(observations.failureReply ? observations.failureReply->summary() : detail);
    case ProbeFailure::ProtocolError:
        return tr("The server does not speak SMTP as expected: %1").arg(detail);
    case ProbeFailure::Cancelled:
        return tr("The probe was cancelled.");
    }
    return detail;
}

QString ProbeAdvice::seconds(int milliseconds)
{
    const QLocale locale;
    if (milliseconds % 1000 == 0)
        return locale.toString(milliseconds / 1000);
    return locale.toString(double(milliseconds) / 1000.0, 'f', 1);
}

QString ProbeAdvice::megabytes(qint64 bytes)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    const QLocale locale;
    if (bytes % mebibyte == 0)
        return locale.toString(bytes / mebibyte);
    return locale.toString(double(bytes) / double(mebibyte), 'f', 1);
}

QString ProbeAdvice::dateTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}
