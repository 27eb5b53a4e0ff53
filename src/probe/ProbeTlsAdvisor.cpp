#include "ProbeTlsAdvisor.h"

#include "ProbeAdvice.h"
#include "ProbeObservations.h"
#include "ProbeRequest.h"

using namespace Qt::StringLiterals;

QList<ProbeCheck> ProbeTlsAdvisor::evaluate(const ProbeRequest &request,
                                            const ProbeObservations &observations,
                                            const QDateTime &now)
{
    return {startTlsCheck(request, observations), tlsCheck(request, observations),
            trustCheck(observations), nameCheck(request, observations),
            datesCheck(observations, now)};
}

ProbeCheck ProbeTlsAdvisor::startTlsCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("STARTTLS");
    const QString port = QString::number(request.port);
    if (o.implicitTls)
        return ProbeAdvice::make(ProbeCheckId::StartTls, title, ProbeStatus::Skipped,
                                 tr("Implicit TLS: the connection is encrypted from the first "
                                    "byte, without STARTTLS."));
    if (o.failedAt(ProbeStep::StartTls))
        return ProbeAdvice::make(ProbeCheckId::StartTls, title, ProbeStatus::Fail,
                                 ProbeAdvice::failureText(request, o));
    if (!o.extensionsBeforeTls)
        return ProbeAdvice::make(ProbeCheckId::StartTls, title, ProbeStatus::Skipped,
                                 ProbeAdvice::notReached(o));
    const bool requireTls = request.expectation && request.expectation->requireTls;
    if (!o.extensionsBeforeTls->offersStartTls()) {
        const QString enable = tr("Enable STARTTLS on the relay, or use the port where it "
                                  "offers it (usually 587).");
        if (requireTls)
            return ProbeAdvice::make(
                ProbeCheckId::StartTls, title, ProbeStatus::Fail,
                tr("requireTLS is on but the server offers no STARTTLS on port %1.").arg(port),
                enable + u' ' + tr("Turning requireTLS off instead would send mail unencrypted."));
        return ProbeAdvice::make(ProbeCheckId::StartTls, title, ProbeStatus::Warn,
                                 tr("The server offers no STARTTLS on port %1: mail would "
                                    "travel unencrypted.")
                                     .arg(port),
                                 enable);
    }
    if (!o.startTlsReply)
        return ProbeAdvice::make(ProbeCheckId::StartTls, title, ProbeStatus::Skipped,
                                 ProbeAdvice::notReached(o));
    if (o.startTlsReply->code != 220)
        return ProbeAdvice::make(
            ProbeCheckId::StartTls, title, ProbeStatus::Fail,
            tr("The server offers STARTTLS but refused it: %1").arg(o.startTlsReply->summary()),
            tr("Check the relay's TLS configuration (certificate and key)."));
    return ProbeAdvice::make(
        ProbeCheckId::StartTls, title, ProbeStatus::Pass,
        tr("The server offers STARTTLS on port %1 and accepted it.").arg(port),
        request.expectation && !requireTls
            ? tr("Turn requireTLS on, so mail never falls back to an unencrypted connection.")
            : QString());
}

ProbeCheck ProbeTlsAdvisor::tlsCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("TLS session");
    if (o.failedAt(ProbeStep::TlsHandshake)) {
        if (o.failure == ProbeFailure::Timeout)
            return ProbeAdvice::make(
                ProbeCheckId::Tls, title, ProbeStatus::Fail,
                tr("The TLS handshake did not finish within %1 s.")
                    .arg(ProbeAdvice::seconds(request.stepTimeoutMs)),
                o.implicitTls ? tr("The server may not speak implicit TLS on port %1; probe it "
                                   "with STARTTLS instead.")
                                    .arg(request.port)
                              : tr("Check the relay's TLS configuration."));
        return ProbeAdvice::make(ProbeCheckId::Tls, title, ProbeStatus::Fail,
                                 ProbeAdvice::failureText(request, o),
                                 tr("The relay must support TLS 1.2 or later, with a certificate "
                                    "and a matching key."));
    }
    if (!o.tls.established)
        return ProbeAdvice::make(ProbeCheckId::Tls, title, ProbeStatus::Skipped,
                                 o.failed() ? ProbeAdvice::notReached(o)
                                            : tr("No TLS session was negotiated."));
    return ProbeAdvice::make(ProbeCheckId::Tls, title, ProbeStatus::Pass,
                             tr("%1 with cipher %2.").arg(o.tls.protocol, o.tls.cipher));
}

ProbeCheck ProbeTlsAdvisor::trustCheck(const ProbeObservations &o)
{
    const QString title = tr("Certificate trust");
    if (!o.tls.established)
        return ProbeAdvice::make(ProbeCheckId::CertificateTrust, title, ProbeStatus::Skipped,
                                 tr("No certificate to check: no TLS session."));
    if (o.tls.chainTrusted())
        return ProbeAdvice::make(ProbeCheckId::CertificateTrust, title, ProbeStatus::Pass,
                                 tr("The certificate %1, issued by %2, chains to a trusted "
                                    "authority.")
                                     .arg(o.tls.subject, o.tls.issuer));
    QStringList problems;
    for (qsizetype i = 0; i < o.tls.errors.size() && i < o.tls.errorMessages.size(); ++i) {
        const auto error = o.tls.errors.at(i);
        if (error != QSslError::HostNameMismatch && error != QSslError::CertificateExpired &&
            error != QSslError::CertificateNotYetValid)
            problems.append(o.tls.errorMessages.at(i));
    }
    return ProbeAdvice::make(
        ProbeCheckId::CertificateTrust, title, ProbeStatus::Fail,
        tr("The certificate %1, issued by %2, does not verify: %3")
            .arg(o.tls.subject, o.tls.issuer, problems.join(u"; ")),
        tr("Install a certificate from a public certificate authority on the relay, with its "
           "intermediate certificates. The probe sends no credentials over a connection whose "
           "certificate does not verify."));
}

ProbeCheck ProbeTlsAdvisor::nameCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("Certificate host name");
    if (!o.tls.established)
        return ProbeAdvice::make(ProbeCheckId::CertificateName, title, ProbeStatus::Skipped,
                                 tr("No certificate to check: no TLS session."));
    if (o.tls.nameMatches())
        return ProbeAdvice::make(ProbeCheckId::CertificateName, title, ProbeStatus::Pass,
                                 tr("The certificate is valid for %1.").arg(request.host));
    const QString names =
        o.tls.alternativeNames.isEmpty() ? o.tls.subject : o.tls.alternativeNames.join(u", ");
    return ProbeAdvice::make(
        ProbeCheckId::CertificateName, title, ProbeStatus::Fail,
        tr("The certificate is not valid for %1; it names %2.").arg(request.host, names),
        tr("Use a smart host name the certificate covers, or install a certificate that "
           "includes %1.")
            .arg(request.host));
}

ProbeCheck ProbeTlsAdvisor::datesCheck(const ProbeObservations &o, const QDateTime &now)
{
    const QString title = tr("Certificate validity");
    if (!o.tls.established)
        return ProbeAdvice::make(ProbeCheckId::CertificateDates, title, ProbeStatus::Skipped,
                                 tr("No certificate to check: no TLS session."));
    const bool expired = o.tls.errors.contains(QSslError::CertificateExpired) ||
                         (o.tls.notAfter.isValid() && o.tls.notAfter < now);
    if (expired)
        return ProbeAdvice::make(
            ProbeCheckId::CertificateDates, title, ProbeStatus::Fail,
            tr("The certificate expired on %1.").arg(ProbeAdvice::dateTime(o.tls.notAfter)),
            tr("Renew the relay's certificate."));
    const bool early = o.tls.errors.contains(QSslError::CertificateNotYetValid) ||
                       (o.tls.notBefore.isValid() && o.tls.notBefore > now);
    if (early)
        return ProbeAdvice::make(ProbeCheckId::CertificateDates, title, ProbeStatus::Fail,
                                 tr("The certificate is only valid from %1.")
                                     .arg(ProbeAdvice::dateTime(o.tls.notBefore)),
                                 tr("Check the relay's certificate and the clocks."));
    const qint64 daysLeft = now.daysTo(o.tls.notAfter);
    if (o.tls.notAfter.isValid() && daysLeft < ExpiryWarningDays)
        return ProbeAdvice::make(
            ProbeCheckId::CertificateDates, title, ProbeStatus::Warn,
            tr("The certificate expires on %1, in %n day(s).", nullptr, int(daysLeft))
                .arg(ProbeAdvice::dateTime(o.tls.notAfter)),
            tr("Renew the relay's certificate soon."));
    return ProbeAdvice::make(
        ProbeCheckId::CertificateDates, title, ProbeStatus::Pass,
        tr("The certificate is valid from %1 to %2.")
            .arg(ProbeAdvice::dateTime(o.tls.notBefore), ProbeAdvice::dateTime(o.tls.notAfter)));
}
