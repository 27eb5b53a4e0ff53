#include "HeaderTokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "W:word", "C:comment", "Q:quoted", ";"
QStringList describe(const QList<HeaderToken> &tokens)
{
    QStringList out;
    for (const auto &token : tokens) {
        switch (token.kind) {
        case HeaderToken::Kind::Word:
            out.append(u"W:"_s + token.text);
            break;
        case HeaderToken::Kind::Comment:
            out.append(u"C:"_s + token.text);
            break;
        case HeaderToken::Kind::QuotedString:
            out.append(u"Q:"_s + token.text);
            break;
        case HeaderToken::Kind::Semicolon:
            out.append(u";"_s);
            break;
        }
    }
    return out;
}

} // namespace

class TestHeaderTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("words") << u"from a.example.net by b"_s
                               << QStringList{u"W:from"_s, u"W:a.example.net"_s, u"W:by"_s,
                                              u"W:b"_s};
        QTest::newRow("nested comment with keywords")
            << u"from a (x (y) by z; for w) by b"_s
            << QStringList{u"W:from"_s, u"W:a"_s, u"C:x (y) by z; for w"_s, u"W:by"_s, u"W:b"_s};
        QTest::newRow(")by without space")
            << u"from a (a [192.0.2.1])by b"_s
            << QStringList{u"W:from"_s, u"W:a"_s, u"C:a [192.0.2.1]"_s, u"W:by"_s, u"W:b"_s};
        QTest::newRow("quoted string with parentheses and semicolon")
            << u"x \"by (y); z\" w"_s << QStringList{u"W:x"_s, u"Q:by (y); z"_s, u"W:w"_s};
        QTest::newRow("quote inside a comment is text")
            << u"a (\"EHLO b\" flags) c"_s
            << QStringList{u"W:a"_s, u"C:\"EHLO b\" flags"_s, u"W:c"_s};
        QTest::newRow("escapes") << u"(a \\) b) \"c \\\" d\""_s
                                 << QStringList{u"C:a ) b"_s, u"Q:c \" d"_s};
        QTest::newRow("semicolons")
            << u"id x; Tue, 28 Feb"_s
            << QStringList{u"W:id"_s, u"W:x"_s, u";"_s, u"W:Tue,"_s, u"W:28"_s, u"W:Feb"_s};
        QTest::newRow("key and quoted value")
            << u"reason=\"body hash\""_s << QStringList{u"W:reason="_s, u"Q:body hash"_s};
        QTest::newRow("unterminated comment") << u"a (b c"_s << QStringList{u"W:a"_s, u"C:b c"_s};
        QTest::newRow("unterminated quote") << u"a \"b c"_s << QStringList{u"W:a"_s, u"Q:b c"_s};
        QTest::newRow("stray closing parenthesis") << u"a ) b"_s << QStringList{u"W:a"_s, u"W:b"_s};
        QTest::newRow("folds and tabs")
            << u"a\r\n\t(b\r\n c)\r\n d"_s << QStringList{u"W:a"_s, u"C:b\r\n c"_s, u"W:d"_s};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(describe(HeaderTokenizer::tokenize(text)), tokens);
    }

    void offsets()
    {
        const QString text = u"ab (c) \"d\";"_s;
        const auto tokens = HeaderTokenizer::tokenize(text);
        QCOMPARE(tokens.size(), 4);
        QCOMPARE(text.mid(tokens[1].begin, tokens[1].end - tokens[1].begin), u"(c)"_s);
        QCOMPARE(text.mid(tokens[2].begin, tokens[2].end - tokens[2].begin), u"\"d\""_s);
        QVERIFY(tokens[0].isKeyword(u"AB"));
        QVERIFY(!tokens[1].isKeyword(u"c"));
    }

    void deepNestingIsLinear()
    {
        const QString text = QString(200000, u'(') + QString(200000, u')') + u" by x"_s;
        const auto tokens = HeaderTokenizer::tokenize(text);
        QCOMPARE(tokens.size(), 3);
        QVERIFY(tokens[1].isKeyword(u"by"));
    }
};

QTEST_GUILESS_MAIN(TestHeaderTokenizer)
#include "tst_headers_tokenizer.moc"
