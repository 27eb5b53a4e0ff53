#pragma once

#include "ProbeCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct ProbeObservations;
struct ProbeRequest;

// Wording shared by the advisors: generic failure texts, numbers and dates.
class ProbeAdvice
{
    Q_DECLARE_TR_FUNCTIONS(ProbeAdvice)

public:
    static ProbeCheck make(QStringView id, const QString &title, ProbeStatus status,
                           const QString &detail, const QString &suggestion = {});
    // "Not checked: the probe stopped before this step (…)."
    static QString notReached(const ProbeObservations &observations);
    // What went wrong at the failed step, in one sentence.
    static QString failureText(const ProbeRequest &request, const ProbeObservations &observations);
    static QString seconds(int milliseconds);
    static QString megabytes(qint64 bytes);
    static QString dateTime(const QDateTime &time);
};
