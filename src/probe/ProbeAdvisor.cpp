#include "ProbeAdvisor.h"

#include "ProbeAdvice.h"
#include "ProbeAuthAdvisor.h"
#include "ProbeObservations.h"
#include "ProbeRequest.h"
#include "ProbeTlsAdvisor.h"

using namespace Qt::StringLiterals;

QList<ProbeCheck> ProbeAdvisor::evaluate(const ProbeRequest &request,
                                         const ProbeObservations &observations,
                                         const QDateTime &now)
{
    QList<ProbeCheck> checks{connectCheck(request, observations), portCheck(request, observations),
                             bannerCheck(request, observations), ehloCheck(request, observations)};
    checks += ProbeTlsAdvisor::evaluate(request, observations, now);
    checks.append(sizeCheck(request, observations));
    checks += ProbeAuthAdvisor::evaluate(request, observations);
    return checks;
}

ProbeCheck ProbeAdvisor::connectCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("Connection");
    const QString port = QString::number(request.port);
    if (o.failedAt(ProbeStep::Connect)) {
        switch (o.failure) {
        case ProbeFailure::HostNotFound:
            return ProbeAdvice::make(
                ProbeCheckId::Connect, title, ProbeStatus::Fail,
                tr("The name %1 does not resolve (DNS failure).").arg(request.host),
                tr("Check the spelling of the smart host: OVHcloud's Exchange servers must "
                   "find it in public DNS."));
        case ProbeFailure::ConnectionRefused:
            return ProbeAdvice::make(
                ProbeCheckId::Connect, title, ProbeStatus::Fail,
                tr("%1 refused the connection on port %2: nothing listens there, or a "
                   "firewall rejects it.")
                    .arg(request.host, port),
                tr("Check the port: SMTP relays usually listen on 587 (submission with "
                   "STARTTLS) or 25."));
        case ProbeFailure::HostLookupTimeout:
            return ProbeAdvice::make(ProbeCheckId::Connect, title, ProbeStatus::Fail,
                                     ProbeAdvice::failureText(request, o),
                                     tr("Check the smart host name and that its DNS servers "
                                        "answer."));
        case ProbeFailure::Timeout:
            return ProbeAdvice::make(
                ProbeCheckId::Connect, title, ProbeStatus::Fail,
                tr("No connection to %1 on port %2 within %3 s.")
                    .arg(request.host, port, ProbeAdvice::seconds(request.stepTimeoutMs)),
                tr("A firewall may drop the connection silently, or the host is down. Check "
                   "the port, and that the relay accepts connections from OVHcloud's Exchange "
                   "servers."));
        default:
            return ProbeAdvice::make(ProbeCheckId::Connect, title, ProbeStatus::Fail,
                                     ProbeAdvice::failureText(request, o));
        }
    }
    if (o.peerAddress.isEmpty())
        return ProbeAdvice::make(ProbeCheckId::Connect, title, ProbeStatus::Skipped,
                                 ProbeAdvice::notReached(o));
    return ProbeAdvice::make(
        ProbeCheckId::Connect, title, ProbeStatus::Pass,
        tr("Connected to %1 (%2) on port %3.").arg(request.host, o.peerAddress, port));
}

ProbeCheck ProbeAdvisor::portCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("Port and TLS mode");
    const QString port = QString::number(request.port);
    if (o.implicitTls)
        return ProbeAdvice::make(
            ProbeCheckId::Port, title, ProbeStatus::Fail,
            tr("Port %1 uses implicit TLS (SMTPS): TLS starts before the SMTP greeting. "
               "Exchange send connectors do not speak it.")
                .arg(port),
            tr("Use port 587 or 25 with STARTTLS instead."));
    return ProbeAdvice::make(ProbeCheckId::Port, title, ProbeStatus::Pass,
                             tr("Port %1 starts in plain SMTP and upgrades with STARTTLS, as "
                                "Exchange send connectors do.")
                                 .arg(port));
}

ProbeCheck ProbeAdvisor::bannerCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("Server greeting");
    if (!o.failedAt(ProbeStep::Banner)) {
        if (o.banner)
            return ProbeAdvice::make(ProbeCheckId::Banner, title, ProbeStatus::Pass,
                                     tr("The server greets with: %1").arg(o.banner->summary()));
        return ProbeAdvice::make(ProbeCheckId::Banner, title, ProbeStatus::Skipped,
                                 ProbeAdvice::notReached(o));
    }
    const QString rejected = tr("The relay probably rejects connections from this address: "
                                "it must accept OVHcloud's Exchange servers.");
    switch (o.failure) {
    case ProbeFailure::Timeout:
        return ProbeAdvice::make(
            ProbeCheckId::Banner, title, ProbeStatus::Fail,
            tr("The server accepted the connection but sent no greeting within %1 s.")
                .arg(ProbeAdvice::seconds(request.stepTimeoutMs)),
            o.implicitTls ? tr("The port may not use implicit TLS; use port 587 or 25 with "
                               "STARTTLS.")
                          : tr("The port may not speak SMTP, or it expects implicit TLS (SMTPS), "
                               "which send connectors do not support."));
    case ProbeFailure::RemoteClosed:
        return ProbeAdvice::make(ProbeCheckId::Banner, title, ProbeStatus::Fail,
                                 tr("The server closed the connection without a greeting."),
                                 rejected);
    case ProbeFailure::UnexpectedReply:
        return ProbeAdvice::make(ProbeCheckId::Banner, title, ProbeStatus::Fail,
                                 tr("The server refused the session: %1")
                                     .arg(o.failureReply ? o.failureReply->summary() : QString()),
                                 rejected);
    default:
        return ProbeAdvice::make(ProbeCheckId::Banner, title, ProbeStatus::Fail,
                                 ProbeAdvice::failureText(request, o));
    }
}

ProbeCheck ProbeAdvisor::ehloCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("EHLO and extensions");
    if (o.failedAt(ProbeStep::Greeting)) {
        const bool overTls = o.tls.established;
        switch (o.failure) {
        case ProbeFailure::RemoteClosed:
            if (!overTls || o.implicitTls)
                return ProbeAdvice::make(
                    ProbeCheckId::Ehlo, title, ProbeStatus::Fail,
                    tr("The server closed the connection right after its greeting."),
                    tr("The relay probably rejects clients from this address: it must accept "
                       "OVHcloud's Exchange servers."));
            return ProbeAdvice::make(ProbeCheckId::Ehlo, title, ProbeStatus::Fail,
                                     tr("The server closed the connection after STARTTLS "
                                        "instead of answering EHLO."));
        case ProbeFailure::Timeout:
            return ProbeAdvice::make(ProbeCheckId::Ehlo, title, ProbeStatus::Fail,
                                     tr("The server did not answer EHLO within %1 s.")
                                         .arg(ProbeAdvice::seconds(request.stepTimeoutMs)));
        case ProbeFailure::UnexpectedReply:
            return ProbeAdvice::make(
                ProbeCheckId::Ehlo, title, ProbeStatus::Fail,
                tr("The server refused both EHLO and HELO: %1")
                    .arg(o.failureReply ? o.failureReply->summary() : QString()),
                tr("The relay probably rejects clients from this address: it must accept "
                   "OVHcloud's Exchange servers."));
        default:
            return ProbeAdvice::make(ProbeCheckId::Ehlo, title, ProbeStatus::Fail,
                                     ProbeAdvice::failureText(request, o));
        }
    }
    const auto extensions = o.finalExtensions();
    if (!extensions)
        return ProbeAdvice::make(ProbeCheckId::Ehlo, title, ProbeStatus::Skipped,
                                 ProbeAdvice::notReached(o));
    if (o.usedHelo)
        return ProbeAdvice::make(
            ProbeCheckId::Ehlo, title, ProbeStatus::Warn,
            tr("The server refused EHLO (%1) and accepted HELO: it offers no extensions, so "
               "no STARTTLS, AUTH or SIZE.")
                .arg(o.ehloReply ? o.ehloReply->summary() : QString()),
            tr("Enable ESMTP (EHLO) on the relay."));
    if (extensions->isEmpty())
        return ProbeAdvice::make(ProbeCheckId::Ehlo, title, ProbeStatus::Pass,
                                 tr("The server accepted EHLO and lists no extensions."));
    return ProbeAdvice::make(
        ProbeCheckId::Ehlo, title, ProbeStatus::Pass,
        tr("The server accepted EHLO and offers: %1.").arg(extensions->lines().join(u", ")));
}

ProbeCheck ProbeAdvisor::sizeCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("Message size");
    const auto extensions = o.finalExtensions();
    if (!extensions)
        return ProbeAdvice::make(ProbeCheckId::Size, title, ProbeStatus::Skipped,
                                 ProbeAdvice::notReached(o));
    const auto limit = extensions->sizeLimitBytes();
    if (!limit)
        return ProbeAdvice::make(ProbeCheckId::Size, title, ProbeStatus::Pass,
                                 tr("The server announces no size limit (no SIZE extension)."));
    if (*limit == 0)
        return ProbeAdvice::make(ProbeCheckId::Size, title, ProbeStatus::Pass,
                                 tr("The server announces SIZE without a fixed limit."));
    const QString limitMb = ProbeAdvice::megabytes(*limit);
    if (!request.expectation)
        return ProbeAdvice::make(ProbeCheckId::Size, title, ProbeStatus::Pass,
                                 tr("The server accepts messages up to %1 MB.").arg(limitMb));
    constexpr qint64 mebibyte = 1024 * 1024;
    const int maxMb = request.expectation->maxSendSizeMb;
    const QString maxText = QString::number(maxMb);
    if (*limit < qint64(maxMb) * mebibyte) {
        const qint64 fitting = std::max<qint64>(1, *limit / mebibyte);
        return ProbeAdvice::make(ProbeCheckId::Size, title, ProbeStatus::Warn,
                                 tr("SIZE %1 MB is below maxSendSize %2 MB: larger messages "
                                    "would be refused by the relay and bounce.")
                                     .arg(limitMb, maxText),
                                 tr("Lower maxSendSize to %1 MB, or raise the relay's limit to "
                                    "%2 MB.")
                                     .arg(QString::number(fitting), maxText));
    }
    return ProbeAdvice::make(ProbeCheckId::Size, title, ProbeStatus::Pass,
                             tr("SIZE %1 MB is at least maxSendSize %2 MB.").arg(limitMb, maxText));
}
