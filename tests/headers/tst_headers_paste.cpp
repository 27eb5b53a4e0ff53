#include "HeaderAnalyzer.h"
#include "HeaderUnfolder.h"
#include "PasteNormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList names(const HeaderBlock &block)
{
    QStringList list;
    for (const auto &field : block.fields)
        list.append(field.name);
    return list;
}

} // namespace

class TestHeaderPaste : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineEndings_data()
    {
        QTest::addColumn<QString>("newline");
        QTest::newRow("LF") << u"\n"_s;
        QTest::newRow("CRLF") << u"\r\n"_s;
        QTest::newRow("CR") << u"\r"_s;
    }

    void lineEndings()
    {
        QFETCH(QString, newline);
        const QStringList lines{u"Subject: one"_s, u" two"_s, u"To: a@example.org"_s, QString(),
                                u"Body: not a header"_s};
        const auto result = PasteNormalizer::normalize(lines.join(newline));
        QCOMPARE(result.lines, (QStringList{u"Subject: one"_s, u" two"_s, u"To: a@example.org"_s}));
        const HeaderBlock block = HeaderUnfolder::unfold(result.lines);
        QCOMPARE(block.value(u"subject"), u"one two"_s);
    }

    void strayBlankLinesAndSpacesBeforeFirstHeader()
    {
        const auto result =
            PasteNormalizer::normalize(u"\n\n  \t\n    Subject: x\nTo: y\n\nbody"_s);
        QCOMPARE(result.lines, (QStringList{u"Subject: x"_s, u"To: y"_s}));
    }

    void htmlWrapper()
    {
        const auto result = PasteNormalizer::normalize(
            u"\n <pre class=\"bgwhite\"><code>Return-Path: &lt;a@example.com&gt;\n"
            "From: &quot;A &amp; B&quot; &lt;a&#64;example.com&gt;\n</code></pre>\n<p>page</p>"_s);
        QVERIFY(result.htmlWrapperRemoved);
        QVERIFY(result.htmlEntitiesDecoded);
        QCOMPARE(result.lines, (QStringList{u"Return-Path: <a@example.com>"_s,
                                            u"From: \"A & B\" <a@example.com>"_s}));
    }

    void closingTagsOnTheLastHeaderLine()
    {
        const auto result = PasteNormalizer::normalize(
            u"<pre><code>Subject: x\nTo: y</code></pre>\n<p>after</p>"_s);
        QCOMPARE(result.lines, (QStringList{u"Subject: x"_s, u"To: y"_s}));
    }

    void entities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("named") << u"&lt;&gt;&amp;&quot;&apos;&nbsp;"_s << u"<>&\"' "_s;
        QTest::newRow("decimal") << u"a&#64;b"_s << u"a@b"_s;
        QTest::newRow("hex") << u"a&#x40;b&#X2013;"_s << u"a@b–"_s;
        QTest::newRow("astral") << u"&#128231;"_s << u"📧"_s;
        QTest::newRow("double escaped once") << u"&amp;lt;"_s << u"&lt;"_s;
        QTest::newRow("unknown kept") << u"&copy2; &bogus;"_s << u"&copy2; &bogus;"_s;
        QTest::newRow("no semicolon") << u"AT&T rocks"_s << u"AT&T rocks"_s;
        QTest::newRow("zero kept") << u"&#0;"_s << u"&#0;"_s;
    }

    void entities()
    {
        QFETCH(QString, text);
        QFETCH(QString, decoded);
        QCOMPARE(PasteNormalizer::decodeHtmlEntities(text), decoded);
    }

    void ampersandAloneDoesNotTriggerDecoding()
    {
        const auto result =
            PasteNormalizer::normalize(u"List-Unsubscribe: <https://x.example/?a=1&amp=2>"_s);
        QVERIFY(!result.htmlEntitiesDecoded);
        QCOMPARE(result.lines.front(), u"List-Unsubscribe: <https://x.example/?a=1&amp=2>"_s);
    }

    void fieldName_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isField");
        QTest::newRow("header") << u"Received: from x"_s << true;
        QTest::newRow("empty value") << u"X-MS-Has-Attach:"_s << true;
        QTest::newRow("no space, dashed name") << u"X-Spam-Flag:NO"_s << true;
        QTest::newRow("folded time, two digits") << u"51:02 +0200"_s << false;
        QTest::newRow("folded time, one digit") << u"7:02 +0200"_s << false;
        QTest::newRow("clause") << u"by mx.example.org with ESMTP; Tue, 28 Feb 2023 07:"_s << false;
        QTest::newRow("dkim tag list") << u"h=from:to:subject:date;"_s << false;
        QTest::newRow("url") << u"https://example.com/x"_s << false;
        QTest::newRow("ipv6 fragment") << u"fe80::1%9]) by x"_s << false;
        QTest::newRow("ipv6 group") << u"db8:1::20) with SMTP"_s << false;
        QTest::newRow("space before colon") << u"references : from :"_s << false;
        QTest::newRow("mailto") << u"mailto:a@example.com"_s << false;
        QTest::newRow("non-ascii") << u"Ésujet: x"_s << false;
    }

    void fieldName()
    {
        QFETCH(QString, line);
        QFETCH(bool, isField);
        QCOMPARE(HeaderUnfolder::fieldNameLength(line) > 0, isField);
    }

    void lostIndentation()
    {
        const QStringList lines{u"Received: from a.example.net (a.example.net [192.0.2.1])"_s,
                                u"by b.example.net with ESMTP id 1"_s,
                                u"for <x@example.org>; Tue, 28 Feb 2023 09:51:"_s,
                                u"02 +0200"_s,
                                u"DKIM-Signature: v=1; d=example.com;"_s,
                                u"s=k1; h=from:to:subject;"_s,
                                u"b=abc"_s,
                                u"Subject: x"_s};
        const HeaderBlock block = HeaderUnfolder::unfold(lines);
        QCOMPARE(names(block), (QStringList{u"Received"_s, u"DKIM-Signature"_s, u"Subject"_s}));
        QCOMPARE(block.fields[0].value,
                 u"from a.example.net (a.example.net [192.0.2.1]) by b.example.net with ESMTP id 1 "
                 "for <x@example.org>; Tue, 28 Feb 2023 09:51: 02 +0200"_s);
        QCOMPARE(block.fields[1].value, u"v=1; d=example.com; s=k1; h=from:to:subject; b=abc"_s);
    }

    void orderAndIndexKept()
    {
        const HeaderBlock block = HeaderUnfolder::unfold(
            {u"junk before the first header"_s, u"B: 1"_s, u"A: 2"_s, u"B: 3"_s});
        QCOMPARE(names(block), (QStringList{u"B"_s, u"A"_s, u"B"_s}));
        for (int i = 0; i < block.fields.size(); ++i)
            QCOMPARE(block.fields[i].index, i);
        QCOMPARE(block.values(u"b"), (QStringList{u"1"_s, u"3"_s}));
    }

    void oversizedTextIsRefused()
    {
        const QString text = u"Subject: x\n"_s + QString(HeaderAnalyzer::MaxInputSize, u'a');
        const HeaderReport report = HeaderAnalyzer::analyse(text);
        QVERIFY(!report.isValid());
        QVERIFY2(report.error.contains(u"larger than 1 MB"_s), qPrintable(report.error));
        QVERIFY(report.hops.isEmpty());
        QVERIFY(report.headers.fields.isEmpty());
    }

    void oversizedBytesAreRefused()
    {
        const QByteArray bytes(HeaderAnalyzer::MaxInputSize + 1, 'a');
        const HeaderReport report = HeaderAnalyzer::analyse(bytes);
        QVERIFY(!report.isValid());
        QVERIFY(report.error.contains(u"larger than 1 MB"_s));
    }

    void exactlyOneMegabyteIsAccepted()
    {
        QString text = u"Received: from a by b; 28 Feb 2023 07:51:00 +0000\nX-Pad: "_s;
        text += QString(HeaderAnalyzer::MaxInputSize - text.size(), u'a');
        QCOMPARE(text.size(), HeaderAnalyzer::MaxInputSize);
        const HeaderReport report = HeaderAnalyzer::analyse(text);
        QVERIFY(report.isValid());
        QCOMPARE(report.hops.size(), 1);
    }

    void nothingToAnalyse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"\n \n\t\n"_s;
        QTest::newRow("prose") << u"hello, this is not a header"_s;
    }

    void nothingToAnalyse()
    {
        QFETCH(QString, text);
        const HeaderReport report = HeaderAnalyzer::analyse(text);
        QVERIFY(!report.isValid());
        QVERIFY(!report.error.isEmpty());
    }

    void latin1BytesAreDecoded()
    {
        const QByteArray bytes(
            "Subject: caf\xe9\nReceived: from a by b; 28 Feb 2023 07:51:00 +0000\n");
        const HeaderReport report = HeaderAnalyzer::analyse(bytes);
        QCOMPARE(report.summary.subject, u"café"_s);
    }

    void utf8BytesAreDecoded()
    {
        const QByteArray bytes("Subject: caf\xc3\xa9\n");
        QCOMPARE(HeaderAnalyzer::analyse(bytes).summary.subject, u"café"_s);
    }
};

QTEST_GUILESS_MAIN(TestHeaderPaste)
#include "tst_headers_paste.moc"
