#pragma once

#include "CliCommand.h"
#include "ExchangeService.h"

// `services`: every organization/service pair with its offer.
class ServicesCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString prepare() override { return {}; }
    void run(CliSession *session) override;

private:
    void print();
    CliSession *m_session = nullptr;
    QList<ExchangeService> m_services;
    int m_pending = 0;
    bool m_failed = false;
};
