#pragma once

#include "FaultRule.h"
#include "SimOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class Simulator;

// The command line of smarthost-sim and what it prints once listening.
class SimCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SimCommandLine)

public:
    struct Settings
    {
        SimOptions options;
        quint16 port = 0;
        QList<FaultRule> faults;
        bool verbose = false;
    };

    // nullopt when the program should stop at once: after --help or --version (exitCode 0,
    // text in *output) or on a bad argument (exitCode 1, message in *output).
    static std::optional<Settings> parse(const QStringList &arguments, int *exitCode,
                                         QString *output);
    // First line exactly "Smarthost simulator listening on http://127.0.0.1:PORT/1.0", then
    // the credentials as an ovh.conf snippet and as OVH_* environment exports.
    static QString banner(const Simulator &simulator);
    static QString listenFailure(quint16 port, const QString &error);
};
