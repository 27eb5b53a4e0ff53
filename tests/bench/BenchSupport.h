#pragma once

#include "Credentials.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <optional>

// What the benchmarks share: `smarthost-sim` in its own process (so that its work is not
// measured as the client's), its demo credentials, the common options and the process's
// peak memory.
namespace Bench {

class SimProcess
{
public:
    explicit SimProcess(const QStringList &arguments);
    ~SimProcess();
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

Credentials demoCredentials(const QString &url);

// --rate-limit N (requests per second, 0 = off; the benchmarks default to off: the limit is
// a fair-use choice, not a speed) and --quick.
struct Options
{
    double rateLimit = 0;
    bool quick = false;
};
std::optional<Options> parseOptions(const QStringList &arguments, QString *error);

// CPU time (user + system) this process has used so far, in ms.
qint64 cpuMs();
// The system's load average over the last minute (from /proc/loadavg; -1 if unknown): the
// benchmarks share the machine, and wall times grow with it.
double loadAverage();

// Peak resident set size of this process (VmHWM in /proc/self/status), in kB; -1 if unknown.
qint64 peakRssKb();

} // namespace Bench
