#include "CliRunner.h"

#include "AccountCommands.h"
#include "CliSession.h"
#include "ConnectorCommands.h"
#include "HeadersCommand.h"
#include "ProfileCommands.h"
#include "ServicesCommand.h"

#include <QTimer>

using namespace Qt::StringLiterals;

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
{}

CliRunner::~CliRunner() = default;

CliCommand *CliRunner::createCommand()
{
    const QString &c = m_arguments.command;
    if (c == u"services"_s)
        return new ServicesCommand(m_arguments, m_output, this);
    if (c == u"connectors"_s)
        return new ConnectorListCommand(m_arguments, m_output, this);
    if (c == u"connector-add"_s)
        return new ConnectorAddCommand(m_arguments, m_output, this);
    if (c == u"connector-edit"_s)
        return new ConnectorEditCommand(m_arguments, m_output, this);
    if (c == u"connector-auth"_s)
        return new ConnectorAuthCommand(m_arguments, m_output, this);
    if (c == u"connector-delete"_s)
        return new ConnectorDeleteCommand(m_arguments, m_output, this);
    if (c == u"accounts"_s)
        return new AccountListCommand(m_arguments, m_output, this);
    if (c == u"attach"_s)
        return new AttachCommand(true, m_arguments, m_output, this);
    if (c == u"detach"_s)
        return new AttachCommand(false, m_arguments, m_output, this);
    if (c == u"domains"_s)
        return new DomainListCommand(m_arguments, m_output, this);
    if (c == u"headers"_s)
        return new HeadersCommand(m_arguments, m_output, this);
    if (c == u"probe"_s)
        return new ProbeCommand(m_arguments, m_output, this);
    if (c == u"login"_s)
        return new LoginCommand(m_arguments, m_output, this);
    if (c == u"logout"_s)
        return new LogoutCommand(m_arguments, m_output, this);
    if (c == u"default-connector"_s)
        return new DefaultConnectorCommand(m_arguments, m_output, this);
    return nullptr;
}

int CliRunner::start(const QStringList &arguments)
{
    QString error;
    const auto parsed = CliArguments::parse(arguments, &error);
    if (!parsed) {
        m_output.error(error);
        m_output.error(tr("Run smarthost-cli --help for the commands."));
        return CliCommand::UsageError;
    }
    m_arguments = *parsed;
    if (m_arguments.showVersion) {
        m_output.line(u"smarthost-cli "_s + QString::fromLatin1(SMARTHOST_VERSION));
        return CliCommand::Success;
    }
    if (m_arguments.showHelp) {
        m_output.line(CliArguments::helpText());
        return CliCommand::Success;
    }
    if (m_arguments.command.isEmpty()) {
        m_output.error(CliArguments::helpText());
        return CliCommand::UsageError;
    }
    m_command = createCommand();
    if (!m_command) {
        m_output.error(tr("Unknown command \"%1\". Run smarthost-cli --help for the commands.")
                           .arg(m_arguments.command));
        return CliCommand::UsageError;
    }
    if (const QString problem = m_command->prepare(); !problem.isEmpty()) {
        m_output.error(problem);
        return CliCommand::UsageError;
    }
    connect(m_command, &CliCommand::finished, this, &CliRunner::finished, Qt::QueuedConnection);
    if (!m_command->needsApi()) {
        QTimer::singleShot(0, m_command, [this] { m_command->run(nullptr); });
        return -1;
    }
    m_session = new CliSession(m_arguments, m_output, this);
    QTimer::singleShot(0, this, [this] {
        m_session->open([this](bool ready) {
            if (!ready)
                return m_command->finish(CliCommand::Failure);
            m_command->run(m_session);
        });
    });
    return -1;
}
