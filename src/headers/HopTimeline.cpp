#include "HopTimeline.h"

#include <algorithm>

QList<ReceivedHop> HopTimeline::order(QList<ReceivedHop> headerOrderHops)
{
    std::reverse(headerOrderHops.begin(), headerOrderHops.end());
    QDateTime previous;
    int number = 0;
    for (ReceivedHop &hop : headerOrderHops) {
        hop.number = ++number;
        hop.delaySeconds.reset();
        if (!hop.date.isValid())
            continue;
        if (previous.isValid()) {
            hop.delaySeconds = previous.secsTo(hop.date);
            if (*hop.delaySeconds < 0)
                hop.addFlag(HopFlag::ClockSkew);
        }
        previous = hop.date;
    }
    return headerOrderHops;
}

HopTimeline::Transit HopTimeline::transit(const QList<ReceivedHop> &chronologicalHops,
                                          const QDateTime &dateHeader)
{
    QDateTime first;
    QDateTime last;
    int dated = 0;
    for (const ReceivedHop &hop : chronologicalHops) {
        if (!hop.date.isValid())
            continue;
        if (!first.isValid())
            first = hop.date;
        last = hop.date;
        ++dated;
    }
    if (!last.isValid())
        return {};
    if (dateHeader.isValid())
        return {dateHeader.secsTo(last), TransitBasis::DateHeader};
    if (dated < 2)
        return {};
    return {first.secsTo(last), TransitBasis::FirstHop};
}
