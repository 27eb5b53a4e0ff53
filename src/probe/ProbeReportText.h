#pragma once

#include <QCoreApplication>
#include <QString>

struct ProbeReport;
enum class TranscriptDirection;

// Plain-text report for `smarthost-cli probe`: one line per check with its suggestion,
// the extensions, the TLS session, a summary line and, on request, the transcript.
class ProbeReportText
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReportText)

public:
    enum class Transcript { Omit, Include };

    static QString format(const ProbeReport &report, Transcript transcript = Transcript::Omit);
    // "C: " (client), "S: " (server) or "-- " (a note): how transcript lines start.
    static QString transcriptPrefix(TranscriptDirection direction);
};
