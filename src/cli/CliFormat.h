#pragma once

#include "Account.h"
#include "Domain.h"
#include "SendConnector.h"
#include "Task.h"

#include <QCoreApplication>
#include <QStringList>

class CliOutput;

// How connectors, accounts, domains and tasks look in the CLI's tables.
class CliFormat
{
    Q_DECLARE_TR_FUNCTIONS(CliFormat)

public:
    static void connectors(CliOutput &out, bool json, const QList<SendConnector> &connectors);
    static void accounts(CliOutput &out, bool json, const QList<Account> &accounts);
    static void domains(CliOutput &out, bool json, const QList<Domain> &domains);
    static QString task(const Task &task);
    static QString connectorId(ConnectorId id);
    // Reads one line from standard input (a password, a secret); empty on end of input.
    static QString readStdinLine();
};
