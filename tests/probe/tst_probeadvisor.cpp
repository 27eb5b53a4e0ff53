#include "ProbeAdvisor.h"
#include "ProbeObservations.h"
#include "ProbeReport.h"
#include "ProbeRequest.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QDateTime now(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc());

SmtpReply reply(int code, const QString &text)
{
    SmtpReply r;
    r.code = code;
    r.texts = {text};
    r.rawLines = {QString::number(code) + u' ' + text};
    return r;
}

SmtpExtensions extensions(const QStringList &lines)
{
    SmtpReply r;
    r.code = 250;
    r.texts = QStringList{u"relay.example"_s} + lines;
    return SmtpExtensions::fromEhloReply(r);
}

ProbeRequest request(std::optional<ConnectorExpectation> expectation = std::nullopt,
                     quint16 port = 587, bool credentials = false)
{
    ProbeRequest r;
    r.host = u"relay.example"_s;
    r.port = port;
    r.expectation = expectation;
    if (credentials) {
        r.user = u"user@example.com"_s;
        r.password = u"secret"_s;
    }
    return r;
}

ConnectorExpectation expect(bool requireTls, AuthMechanism mechanism, int maxSendSizeMb = 100)
{
    return ConnectorExpectation{requireTls, maxSendSizeMb, mechanism};
}

ProbeObservations failedAt(ProbeStep step, ProbeFailure failure, ProbeObservations o = {})
{
    o.failedStep = step;
    o.failure = failure;
    return o;
}

ProbeObservations connected()
{
    ProbeObservations o;
    o.peerAddress = u"192.0.2.1"_s;
    return o;
}

ProbeObservations greeted(const QStringList &lines)
{
    ProbeObservations o = connected();
    o.banner = reply(220, u"relay.example ESMTP"_s);
    o.extensionsBeforeTls = extensions(lines);
    return o;
}

TlsInfo goodTls()
{
    TlsInfo tls;
    tls.attempted = true;
    tls.established = true;
    tls.protocol = u"TLS 1.3"_s;
    tls.cipher = u"TLS_AES_128_GCM_SHA256"_s;
    tls.subject = u"CN=relay.example"_s;
    tls.issuer = u"CN=Test CA"_s;
    tls.alternativeNames = {u"relay.example"_s};
    tls.notBefore = now.addDays(-30);
    tls.notAfter = now.addDays(60);
    return tls;
}

TlsInfo withErrors(TlsInfo tls, const QList<QSslError::SslError> &errors)
{
    for (const auto error : errors) {
        tls.errors.append(error);
        tls.errorMessages.append(QSslError(error).errorString());
    }
    return tls;
}

// Greeted in plain text with STARTTLS (plus before), upgraded, EHLO over TLS gave after.
ProbeObservations overTls(const QStringList &before, const QStringList &after,
                          const TlsInfo &tls = goodTls())
{
    ProbeObservations o = greeted(before + QStringList{u"STARTTLS"_s});
    o.startTlsReply = reply(220, u"go ahead"_s);
    o.tls = tls;
    o.extensionsAfterTls = extensions(after);
    return o;
}

ProbeObservations implicitTls(const QStringList &after)
{
    ProbeObservations o = connected();
    o.implicitTls = true;
    o.tls = goodTls();
    o.tls.implicit = true;
    o.banner = reply(220, u"relay.example ESMTP"_s);
    o.extensionsAfterTls = extensions(after);
    return o;
}

ProbeObservations withAuth(ProbeObservations o, AuthOutcome outcome, const QString &mechanism = {},
                           std::optional<SmtpReply> authReply = std::nullopt)
{
    o.auth = outcome;
    o.authMechanism = mechanism;
    o.authReply = authReply;
    return o;
}

ProbeObservations with(ProbeObservations o, const std::function<void(ProbeObservations &)> &edit)
{
    edit(o);
    return o;
}
} // namespace

class TestProbeAdvisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); } // "9.5 MB", "0.3 s"

    void verdicts_data()
    {
        QTest::addColumn<ProbeRequest>("request");
        QTest::addColumn<ProbeObservations>("observations");
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<ProbeStatus>("status");
        QTest::addColumn<QString>("detail");     // contained in the detail
        QTest::addColumn<QString>("suggestion"); // contained in the suggestion; "" = none

        using S = ProbeStatus;
        using F = ProbeFailure;
        using P = ProbeStep;
        const auto row = [](const char *name, const ProbeRequest &r, const ProbeObservations &o,
                            QStringView id, ProbeStatus status, const QString &detail,
                            const QString &suggestion = {}) {
            QTest::newRow(name) << r << o << id.toString() << status << detail << suggestion;
        };
        const QStringList authTls{u"AUTH PLAIN LOGIN"_s};
        const auto tlsDown = with(greeted({u"STARTTLS"_s}), [](ProbeObservations &o) {
            o.startTlsReply = reply(220, u"go ahead"_s);
            o.tls.attempted = true;
            o.failedStep = ProbeStep::TlsHandshake;
            o.failure = ProbeFailure::TlsHandshakeFailed;
            o.failureDetail = u"boom"_s;
        });

        // connect
        row("connect: DNS failure", request(), failedAt(P::Connect, F::HostNotFound),
            ProbeCheckId::Connect, S::Fail,
            u"The name relay.example does not resolve (DNS failure)."_s, u"public DNS"_s);
        row("connect: refused", request(), failedAt(P::Connect, F::ConnectionRefused),
            ProbeCheckId::Connect, S::Fail, u"relay.example refused the connection on port 587"_s,
            u"587"_s);
        row("connect: timeout", request(), failedAt(P::Connect, F::Timeout), ProbeCheckId::Connect,
            S::Fail, u"No connection to relay.example on port 587 within 10 s."_s, u"firewall"_s);
        row("connect: DNS timeout", request(), failedAt(P::Connect, F::HostLookupTimeout),
            ProbeCheckId::Connect, S::Fail,
            u"The name relay.example did not resolve within 10 s (DNS timeout)."_s,
            u"DNS servers"_s);
        row("connect: cancelled", request(), failedAt(P::Connect, F::Cancelled),
            ProbeCheckId::Connect, S::Fail, u"The probe was cancelled."_s);
        row("connect: ok", request(), greeted({}), ProbeCheckId::Connect, S::Pass,
            u"Connected to relay.example (192.0.2.1) on port 587."_s);

        // port
        row("port: 465 implicit TLS", request(std::nullopt, 465), implicitTls({}),
            ProbeCheckId::Port, S::Fail,
            u"Port 465 uses implicit TLS (SMTPS): TLS starts before the SMTP greeting. Exchange send connectors do not speak it."_s,
            u"Use port 587 or 25 with STARTTLS instead."_s);
        row("port: 25", request(std::nullopt, 25), greeted({}), ProbeCheckId::Port, S::Pass,
            u"Port 25"_s);
        row("port: even unreached", request(std::nullopt, 465),
            with(failedAt(P::Connect, F::ConnectionRefused), [](auto &o) { o.implicitTls = true; }),
            ProbeCheckId::Port, S::Fail, u"implicit TLS"_s, u"587"_s);

        // banner
        row("banner: none", request(), failedAt(P::Banner, F::Timeout, connected()),
            ProbeCheckId::Banner, S::Fail,
            u"The server accepted the connection but sent no greeting within 10 s."_s,
            u"implicit TLS (SMTPS)"_s);
        row("banner: closed", request(), failedAt(P::Banner, F::RemoteClosed, connected()),
            ProbeCheckId::Banner, S::Fail, u"closed the connection without a greeting"_s,
            u"OVHcloud"_s);
        row("banner: 554", request(),
            with(failedAt(P::Banner, F::UnexpectedReply, connected()),
                 [](auto &o) { o.failureReply = reply(554, u"5.7.1 go away"_s); }),
            ProbeCheckId::Banner, S::Fail, u"The server refused the session: 554 5.7.1 go away"_s,
            u"OVHcloud"_s);
        row("banner: not reached", request(), failedAt(P::Connect, F::ConnectionRefused),
            ProbeCheckId::Banner, S::Skipped,
            u"Not checked: the probe stopped before this step."_s);
        row("banner: ok", request(), greeted({}), ProbeCheckId::Banner, S::Pass,
            u"The server greets with: 220 relay.example ESMTP"_s);

        // ehlo
        row("ehlo: closed after banner", request(),
            with(failedAt(P::Greeting, F::RemoteClosed, connected()),
                 [](auto &o) { o.banner = reply(220, u"hi"_s); }),
            ProbeCheckId::Ehlo, S::Fail,
            u"The server closed the connection right after its greeting."_s, u"OVHcloud"_s);
        row("ehlo: closed after STARTTLS", request(),
            with(failedAt(P::Greeting, F::RemoteClosed, greeted({u"STARTTLS"_s})),
                 [](auto &o) { o.tls = goodTls(); }),
            ProbeCheckId::Ehlo, S::Fail, u"after STARTTLS instead of answering EHLO"_s);
        row("ehlo: timeout", request(), failedAt(P::Greeting, F::Timeout, connected()),
            ProbeCheckId::Ehlo, S::Fail, u"The server did not answer EHLO within 10 s."_s);
        row("ehlo: EHLO and HELO refused", request(),
            with(failedAt(P::Greeting, F::UnexpectedReply, connected()),
                 [](auto &o) { o.failureReply = reply(550, u"no"_s); }),
            ProbeCheckId::Ehlo, S::Fail, u"refused both EHLO and HELO: 550 no"_s, u"OVHcloud"_s);
        row("ehlo: HELO fallback", request(),
            with(greeted({}),
                 [](auto &o) {
                     o.usedHelo = true;
                     o.ehloReply = reply(500, u"what?"_s);
                 }),
            ProbeCheckId::Ehlo, S::Warn, u"refused EHLO (500 what?) and accepted HELO"_s,
            u"ESMTP"_s);
        row("ehlo: ok", request(), greeted({u"PIPELINING"_s, u"SIZE 1000"_s}), ProbeCheckId::Ehlo,
            S::Pass, u"The server accepted EHLO and offers: PIPELINING, SIZE 1000."_s);

        // starttls
        row("starttls: requireTLS but none", request(expect(true, AuthMechanism::None), 25),
            greeted({}), ProbeCheckId::StartTls, S::Fail,
            u"requireTLS is on but the server offers no STARTTLS on port 25."_s,
            u"Turning requireTLS off instead would send mail unencrypted."_s);
        row("starttls: none, requireTLS off", request(expect(false, AuthMechanism::None)),
            greeted({}), ProbeCheckId::StartTls, S::Warn,
            u"The server offers no STARTTLS on port 587: mail would travel unencrypted."_s,
            u"Enable STARTTLS"_s);
        row("starttls: none, no expectation", request(), greeted({}), ProbeCheckId::StartTls,
            S::Warn, u"offers no STARTTLS"_s, u"Enable STARTTLS"_s);
        row("starttls: refused", request(),
            with(greeted({u"STARTTLS"_s}),
                 [](auto &o) { o.startTlsReply = reply(454, u"TLS not available"_s); }),
            ProbeCheckId::StartTls, S::Fail,
            u"The server offers STARTTLS but refused it: 454 TLS not available"_s,
            u"certificate and key"_s);
        row("starttls: no answer", request(),
            failedAt(P::StartTls, F::Timeout, greeted({u"STARTTLS"_s})), ProbeCheckId::StartTls,
            S::Fail, u"No answer within 10 s."_s);
        row("starttls: ok, requireTLS off", request(expect(false, AuthMechanism::None)),
            overTls({}, {}), ProbeCheckId::StartTls, S::Pass,
            u"The server offers STARTTLS on port 587 and accepted it."_s, u"Turn requireTLS on"_s);
        row("starttls: ok, requireTLS on", request(expect(true, AuthMechanism::None)),
            overTls({}, {}), ProbeCheckId::StartTls, S::Pass, u"accepted it"_s);
        row("starttls: implicit TLS", request(std::nullopt, 465), implicitTls({}),
            ProbeCheckId::StartTls, S::Skipped, u"Implicit TLS"_s);

        // tls
        row("tls: handshake failed", request(), tlsDown, ProbeCheckId::Tls, S::Fail,
            u"The TLS handshake failed: boom"_s, u"TLS 1.2"_s);
        row("tls: implicit handshake timeout", request(std::nullopt, 465),
            with(failedAt(P::TlsHandshake, F::Timeout, connected()),
                 [](auto &o) { o.implicitTls = true; }),
            ProbeCheckId::Tls, S::Fail, u"The TLS handshake did not finish within 10 s."_s,
            u"implicit TLS on port 465"_s);
        row("tls: ok", request(), overTls({}, {}), ProbeCheckId::Tls, S::Pass,
            u"TLS 1.3 with cipher TLS_AES_128_GCM_SHA256."_s);
        row("tls: none", request(), greeted({}), ProbeCheckId::Tls, S::Skipped,
            u"No TLS session was negotiated."_s);

        // certificates
        row("trust: self-signed", request(),
            overTls({}, {}, withErrors(goodTls(), {QSslError::SelfSignedCertificate})),
            ProbeCheckId::CertificateTrust, S::Fail,
            u"The certificate CN=relay.example, issued by CN=Test CA, does not verify: The certificate is self-signed, and untrusted"_s,
            u"public certificate authority"_s);
        row("trust: name error is not a chain error", request(),
            overTls({}, {}, withErrors(goodTls(), {QSslError::HostNameMismatch})),
            ProbeCheckId::CertificateTrust, S::Pass, u"chains to a trusted authority"_s);
        row("trust: no TLS", request(), greeted({}), ProbeCheckId::CertificateTrust, S::Skipped,
            u"no TLS session"_s);
        TlsInfo otherName = withErrors(goodTls(), {QSslError::HostNameMismatch});
        otherName.alternativeNames = {u"other.example"_s, u"www.other.example"_s};
        row("name: mismatch", request(), overTls({}, {}, otherName), ProbeCheckId::CertificateName,
            S::Fail,
            u"The certificate is not valid for relay.example; it names other.example, www.other.example."_s,
            u"includes relay.example"_s);
        row("name: ok", request(), overTls({}, {}), ProbeCheckId::CertificateName, S::Pass,
            u"The certificate is valid for relay.example."_s);
        row("dates: expired (error)", request(),
            overTls({}, {}, withErrors(goodTls(), {QSslError::CertificateExpired})),
            ProbeCheckId::CertificateDates, S::Fail,
            u"The certificate expired on 2026-03-16 12:00 UTC."_s, u"Renew"_s);
        TlsInfo old = goodTls();
        old.notBefore = now.addDays(-400);
        old.notAfter = now.addDays(-1);
        row("dates: expired (dates)", request(), overTls({}, {}, old),
            ProbeCheckId::CertificateDates, S::Fail,
            u"The certificate expired on 2026-01-14 12:00 UTC."_s, u"Renew"_s);
        TlsInfo future = goodTls();
        future.notBefore = now.addDays(2);
        row("dates: not yet valid", request(), overTls({}, {}, future),
            ProbeCheckId::CertificateDates, S::Fail,
            u"The certificate is only valid from 2026-01-17 12:00 UTC."_s, u"clocks"_s);
        TlsInfo soon = goodTls();
        soon.notAfter = now.addDays(5);
        row("dates: expires soon", request(), overTls({}, {}, soon), ProbeCheckId::CertificateDates,
            S::Warn, u"The certificate expires on 2026-01-20 12:00 UTC, in 5 day(s)."_s, u"soon"_s);
        row("dates: ok", request(), overTls({}, {}), ProbeCheckId::CertificateDates, S::Pass,
            u"The certificate is valid from 2025-12-16 12:00 UTC to 2026-03-16 12:00 UTC."_s);

        // size
        row("size: below maxSendSize", request(expect(true, AuthMechanism::None)),
            greeted({u"SIZE 10485760"_s}), ProbeCheckId::Size, S::Warn,
            u"SIZE 10 MB is below maxSendSize 100 MB"_s,
            u"Lower maxSendSize to 10 MB, or raise the relay's limit to 100 MB."_s);
        row("size: fractional", request(expect(true, AuthMechanism::None, 20)),
            greeted({u"SIZE 9961472"_s}), ProbeCheckId::Size, S::Warn,
            u"SIZE 9.5 MB is below maxSendSize 20 MB"_s, u"Lower maxSendSize to 9 MB"_s);
        row("size: equal", request(expect(true, AuthMechanism::None)),
            greeted({u"SIZE 104857600"_s}), ProbeCheckId::Size, S::Pass,
            u"SIZE 100 MB is at least maxSendSize 100 MB."_s);
        row("size: over TLS counts", request(expect(true, AuthMechanism::None)),
            overTls({u"SIZE 1048576"_s}, {u"SIZE 209715200"_s}), ProbeCheckId::Size, S::Pass,
            u"SIZE 200 MB"_s);
        row("size: no expectation", request(), greeted({u"SIZE 52428800"_s}), ProbeCheckId::Size,
            S::Pass, u"The server accepts messages up to 50 MB."_s);
        row("size: absent", request(expect(true, AuthMechanism::None)), greeted({}),
            ProbeCheckId::Size, S::Pass, u"no SIZE extension"_s);
        row("size: no fixed limit", request(expect(true, AuthMechanism::None)),
            greeted({u"SIZE 0"_s}), ProbeCheckId::Size, S::Pass, u"without a fixed limit"_s);
        row("size: not reached", request(), failedAt(P::Banner, F::Timeout, connected()),
            ProbeCheckId::Size, S::Skipped, u"Not checked"_s);

        // auth
        row("auth: none offered, connector basicAuth",
            request(expect(true, AuthMechanism::BasicAuth)), overTls({}, {}), ProbeCheckId::Auth,
            S::Fail, u"The server offers no AUTH, but the connector uses basicAuth."_s,
            u"Choose none"_s);
        row("auth: none offered, connector none", request(expect(true, AuthMechanism::None)),
            overTls({}, {}), ProbeCheckId::Auth, S::Pass, u"offers no AUTH"_s, QString());
        row("auth: none offered, no expectation", request(), greeted({}), ProbeCheckId::Auth,
            S::Pass, u"The server offers no AUTH: the authentication mechanism must be none."_s,
            u"Choose none"_s);
        row("auth: offered, connector none", request(expect(true, AuthMechanism::None)),
            overTls({}, authTls), ProbeCheckId::Auth, S::Warn,
            u"The server offers AUTH PLAIN LOGIN, but the connector sends no credentials."_s,
            u"basicAuthRequireTLS"_s);
        row("auth: only after STARTTLS, basicAuth", request(expect(true, AuthMechanism::BasicAuth)),
            overTls({}, authTls), ProbeCheckId::Auth, S::Warn,
            u"The server offers AUTH only after STARTTLS, but basicAuth does not require TLS."_s,
            u"Choose basicAuthRequireTLS"_s);
        row("auth: before and after, basicAuth", request(expect(true, AuthMechanism::BasicAuth)),
            overTls(authTls, authTls), ProbeCheckId::Auth, S::Warn, u"with and without TLS"_s,
            u"Choose basicAuthRequireTLS"_s);
        row("auth: no TLS at all, basicAuth", request(expect(false, AuthMechanism::BasicAuth)),
            greeted(authTls), ProbeCheckId::Auth, S::Warn,
            u"The server offers AUTH PLAIN LOGIN only without TLS"_s, u"Enable STARTTLS"_s);
        row("auth: over TLS, basicAuthRequireTLS",
            request(expect(true, AuthMechanism::BasicAuthRequireTls)), overTls({}, authTls),
            ProbeCheckId::Auth, S::Pass,
            u"The server offers AUTH PLAIN LOGIN over TLS, as basicAuthRequireTLS needs."_s,
            QString());
        row("auth: basicAuthRequireTLS without STARTTLS",
            request(expect(false, AuthMechanism::BasicAuthRequireTls)), greeted(authTls),
            ProbeCheckId::Auth, S::Fail,
            u"basicAuthRequireTLS needs TLS, but the server offers no STARTTLS."_s,
            u"Enable STARTTLS"_s);
        row("auth: basicAuthRequireTLS, AUTH only in plain text",
            request(expect(true, AuthMechanism::BasicAuthRequireTls)), overTls(authTls, {}),
            ProbeCheckId::Auth, S::Fail, u"only on unencrypted connections"_s, u"after STARTTLS"_s);
        row("auth: no PLAIN nor LOGIN", request(expect(true, AuthMechanism::BasicAuthRequireTls)),
            overTls({}, {u"AUTH CRAM-MD5 XOAUTH2"_s}), ProbeCheckId::Auth, S::Warn,
            u"The server offers AUTH CRAM-MD5 XOAUTH2 but neither PLAIN nor LOGIN"_s,
            u"PLAIN or LOGIN"_s);
        row("auth: TLS extensions unknown", request(expect(true, AuthMechanism::BasicAuth)),
            tlsDown, ProbeCheckId::Auth, S::Skipped, u"could not be read"_s);
        row("auth: no expectation, over TLS", request(), overTls({}, authTls), ProbeCheckId::Auth,
            S::Pass, u"The server offers AUTH PLAIN LOGIN over TLS."_s, u"basicAuthRequireTLS"_s);
        row("auth: implicit TLS", request(expect(true, AuthMechanism::BasicAuthRequireTls), 465),
            implicitTls(authTls), ProbeCheckId::Auth, S::Pass, u"over TLS"_s);

        // login
        row("login: no credentials, connector authenticates",
            request(expect(true, AuthMechanism::BasicAuthRequireTls)), overTls({}, authTls),
            ProbeCheckId::Login, S::Skipped,
            u"No user and password given, so the login was not tested."_s,
            u"Give the connector's user and password"_s);
        row("login: no credentials, connector none", request(expect(true, AuthMechanism::None)),
            overTls({}, {}), ProbeCheckId::Login, S::Skipped, u"No user and password"_s, QString());
        row("login: withheld, no TLS", request(expect(false, AuthMechanism::BasicAuth), 587, true),
            withAuth(greeted(authTls), AuthOutcome::RefusedUnencrypted), ProbeCheckId::Login,
            S::Fail, u"The probe did not send the credentials: the connection is not encrypted."_s,
            u"Enable STARTTLS"_s);
        row("login: withheld, certificate",
            request(expect(true, AuthMechanism::BasicAuthRequireTls), 587, true),
            withAuth(overTls({}, authTls, withErrors(goodTls(), {QSslError::CertificateExpired})),
                     AuthOutcome::RefusedUntrustedCertificate),
            ProbeCheckId::Login, S::Fail,
            u"The probe did not send the credentials: the server's certificate did not verify."_s,
            u"certificate checks"_s);
        row("login: rejected", request(expect(true, AuthMechanism::BasicAuthRequireTls), 587, true),
            withAuth(overTls({}, authTls), AuthOutcome::Rejected, u"LOGIN"_s,
                     reply(535, u"5.7.8 nope"_s)),
            ProbeCheckId::Login, S::Fail,
            u"The server rejected the login of user@example.com with AUTH LOGIN: 535 5.7.8 nope"_s,
            u"user and password"_s);
        row("login: accepted", request(expect(true, AuthMechanism::BasicAuthRequireTls), 587, true),
            withAuth(overTls({}, authTls), AuthOutcome::Accepted, u"PLAIN"_s), ProbeCheckId::Login,
            S::Pass, u"The server accepted the login of user@example.com with AUTH PLAIN."_s,
            QString());
        row("login: accepted, connector sends none",
            request(expect(true, AuthMechanism::None), 587, true),
            withAuth(overTls({}, authTls), AuthOutcome::Accepted, u"PLAIN"_s), ProbeCheckId::Login,
            S::Pass, u"accepted the login"_s,
            u"choose basicAuthRequireTLS and set this user and password"_s);
        row("login: timeout", request(std::nullopt, 587, true),
            failedAt(P::Auth, F::Timeout, overTls({}, authTls)), ProbeCheckId::Login, S::Fail,
            u"No answer within 10 s."_s);
        row("login: not offered", request(std::nullopt, 587, true),
            withAuth(overTls({}, {}), AuthOutcome::NotOffered), ProbeCheckId::Login, S::Skipped,
            u"offers no AUTH, so the credentials were not used"_s);
        row("login: no usable mechanism", request(std::nullopt, 587, true),
            withAuth(overTls({}, {u"AUTH CRAM-MD5"_s}), AuthOutcome::NoSupportedMechanism),
            ProbeCheckId::Login, S::Skipped, u"neither AUTH PLAIN nor LOGIN"_s);
        row("login: not reached", request(std::nullopt, 587, true),
            failedAt(P::Connect, F::HostNotFound), ProbeCheckId::Login, S::Skipped,
            u"Not checked"_s);
    }

    void verdicts()
    {
        QFETCH(ProbeRequest, request);
        QFETCH(ProbeObservations, observations);
        QFETCH(QString, checkId);
        QFETCH(ProbeStatus, status);
        QFETCH(QString, detail);
        QFETCH(QString, suggestion);
        const auto checks = ProbeAdvisor::evaluate(request, observations, now);
        const auto it = std::find_if(checks.cbegin(), checks.cend(),
                                     [&](const ProbeCheck &c) { return c.id == checkId; });
        QVERIFY(it != checks.cend());
        QCOMPARE(probeStatusToId(it->status), probeStatusToId(status));
        QVERIFY2(it->detail.contains(detail), qPrintable(it->detail));
        if (suggestion.isEmpty())
            QVERIFY2(it->suggestion.isEmpty(), qPrintable(it->suggestion));
        else
            QVERIFY2(it->suggestion.contains(suggestion), qPrintable(it->suggestion));
    }

    void checksComeInAStableOrder()
    {
        const auto checks = ProbeAdvisor::evaluate(request(), greeted({}), now);
        QStringList ids;
        for (const auto &check : checks) {
            ids.append(check.id);
            QVERIFY(!check.title.isEmpty());
            QVERIFY(!check.detail.isEmpty());
        }
        QCOMPARE(ids, QStringList({u"connect"_s, u"port"_s, u"banner"_s, u"ehlo"_s, u"starttls"_s,
                                   u"tls"_s, u"certificate-trust"_s, u"certificate-name"_s,
                                   u"certificate-dates"_s, u"size"_s, u"auth"_s, u"login"_s}));
    }

    // Whatever step a probe is stopped at (cancel, timeout, closed), the report fails.
    void interruptedProbeAlwaysFails_data()
    {
        QTest::addColumn<ProbeStep>("step");
        QTest::addColumn<bool>("implicit");
        QTest::newRow("connect") << ProbeStep::Connect << false;
        QTest::newRow("implicit handshake") << ProbeStep::TlsHandshake << true;
        QTest::newRow("starttls handshake") << ProbeStep::TlsHandshake << false;
        QTest::newRow("banner") << ProbeStep::Banner << false;
        QTest::newRow("greeting") << ProbeStep::Greeting << false;
        QTest::newRow("greeting over implicit TLS") << ProbeStep::Greeting << true;
        QTest::newRow("starttls") << ProbeStep::StartTls << false;
        QTest::newRow("auth") << ProbeStep::Auth << false;
    }

    void interruptedProbeAlwaysFails()
    {
        QFETCH(ProbeStep, step);
        QFETCH(bool, implicit);
        for (const auto failure : {ProbeFailure::Cancelled, ProbeFailure::Timeout,
                                   ProbeFailure::TotalTimeout, ProbeFailure::RemoteClosed,
                                   ProbeFailure::NetworkError, ProbeFailure::ProtocolError}) {
            ProbeObservations o = greeted({u"STARTTLS"_s});
            o.implicitTls = implicit;
            o.failedStep = step;
            o.failure = failure;
            ProbeReport report;
            report.checks = ProbeAdvisor::evaluate(request(std::nullopt, 587, true), o, now);
            QVERIFY2(report.hasFailure(), qPrintable(QString::number(int(failure))));
        }
    }
};

QTEST_GUILESS_MAIN(TestProbeAdvisor)
#include "tst_probeadvisor.moc"
