#include "ProbeReportJson.h"

#include "ProbeReport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString directionId(TranscriptDirection direction)
{
    switch (direction) {
    case TranscriptDirection::Client:
        return u"client"_s;
    case TranscriptDirection::Server:
        return u"server"_s;
    case TranscriptDirection::Note:
        break;
    }
    return u"note"_s;
}

QJsonValue dateValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject tlsJson(const TlsInfo &tls)
{
    QJsonArray errors;
    for (qsizetype i = 0; i < tls.errors.size(); ++i)
        errors.append(QJsonObject{
            {u"id"_s, TlsInfo::errorId(tls.errors.at(i))},
            {u"message"_s, i < tls.errorMessages.size() ? tls.errorMessages.at(i) : QString()}});
    return QJsonObject{
        {u"attempted"_s, tls.attempted},
        {u"established"_s, tls.established},
        {u"implicit"_s, tls.implicit},
        {u"verified"_s, tls.verified()},
        {u"protocol"_s, tls.protocol},
        {u"cipher"_s, tls.cipher},
        {u"subject"_s, tls.subject},
        {u"issuer"_s, tls.issuer},
        {u"alternativeNames"_s, QJsonArray::fromStringList(tls.alternativeNames)},
        {u"notBefore"_s, dateValue(tls.notBefore)},
        {u"notAfter"_s, dateValue(tls.notAfter)},
        {u"errors"_s, errors},
    };
}
} // namespace

QJsonObject ProbeReportJson::toJson(const ProbeReport &report)
{
    QJsonArray checks;
    for (const auto &check : report.checks)
        checks.append(QJsonObject{
            {u"id"_s, check.id},
            {u"status"_s, probeStatusToId(check.status)},
            {u"title"_s, check.title},
            {u"detail"_s, check.detail},
            {u"suggestion"_s, check.suggestion},
        });
    QJsonArray transcript;
    for (const auto &line : report.transcript)
        transcript.append(QJsonObject{
            {u"time"_s, dateValue(line.time)},
            {u"elapsedMs"_s, line.elapsedMs},
            {u"direction"_s, directionId(line.direction)},
            {u"text"_s, line.text},
        });
    QJsonObject summary;
    for (const auto status :
         {ProbeStatus::Pass, ProbeStatus::Warn, ProbeStatus::Fail, ProbeStatus::Skipped})
        summary.insert(probeStatusToId(status), report.countOf(status));
    return QJsonObject{
        {u"formatVersion"_s, FormatVersion},
        {u"host"_s, report.host},
        {u"port"_s, int(report.port)},
        {u"implicitTls"_s, report.implicitTls},
        {u"peerAddress"_s, report.peerAddress},
        {u"startedAt"_s, dateValue(report.startedAt)},
        {u"elapsedMs"_s, report.elapsedMs},
        {u"cancelled"_s, report.cancelled},
        {u"passed"_s, report.allPassed()},
        {u"summary"_s, summary},
        {u"checks"_s, checks},
        {u"banner"_s, report.banner},
        {u"extensions"_s, QJsonArray::fromStringList(report.extensions)},
        {u"tls"_s, tlsJson(report.tls)},
        {u"transcript"_s, transcript},
    };
}

QByteArray ProbeReportJson::toBytes(const ProbeReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}
