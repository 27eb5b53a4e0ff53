#include "CliCommand.h"

#include "ApiError.h"
#include "LostAnswer.h"

CliCommand::CliCommand(const CliArguments &arguments, CliOutput &output, QObject *parent)
    : QObject(parent)
    , m_args(arguments)
    , m_out(output)
{}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

void CliCommand::failWith(const ApiError &error)
{
    m_out.apiError(error);
    finish(Failure);
}

bool CliCommand::acceptReadBack(const ApiError &lost, const ApiError &readError, bool applied)
{
    if (const ApiError reported = LostAnswer::outcome(lost, readError, applied);
        reported.isError()) {
        failWith(reported);
        return false;
    }
    if (lost.isError())
        m_out.error(LostAnswer::appliedWarning(lost));
    return true;
}

QString CliCommand::requirePositional(int count, const QString &usage) const
{
    if (m_args.positional.size() < count)
        return tr("Usage: smarthost-cli %1").arg(usage);
    return {};
}

ServiceRef CliCommand::serviceArgument() const
{
    return ServiceRef{m_args.positional.value(0), m_args.positional.value(1)};
}
