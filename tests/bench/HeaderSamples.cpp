#include "HeaderSamples.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

const QDateTime Start(QDate(2024, 3, 1), QTime(8, 0, 0), Qt::UTC);

QString receivedHeader(int hop)
{
    const QString date = Start.addSecs(hop).toString(u"ddd, d MMM yyyy HH:mm:ss"_s);
    return u"Received: from mx%1.relay.example.net (mx%1.relay.example.net [192.0.2.%2])\n"
           "\tby mx%3.relay.example.net (Postfix) with ESMTPS id 4Q%1ABCDEF\n"
           "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n"
           "\tfor <user@example.org>; %4 +0000 (UTC)\n"_s.arg(QString::number(hop),
                                                              QString::number(hop % 250 + 1),
                                                              QString::number(hop + 1), date);
}

} // namespace

QString HeaderSamples::manyHops(int hopCount)
{
    QString text;
    for (int hop = hopCount; hop >= 1; --hop)
        text += receivedHeader(hop);
    text += u"From: Sender <sender@example.com>\nTo: <user@example.org>\n"
            "Subject: =?utf-8?Q?Benchmark_=E2=9C=93?=\nDate: Fri, 1 Mar 2024 07:59:59 +0000\n"
            "Message-ID: <bench@example.com>\n"_s;
    return text;
}

QString HeaderSamples::largePaste(qsizetype targetSize)
{
    QString text;
    text.reserve(targetSize + 4096);
    int hop = 0;
    while (text.size() < targetSize - 2048) {
        text += receivedHeader(++hop);
        text +=
            u"Authentication-Results: mx%1.relay.example.net; spf=pass smtp.mailfrom=example.com;\n"
            "\tdkim=pass (2048-bit key) header.d=example.com header.s=s1;\n"
            "\tdmarc=pass (p=reject) header.from=example.com\n"_s.arg(hop);
        text += u"X-Filler-Data: "_s;
        for (int line = 0; line < 8; ++line)
            text += u"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5\n "_s;
        text += u"end\n"_s;
    }
    text += manyHops(1);
    return text;
}
