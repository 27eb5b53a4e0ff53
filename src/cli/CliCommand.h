#pragma once

#include "CliArguments.h"
#include "CliOutput.h"
#include "ServiceRef.h"

#include <QObject>

class CliSession;
struct ApiError;

// Base of the CLI's commands: checks arguments, runs asynchronously, ends with exit code
// 0 (success), 1 (API or network error) or 2 (usage error) through finished().
class CliCommand : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliCommand(const CliArguments &arguments, CliOutput &output, QObject *parent = nullptr);

    // Validates the arguments (and reads secrets from stdin) before anything is sent;
    // returns an error text or nothing.
    virtual QString prepare() = 0;
    // Starts the work; `session` is open.
    virtual void run(CliSession *session) = 0;
    // Commands that need no API (headers, probe) override this.
    virtual bool needsApi() const { return true; }

    void finish(int exitCode);
    // Prints the API error (message, code or class, query id) and finishes with Failure.
    void failWith(const ApiError &error);
    // After reading an object back following a mutation (`lost`: the mutation's error when
    // its answer was lost, else none): fails the command and returns false, or prints a
    // warning if the answer was lost but the change is there and returns true.
    bool acceptReadBack(const ApiError &lost, const ApiError &readError, bool applied);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    QString requirePositional(int count, const QString &usage) const;
    ServiceRef serviceArgument() const;

    const CliArguments &m_args;
    CliOutput &m_out;

private:
    bool m_finished = false;
};
