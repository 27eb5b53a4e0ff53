#pragma once

#include "ReceivedHop.h"

#include <QDateTime>
#include <QList>
#include <optional>

// Puts hops in chronological order and times them. Received headers are prepended by each
// server, so the bottom-most is hop 1. A hop's delay is measured from the previous hop that
// has a date; a negative delay is kept and flagged clock-skew.
//
// Total transit time: from the Date header to the last dated hop when the Date header can be
// read (what the sender's user waited, as Microsoft's analyser shows it); otherwise from the
// first dated hop to the last one.
class HopTimeline
{
public:
    enum class TransitBasis { None, DateHeader, FirstHop };

    struct Transit
    {
        std::optional<qint64> seconds;
        TransitBasis basis = TransitBasis::None;
    };

    // headerOrderHops: as found in the header, newest first. Returns them oldest first,
    // numbered from 1, with delays and clock-skew flags.
    static QList<ReceivedHop> order(QList<ReceivedHop> headerOrderHops);

    static Transit transit(const QList<ReceivedHop> &chronologicalHops,
                           const QDateTime &dateHeader);
};
