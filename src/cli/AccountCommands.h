#pragma once

#include "CliCommand.h"
#include "StrongId.h"

// `accounts ORG SVC`
class AccountListCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;
};

// `attach ORG SVC CONNECTOR_ID EMAIL…` and `detach ORG SVC EMAIL…`: one PUT per account
// with only sendConnectorId; reports each failure and "N attached, M failed".
class AttachCommand : public CliCommand
{
    Q_OBJECT
public:
    AttachCommand(bool attach, const CliArguments &arguments, CliOutput &output,
                  QObject *parent = nullptr);
    QString prepare() override;
    void run(CliSession *session) override;

private:
    QStringList emails() const;
    bool m_attach;
};

// `domains ORG SVC`
class DomainListCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;
};

// `default-connector ORG SVC DOMAIN CONNECTOR_ID` (0 resets)
class DefaultConnectorCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;
};
