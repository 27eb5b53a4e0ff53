#pragma once

#include "CliCommand.h"
#include "ConnectorRequests.h"
#include "SendConnector.h"
#include "Task.h"
#include "TaskWatcher.h"

#include <functional>

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

// `connector-delete ORG SVC ID`; when the DELETE's answer is lost, reads the connector
// back: gone, or "deleting" (then its task is followed), means the deletion was received.
class ConnectorDeleteCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;

private:
    void follow(const Task &task);
    void readBack(const ApiError &lost);
    void reportDeleted();

    ExchangeApi *m_api = nullptr;
    ServiceRef m_ref;
    ConnectorId m_id;
    TaskWatcher::Timing m_timing;
};

// Follows a task on stderr and finishes the command when it ends.
class CliTaskFollower
{
    Q_DECLARE_TR_FUNCTIONS(CliTaskFollower)
public:
    static TaskWatcher *follow(CliCommand *command, CliOutput &out, ExchangeApi *api,
                               const ServiceRef &ref, const Task &task,
                               const TaskWatcher::Timing &timing,
                               std::function<void(const Task &)> whenDone);
};
