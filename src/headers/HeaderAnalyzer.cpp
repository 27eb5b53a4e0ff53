#include "HeaderAnalyzer.h"

#include "AuthenticationResultsParser.h"
#include "EncodedWordDecoder.h"
#include "HeaderUnfolder.h"
#include "HopTimeline.h"
#include "PasteNormalizer.h"
#include "ReceivedDateParser.h"
#include "ReceivedParser.h"
#include "RouteAnalyzer.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

HeaderSummary summarise(const HeaderBlock &headers)
{
    HeaderSummary summary;
    summary.subject = EncodedWordDecoder::decode(headers.value(u"Subject"));
    summary.from = EncodedWordDecoder::decode(headers.value(u"From"));
    summary.to = EncodedWordDecoder::decode(headers.value(u"To"));
    summary.date = headers.value(u"Date");
    summary.dateUtc = ReceivedDateParser::parse(summary.date).utc;
    summary.messageId = headers.value(u"Message-ID");
    return summary;
}

} // namespace

HeaderReport HeaderAnalyzer::analyse(const QString &pasted, const RelayConnector &connector)
{
    HeaderReport report;
    if (pasted.size() > MaxInputSize) {
        //: %1 is the size of the pasted text
        report.error = tr("The input is larger than 1 MB (%1 characters). Paste only the "
                          "message header.")
                           .arg(pasted.size());
        return report;
    }
    const PasteNormalizer::Result paste = PasteNormalizer::normalize(pasted);
    report.htmlDecoded = paste.htmlWrapperRemoved || paste.htmlEntitiesDecoded;
    report.headers = HeaderUnfolder::unfold(paste.lines);
    if (report.headers.fields.isEmpty()) {
        report.error = tr("No e-mail header found. Paste the header of the message, starting "
                          "with its first line (usually Return-Path: or Received:).");
        return report;
    }

    QList<ReceivedHop> hops;
    for (const HeaderField &field : std::as_const(report.headers.fields)) {
        if (field.is(u"Received"))
            hops.append(ReceivedParser::parse(field.value, field.index));
    }
    report.hops = HopTimeline::order(std::move(hops));
    report.summary = summarise(report.headers);
    const auto transit = HopTimeline::transit(report.hops, report.summary.dateUtc);
    report.summary.transitSeconds = transit.seconds;
    report.summary.transitBasis = transit.basis;
    report.authentication = AuthenticationResultsParser::parse(report.headers);
    report.verdict =
        RouteAnalyzer::analyse(report.hops, report.headers, report.authentication, connector);
    return report;
}

HeaderReport HeaderAnalyzer::analyse(const QByteArray &bytes, const RelayConnector &connector)
{
    if (bytes.size() > MaxInputSize) {
        HeaderReport report;
        //: %1 is the size of the input in bytes
        report.error = tr("The input is larger than 1 MB (%1 bytes). Paste only the message "
                          "header.")
                           .arg(bytes.size());
        return report;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        QStringDecoder windows1252("windows-1252");
        text =
            windows1252.isValid() ? QString(windows1252.decode(bytes)) : QString::fromLatin1(bytes);
    }
    return analyse(text, connector);
}
