#pragma once

#include "CliCommand.h"

// `headers FILE|- [--connector HOST] [--alias HOST]… [--json]`: the route of a received mail
// and, with --connector, whether it went through that relay. Exit 0 when routed (always 0
// without --connector), 1 when not routed, 2 when the input cannot be read.
class HeadersCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;
    bool needsApi() const override { return false; }

private:
    QByteArray m_input;
};

// `probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH]
// [--max-size MB] [--json]`: tests an SMTP relay the way a send connector would use it.
// Exit 0 when no check fails, 1 when one does, 2 on usage errors.
class ProbeCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;
    bool needsApi() const override { return false; }

private:
    QString m_password;
};
