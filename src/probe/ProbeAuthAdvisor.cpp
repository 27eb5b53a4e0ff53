#include "ProbeAuthAdvisor.h"

#include "ProbeAdvice.h"
#include "ProbeObservations.h"
#include "ProbeRequest.h"

using namespace Qt::StringLiterals;

namespace {
bool basicAuthPossible(const QStringList &mechanisms)
{
    return mechanisms.contains(u"PLAIN"_s) || mechanisms.contains(u"LOGIN"_s);
}
} // namespace

QList<ProbeCheck> ProbeAuthAdvisor::evaluate(const ProbeRequest &request,
                                             const ProbeObservations &observations)
{
    return {authCheck(request, observations), loginCheck(request, observations)};
}

ProbeCheck ProbeAuthAdvisor::authCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("Authentication mechanism");
    if (!o.extensionsBeforeTls && !o.extensionsAfterTls)
        return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Skipped,
                                 ProbeAdvice::notReached(o));
    const QStringList plainMechanisms =
        o.extensionsBeforeTls ? o.extensionsBeforeTls->authMechanisms() : QStringList();
    const QStringList tlsMechanisms =
        o.extensionsAfterTls ? o.extensionsAfterTls->authMechanisms() : QStringList();
    const bool tlsOffered =
        o.implicitTls || (o.extensionsBeforeTls && o.extensionsBeforeTls->offersStartTls());
    if (tlsOffered && !o.extensionsAfterTls && plainMechanisms.isEmpty())
        return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Skipped,
                                 tr("The extensions offered over TLS could not be read, so the "
                                    "AUTH offer is unknown."));

    // A plain value and a flag rather than an optional: GCC 12 warns (wrongly) that the
    // optional's value may be used uninitialized.
    const bool expected = request.expectation.has_value();
    const AuthMechanism mechanism =
        expected ? request.expectation->authMechanism : AuthMechanism::None;
    const QString chooseRequireTls = tr("Choose basicAuthRequireTLS as the authentication "
                                        "mechanism, so the password never travels unencrypted.");
    if (plainMechanisms.isEmpty() && tlsMechanisms.isEmpty()) {
        if (expected && mechanism != AuthMechanism::None)
            return ProbeAdvice::make(
                ProbeCheckId::Auth, title, ProbeStatus::Fail,
                tr("The server offers no AUTH, but the connector uses %1.")
                    .arg(authMechanismToApi(mechanism)),
                tr("Choose none as the authentication mechanism; the relay must then accept "
                   "OVHcloud's Exchange servers by their IP addresses."));
        return ProbeAdvice::make(
            ProbeCheckId::Auth, title, ProbeStatus::Pass,
            tr("The server offers no AUTH: the authentication mechanism must be none."),
            expected ? QString() : tr("Choose none as the authentication mechanism."));
    }

    const QStringList offered = tlsMechanisms.isEmpty() ? plainMechanisms : tlsMechanisms;
    const QString offeredText = offered.join(u' ');
    if (!basicAuthPossible(offered))
        return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Warn,
                                 tr("The server offers AUTH %1 but neither PLAIN nor LOGIN, "
                                    "which basic authentication uses.")
                                     .arg(offeredText),
                                 tr("Enable AUTH PLAIN or LOGIN on the relay."));
    const QString noTlsAuth = tr("The server offers AUTH %1 only without TLS: the password "
                                 "would travel unencrypted.")
                                  .arg(offeredText);
    const QString enableStartTls = tr("Enable STARTTLS on the relay and offer AUTH over it.");

    if (!expected) {
        if (tlsMechanisms.isEmpty())
            return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Warn, noTlsAuth,
                                     enableStartTls);
        return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Pass,
                                 tr("The server offers AUTH %1 over TLS.").arg(offeredText),
                                 chooseRequireTls);
    }
    switch (mechanism) {
    case AuthMechanism::None:
        return ProbeAdvice::make(
            ProbeCheckId::Auth, title, ProbeStatus::Warn,
            tr("The server offers AUTH %1, but the connector sends no credentials.")
                .arg(offeredText),
            tr("Unless the relay accepts OVHcloud's Exchange servers by their IP addresses, "
               "choose basicAuthRequireTLS and set the user and password."));
    case AuthMechanism::BasicAuth:
        if (tlsMechanisms.isEmpty())
            return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Warn, noTlsAuth,
                                     enableStartTls);
        if (plainMechanisms.isEmpty())
            return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Warn,
                                     tr("The server offers AUTH only after STARTTLS, but "
                                        "basicAuth does not require TLS."),
                                     chooseRequireTls);
        return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Warn,
                                 tr("The server offers AUTH %1 with and without TLS, and "
                                    "basicAuth would also authenticate without TLS.")
                                     .arg(offeredText),
                                 chooseRequireTls);
    case AuthMechanism::BasicAuthRequireTls:
        if (!tlsMechanisms.isEmpty())
            return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Pass,
                                     tr("The server offers AUTH %1 over TLS, as "
                                        "basicAuthRequireTLS needs.")
                                         .arg(offeredText));
        if (!tlsOffered)
            return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Fail,
                                     tr("basicAuthRequireTLS needs TLS, but the server offers "
                                        "no STARTTLS."),
                                     enableStartTls);
        return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Fail,
                                 tr("The server offers AUTH only on unencrypted connections, "
                                    "not over TLS."),
                                 tr("Let the relay offer AUTH after STARTTLS."));
    }
    return ProbeAdvice::make(ProbeCheckId::Auth, title, ProbeStatus::Skipped, QString());
}

ProbeCheck ProbeAuthAdvisor::loginCheck(const ProbeRequest &request, const ProbeObservations &o)
{
    const QString title = tr("Login");
    const bool connectorAuthenticates =
        request.expectation && request.expectation->authMechanism != AuthMechanism::None;
    if (!request.hasCredentials())
        return ProbeAdvice::make(ProbeCheckId::Login, title, ProbeStatus::Skipped,
                                 tr("No user and password given, so the login was not tested."),
                                 connectorAuthenticates
                                     ? tr("Give the connector's user and password to test the "
                                          "login.")
                                     : QString());
    if (o.failedAt(ProbeStep::Auth))
        return ProbeAdvice::make(ProbeCheckId::Login, title, ProbeStatus::Fail,
                                 ProbeAdvice::failureText(request, o));
    const QString reply = o.authReply ? o.authReply->summary() : QString();
    switch (o.auth) {
    case AuthOutcome::NotAttempted:
        break;
    case AuthOutcome::RefusedUnencrypted:
        return ProbeAdvice::make(ProbeCheckId::Login, title, ProbeStatus::Fail,
                                 tr("The probe did not send the credentials: the connection is "
                                    "not encrypted."),
                                 tr("Enable STARTTLS on the relay: a password must never travel "
                                    "unencrypted."));
    case AuthOutcome::RefusedUntrustedCertificate:
        return ProbeAdvice::make(ProbeCheckId::Login, title, ProbeStatus::Fail,
                                 tr("The probe did not send the credentials: the server's "
                                    "certificate did not verify."),
                                 tr("Fix the certificate first (see the certificate checks). "
                                    "For a private certificate authority, give its certificate "
                                    "to the probe."));
    case AuthOutcome::NotOffered:
        return ProbeAdvice::make(ProbeCheckId::Login, title, ProbeStatus::Skipped,
                                 tr("The server offers no AUTH, so the credentials were not "
                                    "used."));
    case AuthOutcome::NoSupportedMechanism:
        return ProbeAdvice::make(ProbeCheckId::Login, title, ProbeStatus::Skipped,
                                 tr("The server offers neither AUTH PLAIN nor LOGIN, the only "
                                    "mechanisms the probe tests."));
    case AuthOutcome::Accepted:
        return ProbeAdvice::make(
            ProbeCheckId::Login, title, ProbeStatus::Pass,
            tr("The server accepted the login of %1 with AUTH %2.")
                .arg(request.user, o.authMechanism),
            request.expectation && !connectorAuthenticates
                ? tr("The connector sends no credentials: choose basicAuthRequireTLS and set "
                     "this user and password.")
                : QString());
    case AuthOutcome::Rejected:
        return ProbeAdvice::make(ProbeCheckId::Login, title, ProbeStatus::Fail,
                                 tr("The server rejected the login of %1 with AUTH %2: %3")
                                     .arg(request.user, o.authMechanism, reply),
                                 tr("Check the user and password; many relays expect the full "
                                    "e-mail address as the user name."));
    }
    return ProbeAdvice::make(ProbeCheckId::Login, title, ProbeStatus::Skipped,
                             ProbeAdvice::notReached(o));
}
