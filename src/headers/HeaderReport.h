#pragma once

#include "AuthenticationReport.h"
#include "HeaderBlock.h"
#include "HopTimeline.h"
#include "ReceivedHop.h"
#include "RouteVerdict.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

struct HeaderSummary
{
    QString subject; // RFC 2047 decoded
    QString from;    // decoded
    QString to;      // decoded
    QString date;    // the Date header as written
    QDateTime dateUtc;
    QString messageId;
    std::optional<qint64> transitSeconds;
    HopTimeline::TransitBasis transitBasis = HopTimeline::TransitBasis::None;
};

// Everything HeaderAnalyzer found in one paste. When error is set, the rest is empty.
struct HeaderReport
{
    QString error;            // translated, e.g. the input is larger than 1 MB
    bool htmlDecoded = false; // the paste came from a web page (wrapper or entities removed)

    HeaderSummary summary;
    HeaderBlock headers;     // every field in order, with its original index
    QList<ReceivedHop> hops; // oldest first: hops[0].number == 1
    AuthenticationReport authentication;
    RouteVerdict verdict;

    bool isValid() const { return error.isEmpty(); }
};
