#pragma once

#include "Domain.h"
#include "ExchangeService.h"
#include "SendConnector.h"
#include "SimAccount.h"
#include "Task.h"

#include <QString>
#include <functional>
#include <map>

// How a task the simulator runs ends. Normally Done; faults pick the others.
enum class TaskOutcome { Done, Error, Cancelled, NeverEnds };

// A send connector with its write-only authentication fields.
struct SimConnector
{
    SendConnector connector;
    QString user;
    QString password;
};

struct SimService;

// A running or finished task. onFinish runs once when the task reaches done, error or
// cancelled, with the service it belongs to.
struct SimTask
{
    Task task;
    TaskOutcome outcome = TaskOutcome::Done;
    std::function<void(SimService &, TaskStatus)> onFinish;
};

// Everything below /email/exchange/{organization}/service/{service}. Accounts and domains
// are keyed by their lower-case name.
struct SimService
{
    ExchangeService info;
    std::map<qint64, SimConnector> connectors;
    std::map<QString, SimAccount> accounts;
    std::map<QString, Domain> domains;
    std::map<qint64, SimTask> tasks;

    const ServiceRef &ref() const { return info.ref; }
};
