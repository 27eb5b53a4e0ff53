#pragma once

#include "CliArguments.h"
#include "CliOutput.h"

#include <QObject>
#include <memory>

class CliCommand;
class CliSession;

// Runs one smarthost-cli invocation: parses, validates, opens the session when the command
// needs the API, runs the command and reports its exit code through finished().
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(QObject *parent = nullptr);
    ~CliRunner() override;

    // Returns an exit code at once (help, version, usage error), or -1 when the command
    // runs and finished() will follow.
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    CliCommand *createCommand();

    CliOutput m_output;
    CliArguments m_arguments;
    CliSession *m_session = nullptr;
    CliCommand *m_command = nullptr;
};
