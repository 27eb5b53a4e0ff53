#pragma once

#include "ProbeCheck.h"
#include "ProbeTranscript.h"
#include "TlsInfo.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The outcome of one SMTP probe: checks with verdicts and advice, plus what was seen.
struct ProbeReport
{
    QString host;
    quint16 port = 0;
    bool implicitTls = false;
    QString peerAddress; // empty when the connection failed
    QDateTime startedAt; // UTC
    qint64 elapsedMs = 0;
    bool cancelled = false;

    QList<ProbeCheck> checks;
    QString banner;         // the greeting's first line
    QStringList extensions; // of the final session (over TLS when it was established)
    TlsInfo tls;
    QList<TranscriptLine> transcript; // secrets masked

    // Exit-code semantics (smarthost-cli probe exits 0 when allPassed(), 1 otherwise):
    // a report fails when at least one check is Fail. Warn is advice and does not fail it;
    // Skipped checks are neutral. A probe cancelled or timed out before its checks were
    // complete carries a Fail check for the interrupted step.
    bool hasFailure() const { return countOf(ProbeStatus::Fail) > 0; }
    bool hasWarning() const { return countOf(ProbeStatus::Warn) > 0; }
    bool allPassed() const { return !checks.isEmpty() && !hasFailure(); }
    int countOf(ProbeStatus status) const;

    // The check with that id, or nullptr.
    const ProbeCheck *check(QStringView id) const;
};

Q_DECLARE_METATYPE(ProbeReport)
