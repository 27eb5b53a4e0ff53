#pragma once

#include "HeaderReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How the header viewer words times, durations and tooltips. Header values are untrusted:
// every tooltip built from them goes through toolTip(), which escapes them (a tooltip that
// merely looks like HTML would otherwise be rendered as rich text).
class HeaderDisplayText
{
    Q_DECLARE_TR_FUNCTIONS(HeaderDisplayText)

public:
    static constexpr qsizetype MaxToolTipLength = 2000;

    // Plain text (several lines allowed) as a tooltip that shows it literally, cut after
    // MaxToolTipLength characters.
    static QString toolTip(const QString &plainText);
    // The text as a table cell shows it: one line, cut after `length` characters.
    static QString cell(const QString &text, qsizetype length = 300);

    // "08:51:00", or "28/02/2023 08:51:00" with the date, in the user's time zone.
    static QString localTime(const QDateTime &utc, bool withDate);
    // The full local date and time, with the zone: for tooltips and the summary.
    static QString localDateTime(const QDateTime &utc);
    // "UTC+02:00", "UTC-05:00", "UTC".
    static QString zoneOffset(int offsetSeconds);
    static QString duration(qint64 seconds);
    // "6 s (from the Date header to the last hop)", or "unknown".
    static QString transit(const HeaderSummary &summary);
};
