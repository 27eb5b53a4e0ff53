// Values from the API shown in tooltips stay literal text: markup in a display name, a host
// or an error message is escaped, never rendered.
#include "DisplayText.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolTipShowsMarkupAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("bold") << u"<b>x</b>"_s;
        QTest::newRow("image") << u"<img src=x>"_s;
        QTest::newRow("entity") << u"Tom &amp; Jerry"_s;
        QTest::newRow("plain") << u"relay.example.net:587"_s;
        QTest::newRow("two lines") << u"Error <i>1</i>\nQuery id: EU.1"_s;
    }
    void toolTipShowsMarkupAsText()
    {
        QFETCH(QString, text);
        const QString tip = DisplayText::toolTip(text);
        QVERIFY(Qt::mightBeRichText(tip)); // so that Qt renders the escaped form
        QTextDocument document;
        document.setHtml(tip);
        QCOMPARE(document.toPlainText(), text);
        QVERIFY(!tip.contains(u"<b>"_s) && !tip.contains(u"<img"_s) && !tip.contains(u"<i>"_s));
    }

    void emptyTextHasNoToolTip() { QVERIFY(DisplayText::toolTip({}).isEmpty()); }
};

QTEST_MAIN(TestDisplayText)

#include "tst_displaytext.moc"
