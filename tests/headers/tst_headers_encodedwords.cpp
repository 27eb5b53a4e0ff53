#include "EncodedWordDecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHeaderEncodedWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("plain") << u"Hello"_s << u"Hello"_s;
        QTest::newRow("utf-8 B") << u"=?utf-8?B?Q2Fmw6k=?="_s << u"Café"_s;
        QTest::newRow("UTF-8 b lower case") << u"=?UTF-8?b?Q2Fmw6k=?="_s << u"Café"_s;
        QTest::newRow("utf-8 Q") << u"=?utf-8?Q?cr=C3=A8me_br=C3=BBl=C3=A9e?="_s
                                 << u"crème brûlée"_s;
        QTest::newRow("iso-8859-1 Q") << u"=?ISO-8859-1?Q?J=F6rg?="_s << u"Jörg"_s;
        QTest::newRow("iso-8859-1 B") << u"=?iso-8859-1?B?SvZyZw==?="_s << u"Jörg"_s;
        QTest::newRow("windows-1252 euro") << u"=?windows-1252?Q?=80_5?="_s << u"€ 5"_s;
        QTest::newRow("iso-8859-15 euro") << u"=?iso-8859-15?Q?=A4?="_s << u"€"_s;
        QTest::newRow("language suffix") << u"=?utf-8*fr?Q?=C3=A9t=C3=A9?="_s << u"été"_s;
        QTest::newRow("adjacent words lose the space")
            << u"=?utf-8?Q?a?= =?utf-8?Q?b?="_s << u"ab"_s;
        QTest::newRow("folded adjacent words") << u"=?utf-8?Q?a?=\r\n =?utf-8?Q?b?="_s << u"ab"_s;
        QTest::newRow("character split across words")
            << u"=?utf-8?Q?Ren=C3?= =?utf-8?Q?=A9?="_s << u"René"_s;
        QTest::newRow("text between words keeps spaces")
            << u"=?utf-8?Q?a?= and =?utf-8?Q?b?="_s << u"a and b"_s;
        QTest::newRow("mixed charsets") << u"=?utf-8?Q?=C3=A9?= =?iso-8859-1?Q?=E9?="_s << u"éé"_s;
        QTest::newRow("display name and address")
            << u"=?utf-8?Q?Ren=C3=A9_Dupont?= <rene@example.com>"_s
            << u"René Dupont <rene@example.com>"_s;
        QTest::newRow("raw utf-8 passes") << u"Zoë Ångström"_s << u"Zoë Ångström"_s;
        QTest::newRow("unknown charset kept")
            << u"=?x-nonsense?Q?abc?="_s << u"=?x-nonsense?Q?abc?="_s;
        QTest::newRow("bad base64 kept") << u"=?utf-8?B?***?="_s << u"=?utf-8?B?***?="_s;
        QTest::newRow("bad Q kept") << u"=?utf-8?Q?=ZZ?="_s << u"=?utf-8?Q?=ZZ?="_s;
        QTest::newRow("unknown encoding kept") << u"=?utf-8?X?abc?="_s << u"=?utf-8?X?abc?="_s;
        QTest::newRow("space inside is not a word") << u"=?utf-8?Q?a b?="_s << u"=?utf-8?Q?a b?="_s;
        QTest::newRow("unterminated") << u"x =?utf-8?Q?abc"_s << u"x =?utf-8?Q?abc"_s;
        QTest::newRow("lone marker") << u"a =? b"_s << u"a =? b"_s;
        QTest::newRow("empty data") << u"=?utf-8?Q?\?=x"_s << u"x"_s;
    }

    void decode()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, decoded);
        QCOMPARE(EncodedWordDecoder::decode(encoded), decoded);
    }

    void manyMarkersStayLinear()
    {
        QString text;
        for (int i = 0; i < 100000; ++i)
            text += u"=?x"_s;
        QCOMPARE(EncodedWordDecoder::decode(text), text);
    }
};

QTEST_GUILESS_MAIN(TestHeaderEncodedWords)
#include "tst_headers_encodedwords.moc"
