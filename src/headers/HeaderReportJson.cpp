#include "HeaderReportJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

template<typename T> QJsonValue numberOrNull(const std::optional<T> &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const HeaderSummary &summary)
{
    return QJsonObject{
        {u"subject"_s, stringOrNull(summary.subject)},
        {u"from"_s, stringOrNull(summary.from)},
        {u"to"_s, stringOrNull(summary.to)},
        {u"date"_s,
         summary.dateUtc.isValid() ? dateOrNull(summary.dateUtc) : stringOrNull(summary.date)},
        {u"messageId"_s, stringOrNull(summary.messageId)},
        {u"transitSeconds"_s, numberOrNull(summary.transitSeconds)},
    };
}

QJsonObject hopJson(const ReceivedHop &hop)
{
    QJsonArray flags;
    for (const HopFlag flag : hop.flags)
        flags.append(HopFlags::machineName(flag));
    return QJsonObject{
        {u"index"_s, hop.number},
        {u"from"_s, stringOrNull(hop.fromHost())},
        {u"fromIp"_s, stringOrNull(hop.fromIp)},
        {u"by"_s, stringOrNull(hop.byName)},
        {u"with"_s, stringOrNull(hop.with)},
        {u"id"_s, stringOrNull(hop.id)},
        {u"for"_s, stringOrNull(hop.forAddress)},
        {u"date"_s, dateOrNull(hop.date)},
        {u"delaySeconds"_s, numberOrNull(hop.delaySeconds)},
        {u"flags"_s, flags},
    };
}

QJsonObject verdictJson(const RouteVerdict &verdict)
{
    QJsonArray evidence;
    for (const RouteEvidence &item : verdict.evidence) {
        evidence.append(QJsonObject{
            {u"strength"_s, RouteVerdictNames::machineName(item.strength)},
            {u"hop"_s, numberOrNull(item.hop)},
            {u"text"_s, item.text},
        });
    }
    return QJsonObject{
        {u"connector"_s, stringOrNull(verdict.connector)},
        {u"routed"_s, verdict.routed ? QJsonValue(*verdict.routed) : QJsonValue(QJsonValue::Null)},
        {u"evidence"_s, evidence},
    };
}

} // namespace

QJsonObject HeaderReportJson::toJson(const HeaderReport &report)
{
    if (!report.isValid())
        return QJsonObject{{u"error"_s, report.error}};
    QJsonArray hops;
    for (const ReceivedHop &hop : report.hops)
        hops.append(hopJson(hop));
    const AuthenticationReport &auth = report.authentication;
    return QJsonObject{
        {u"summary"_s, summaryJson(report.summary)},
        {u"hops"_s, hops},
        {u"authentication"_s,
         QJsonObject{
             {u"spf"_s, stringOrNull(auth.summaryResult(u"spf"))},
             {u"dkim"_s, stringOrNull(auth.summaryResult(u"dkim"))},
             {u"dmarc"_s, stringOrNull(auth.summaryResult(u"dmarc"))},
         }},
        {u"verdict"_s, verdictJson(report.verdict)},
    };
}
