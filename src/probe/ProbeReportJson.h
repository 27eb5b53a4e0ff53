#pragma once

#include <QByteArray>
#include <QJsonObject>

struct ProbeReport;

// Machine-readable report for `smarthost-cli probe --json`. Keys, check ids
// (ProbeCheckId), status ids (probeStatusToId), transcript directions ("client", "server",
// "note") and TLS error ids (TlsInfo::errorId) are stable; titles, details and suggestions
// are translated text. "passed" mirrors ProbeReport::allPassed() and the CLI exit code.
class ProbeReportJson
{
public:
    static constexpr int FormatVersion = 1;

    static QJsonObject toJson(const ProbeReport &report);
    static QByteArray toBytes(const ProbeReport &report); // indented, UTF-8
};
