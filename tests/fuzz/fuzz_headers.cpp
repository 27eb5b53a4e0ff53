// libFuzzer target: the header analyser on arbitrary bytes (as read from a file or stdin),
// then the CLI's JSON and text reports of what it found.
#include "HeaderAnalyzer.h"
#include "HeaderReportJson.h"
#include "HeaderReportText.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Half the inputs are checked against a connector, so that the relay matcher runs too.
    RelayConnector connector;
    if (size % 2 == 0) {
        connector.smartHost = u"smtp-relay.example.com"_s;
        connector.aliases = {u"relay.example.net"_s, u"192.0.2.25"_s, u"2001:db8::25"_s};
    }
    const HeaderReport report = HeaderAnalyzer::analyse(bytes, connector);
    const QByteArray json = QJsonDocument(HeaderReportJson::toJson(report)).toJson();
    const QString text = HeaderReportText::format(report);
    return json.isEmpty() && text.isNull() ? -1 : 0;
}
