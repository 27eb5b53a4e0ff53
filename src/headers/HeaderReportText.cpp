#include "HeaderReportText.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxCellWidth = 40;

QString cell(const QString &text)
{
    if (text.size() <= MaxCellWidth)
        return text;
    return text.left(MaxCellWidth - 1) + u'…';
}

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                line += u"  "_s;
            line += row[column].leftJustified(widths[column]);
        }
        out += u"  "_s + QStringView(line).trimmed() + u'\n';
    }
    return out;
}

QString labelled(const QList<std::pair<QString, QString>> &pairs)
{
    qsizetype width = 0;
    for (const auto &pair : pairs)
        width = std::max(width, pair.first.size());
    QString out;
    for (const auto &[label, value] : pairs)
        out += u"  "_s + QString(label + u':').leftJustified(width + 2) + value + u'\n';
    return out;
}

} // namespace

QString HeaderReportText::formatDuration(qint64 seconds)
{
    const QString sign = seconds < 0 ? u"-"_s : QString();
    const qint64 value = seconds < 0 ? -seconds : seconds;
    if (value < 120)
        //: Duration in seconds
        return sign + tr("%1 s").arg(value);
    if (value < 7200)
        //: Duration in minutes and seconds
        return sign + tr("%1 min %2 s").arg(value / 60).arg(value % 60);
    //: Duration in hours and minutes
    return sign + tr("%1 h %2 min").arg(value / 3600).arg((value % 3600) / 60);
}

QString HeaderReportText::summarySection(const HeaderReport &report)
{
    const HeaderSummary &summary = report.summary;
    QString transit = tr("unknown");
    if (summary.transitSeconds) {
        const QString duration = formatDuration(*summary.transitSeconds);
        transit = summary.transitBasis == HopTimeline::TransitBasis::DateHeader
                      //: %1 is a duration
                      ? tr("%1 (from the Date header to the last hop)").arg(duration)
                      : tr("%1 (from the first to the last hop)").arg(duration);
    }
    return labelled({
        {tr("Subject"), summary.subject},
        {tr("From"), summary.from},
        {tr("To"), summary.to},
        {tr("Date"), summary.date},
        {tr("Message-ID"), summary.messageId},
        {tr("Transit"), transit},
    });
}

QString HeaderReportText::hopTable(const QList<ReceivedHop> &hops)
{
    QList<QStringList> rows;
    rows.append({tr("Hop"), tr("Delay"), tr("Time (UTC)"), tr("From"), tr("IP"), tr("By"),
                 tr("With"), tr("Flags")});
    for (const ReceivedHop &hop : hops) {
        QStringList flags;
        for (const HopFlag flag : hop.flags)
            flags.append(HopFlags::machineName(flag));
        const QString ip = hop.fromIp.isEmpty() ? hop.fromInvalidIp : hop.fromIp;
        rows.append(
            {QString::number(hop.number),
             hop.delaySeconds ? formatDuration(*hop.delaySeconds) : QString(),
             hop.date.isValid() ? hop.date.toString(u"yyyy-MM-dd HH:mm:ss"_s) : cell(hop.dateText),
             cell(hop.fromHost()), cell(ip), cell(hop.byName), cell(hop.with),
             flags.join(u", "_s)});
    }
    return table(rows);
}

QString HeaderReportText::authenticationSection(const AuthenticationReport &authentication)
{
    QList<QStringList> rows;
    for (const AuthResult &result : authentication.results) {
        const QString source = result.source == AuthResult::Source::ReceivedSpf
                                   ? u"Received-SPF"_s
                                   : u"Authentication-Results"_s;
        const QString statedBy = result.statedBy.isEmpty()
                                     ? source
                                     //: %1 host, %2 header name
                                     : tr("%1 (%2)").arg(result.statedBy, source);
        rows.append({result.method, result.result, statedBy, cell(result.reason)});
    }
    for (const DkimSignature &signature : authentication.dkimSignatures) {
        rows.append({u"dkim-signature"_s, u"d="_s + signature.domain, u"s="_s + signature.selector,
                     QString()});
    }
    if (authentication.arcSets > 0) {
        rows.append({u"arc"_s, u"cv="_s + authentication.arcChainValidation,
                     tr("%n ARC set(s)", nullptr, authentication.arcSets), QString()});
    }
    if (rows.isEmpty())
        return u"  "_s + tr("No authentication result in the headers.") + u'\n';
    return table(rows);
}

QString HeaderReportText::verdictSection(const RouteVerdict &verdict)
{
    QString out = u"  "_s + RouteVerdictNames::displayName(verdict.level) + u'\n';
    QList<QStringList> rows;
    for (const RouteEvidence &item : verdict.evidence) {
        rows.append({RouteVerdictNames::displayName(item.strength),
                     item.hop ? tr("hop %1").arg(*item.hop) : QString(), item.text});
    }
    return out + table(rows);
}

QString HeaderReportText::format(const HeaderReport &report)
{
    if (!report.isValid())
        return report.error + u'\n';
    QString out = tr("Summary") + u'\n' + summarySection(report) + u'\n';
    //: %n is the number of Received headers
    out += tr("Hops, oldest first (%n hop(s))", nullptr, int(report.hops.size())) + u'\n';
    out += hopTable(report.hops) + u'\n';
    out += tr("Authentication") + u'\n' + authenticationSection(report.authentication) + u'\n';
    const QString title = report.verdict.connector.isEmpty()
                              ? tr("Send connector")
                              //: %1 is the send connector's smart host
                              : tr("Send connector %1").arg(report.verdict.connector);
    out += title + u'\n' + verdictSection(report.verdict);
    return out;
}
