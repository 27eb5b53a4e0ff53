#pragma once

#include "HeaderReport.h"

#include <QJsonObject>

// The CLI's JSON contract:
// {"summary":{"subject","from","to","date","messageId","transitSeconds":N|null},
//  "hops":[{"index","from","fromIp","by","with","id","for","date","delaySeconds","flags"}…],
//  "authentication":{"spf","dkim","dmarc"},
//  "verdict":{"connector","routed","evidence":[{"strength","hop","text"}…]}}
// Absent strings are null. summary.date and hops[].date are ISO 8601 UTC
// ("2023-02-28T07:51:00Z"); summary.date falls back to the Date header as written when it
// cannot be read. authentication values are AuthenticationReport::summaryResult() or null.
// A report with an error gives {"error": "…"}.
class HeaderReportJson
{
public:
    static QJsonObject toJson(const HeaderReport &report);
};
