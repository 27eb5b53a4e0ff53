#include "HeadersCommand.h"

#include "CliFormat.h"
#include "HeaderAnalyzer.h"
#include "HeaderReportJson.h"
#include "HeaderReportText.h"
#include "ProbeReportJson.h"
#include "ProbeReportText.h"
#include "SmtpProbe.h"

#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

QString HeadersCommand::prepare()
{
    if (m_args.positional.size() != 1)
        return tr(
            "Usage: smarthost-cli headers FILE|- [--connector HOST] [--alias HOST]… [--json]");
    const QString path = m_args.positional.first();
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    // One byte more than the limit, so that a larger input is refused, not cut.
    m_input = file.read(HeaderAnalyzer::MaxInputSize + 1);
    if (m_input.isEmpty())
        return tr("%1 is empty: paste or save the received mail's headers first.").arg(path);
    return {};
}

void HeadersCommand::run(CliSession *)
{
    RelayConnector connector;
    connector.smartHost = m_args.connectorHost;
    connector.aliases = m_args.aliases;
    const HeaderReport report = HeaderAnalyzer::analyse(m_input, connector);
    if (!report.error.isEmpty()) {
        if (m_args.json)
            m_out.json(HeaderReportJson::toJson(report));
        m_out.error(report.error);
        return finish(UsageError);
    }
    if (m_args.json)
        m_out.json(HeaderReportJson::toJson(report));
    else
        m_out.out() << HeaderReportText::format(report) << Qt::flush;
    if (connector.isEmpty())
        return finish(Success);
    finish(report.verdict.routed.value_or(false) ? Success : Failure);
}

QString ProbeCommand::prepare()
{
    if (m_args.positional.size() != 1)
        return tr("Usage: smarthost-cli probe HOST [--port P] [--user U --password-stdin] "
                  "[--tls|--no-tls] [--auth MECH] [--max-size MB] [--json]");
    if (m_args.port && (*m_args.port < 1 || *m_args.port > 65535))
        return tr("The port must be between 1 and 65535.");
    if (m_args.auth && !authMechanismFromApi(*m_args.auth))
        return tr("Unknown authentication \"%1\": use none, basicAuth or basicAuthRequireTLS.")
            .arg(*m_args.auth);
    if (m_args.user.has_value() != m_args.passwordFromStdin)
        return tr("--user and --password-stdin go together.");
    if (m_args.passwordFromStdin)
        m_password = CliFormat::readStdinLine();
    return {};
}

void ProbeCommand::run(CliSession *)
{
    ProbeRequest request;
    request.host = m_args.positional.first();
    request.port = quint16(m_args.port.value_or(SendConnector::DefaultPort));
    request.user = m_args.user.value_or(QString());
    request.password = m_password;
    if (m_args.tls || m_args.auth || m_args.maxSizeMb) {
        ConnectorExpectation expectation;
        expectation.authMechanism =
            authMechanismFromApi(m_args.auth.value_or(u"none"_s)).value_or(AuthMechanism::None);
        expectation.requireTls =
            m_args.tls.value_or(expectation.authMechanism == AuthMechanism::BasicAuthRequireTls);
        expectation.maxSendSizeMb =
            int(m_args.maxSizeMb.value_or(SendConnector::MaxSendSizeLimitMb));
        request.expectation = expectation;
    }
    auto *probe = new SmtpProbe(this);
    if (!m_args.json)
        connect(probe, &SmtpProbe::progress, this,
                [this](const QString &step) { m_out.progress(step); });
    connect(probe, &SmtpProbe::finished, this, [this](const ProbeReport &report) {
        if (m_args.json)
            m_out.json(ProbeReportJson::toJson(report));
        else
            m_out.out() << ProbeReportText::format(report, ProbeReportText::Transcript::Include)
                        << Qt::flush;
        finish(report.allPassed() ? Success : Failure);
    });
    probe->start(request);
}
