#include "ProbeReportText.h"

#include "ProbeReport.h"

using namespace Qt::StringLiterals;

namespace {
constexpr QStringView indent = u"      ";
}

QString ProbeReportText::format(const ProbeReport &report, Transcript transcript)
{
    QString text;
    const QString port = QString::number(report.port);
    if (report.peerAddress.isEmpty())
        text += tr("SMTP probe of %1 port %2").arg(report.host, port);
    else
        text += tr("SMTP probe of %1 port %2 (%3)").arg(report.host, port, report.peerAddress);
    text += u"\n\n"_s;

    for (const auto &check : report.checks) {
        QString label;
        switch (check.status) {
        case ProbeStatus::Pass:
            //: Status label in the text report; keep it short (at most 5 characters)
            label = tr("PASS");
            break;
        case ProbeStatus::Warn:
            //: Status label in the text report; keep it short (at most 5 characters)
            label = tr("WARN");
            break;
        case ProbeStatus::Fail:
            //: Status label in the text report; keep it short (at most 5 characters)
            label = tr("FAIL");
            break;
        case ProbeStatus::Skipped:
            //: Status label in the text report; keep it short (at most 5 characters)
            label = tr("SKIP");
            break;
        }
        text += label.leftJustified(indent.size()) + check.title + u": "_s + check.detail + u'\n';
        if (!check.suggestion.isEmpty())
            text += indent + u"→ "_s + check.suggestion + u'\n';
    }

    if (!report.extensions.isEmpty())
        text += u'\n' + tr("Extensions: %1").arg(report.extensions.join(u", ")) + u'\n';
    if (report.tls.established) {
        text += tr("TLS: %1, %2").arg(report.tls.protocol, report.tls.cipher) + u'\n';
        text += tr("Certificate: %1, issued by %2, valid %3 to %4")
                    .arg(report.tls.subject, report.tls.issuer,
                         report.tls.notBefore.toString(Qt::ISODate),
                         report.tls.notAfter.toString(Qt::ISODate)) +
                u'\n';
    }

    text += u'\n' +
            tr("Result: %1 failed, %2 warnings, %3 passed, %4 skipped.")
                .arg(QString::number(report.countOf(ProbeStatus::Fail)),
                     QString::number(report.countOf(ProbeStatus::Warn)),
                     QString::number(report.countOf(ProbeStatus::Pass)),
                     QString::number(report.countOf(ProbeStatus::Skipped))) +
            u'\n';

    if (transcript == Transcript::Include) {
        text += u'\n' + tr("Transcript:") + u'\n';
        for (const auto &line : report.transcript) {
            text += line.time.toString(u"HH:mm:ss.zzz"_s) + u' ' +
                    transcriptPrefix(line.direction) + line.text + u'\n';
        }
    }
    return text;
}

QString ProbeReportText::transcriptPrefix(TranscriptDirection direction)
{
    switch (direction) {
    case TranscriptDirection::Client:
        return u"C: "_s;
    case TranscriptDirection::Server:
        return u"S: "_s;
    case TranscriptDirection::Note:
        break;
    }
    return u"-- "_s;
}
