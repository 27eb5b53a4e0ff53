#pragma once

#include "CliCommand.h"
#include "ConnectorRequests.h"
#include "SendConnector.h"
#include "Task.h"

#include <functional>

class TaskWatcher;
class ExchangeApi;

// `connectors ORG SVC`
class ConnectorListCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;
};

// `connector-add ORG SVC --name N --host H …`: posts, waits for the task, prints the new
// connector.
class ConnectorAddCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;

private:
    NewConnector request() const;
    QString m_password;
};

// `connector-edit ORG SVC ID [--name N] …`: sends only the given fields.
class ConnectorEditCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;

private:
    ConnectorChanges changes() const;
};

// `connector-auth ORG SVC ID --auth MECH [--user U] [--password-stdin]`
class ConnectorAuthCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;

private:
    QString m_password;
};

// `connector-delete ORG SVC ID`
class ConnectorDeleteCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;
};

// Follows a task on stderr and finishes the command when it ends.
class CliTaskFollower
{
    Q_DECLARE_TR_FUNCTIONS(CliTaskFollower)
public:
    static TaskWatcher *follow(CliCommand *command, CliOutput &out, ExchangeApi *api,
                               const ServiceRef &ref, const Task &task,
                               std::function<void(const Task &)> whenDone);
};
