#include "ReceivedDateParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHeaderDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // ISO 8601 with milliseconds; empty = unreadable
        QTest::addColumn<bool>("zoneMissing");

        const QString guideUtc = u"2023-02-28T07:51:00.000Z"_s;
        QTest::newRow("rfc5322") << u"Tue, 28 Feb 2023 07:51:00 +0000"_s << guideUtc << false;
        QTest::newRow("no weekday, +0200") << u"28 Feb 2023 09:51:00 +0200"_s << guideUtc << false;
        QTest::newRow("comment zone after offset")
            << u"Tue, 28 Feb 2023 07:51:00 +0000 (UTC)"_s << guideUtc << false;
        QTest::newRow("double space")
            << u"Tue,  28 Feb 2023 08:51:00 +0100 (CET)"_s << guideUtc << false;
        QTest::newRow("full names")
            << u"Tuesday, 28 February 2023 07:51:00 +0000"_s << guideUtc << false;
        QTest::newRow("GMT") << u"Tue, 28 Feb 2023 07:51:00 GMT"_s << guideUtc << false;
        QTest::newRow("UT") << u"Tue, 28 Feb 2023 07:51:00 UT"_s << guideUtc << false;
        QTest::newRow("EST") << u"Tue, 28 Feb 2023 02:51:00 EST"_s << guideUtc << false;
        QTest::newRow("PDT") << u"Mon, 27 Feb 2023 23:51:00 PDT"_s << u"2023-02-28T06:51:00.000Z"_s
                             << false;
        QTest::newRow("CDT lower case")
            << u"Tue, 28 Feb 2023 02:51:00 cdt"_s << u"2023-02-28T07:51:00.000Z"_s << false;
        QTest::newRow("military Z") << u"Tue, 28 Feb 2023 07:51:00 Z"_s << guideUtc << false;
        QTest::newRow("military letter as -0000")
            << u"Tue, 28 Feb 2023 07:51:00 A"_s << guideUtc << false;
        QTest::newRow("-0000") << u"4 Apr 2002 21:41:45 -0000"_s << u"2002-04-04T21:41:45.000Z"_s
                               << false;
        QTest::newRow("2-digit year 20xx") << u"28 Feb 23 07:51:00 +0000"_s << guideUtc << false;
        QTest::newRow("2-digit year 19xx")
            << u"Fri, 31 Dec 99 23:59:59 +0000"_s << u"1999-12-31T23:59:59.000Z"_s << false;
        QTest::newRow("3-digit year") << u"28 Feb 123 07:51:00 +0000"_s << guideUtc << false;
        QTest::newRow("no seconds") << u"Tue, 28 Feb 2023 07:51 +0000"_s << guideUtc << false;
        QTest::newRow("fractional seconds")
            << u"Tue, 28 Feb 2023 07:51:00.250 +0000"_s << u"2023-02-28T07:51:00.250Z"_s << false;
        QTest::newRow("no zone") << u"Tue, 28 Feb 2023 07:51:00"_s << guideUtc << true;
        QTest::newRow("zone only in comment")
            << u"Tue, 28 Feb 2023 08:51:00 (CET)"_s << guideUtc << false;
        QTest::newRow("zone glued to time")
            << u"Thu, 7 Mar 2024 17:40:44-0500"_s << u"2024-03-07T22:40:44.000Z"_s << false;
        QTest::newRow("colon offset") << u"28 Feb 2023 13:21:00 +05:30"_s << guideUtc << false;
        QTest::newRow("text after date")
            << u"Tue, 28 Feb 2023 07:51:00 +0000 (envelope-from <a@example.com>)"_s << guideUtc
            << false;
        QTest::newRow("words after date")
            << u"28 Feb 2023 07:51:00 +0000 by nothing"_s << guideUtc << false;
        QTest::newRow("asctime") << u"Sun Nov 13 14:50:12 2005"_s << u"2005-11-13T14:50:12.000Z"_s
                                 << true;
        QTest::newRow("unix date with zone")
            << u"Sun Nov 13 14:50:12 UTC 2005"_s << u"2005-11-13T14:50:12.000Z"_s << false;
        QTest::newRow("javascript (guide)")
            << u"Tue Feb 28 2023 07:51:00 GMT+0000"_s << guideUtc << false;
        QTest::newRow("javascript with zone name")
            << u"Tue Feb 28 2023 09:51:00 GMT+0200 (Central European Summer Time)"_s << guideUtc
            << false;
        QTest::newRow("javascript damaged zone (pt guide)")
            << u"Tue Feb 28 2023 07:51:00 GMT+000"_s << guideUtc << false;
        QTest::newRow("go") << u"2022-05-04 19:42:02.649817706 +0000 UTC m=+2411844.915"_s
                            << u"2022-05-04T19:42:02.649Z"_s << false;
        QTest::newRow("iso 8601") << u"2023-02-28T07:51:00Z"_s << guideUtc << false;
        QTest::newRow("folded time") << u"28 Feb 2023 09:\r\n 51:00 +0200"_s << guideUtc << false;
        QTest::newRow("folded zone") << u"28 Feb 2023 09:51:00 +02\r\n 00"_s << guideUtc << false;
        QTest::newRow("folded before time")
            << u"Tue, 28 Feb\n\t2023 07:51:00 +0000"_s << guideUtc << false;
        QTest::newRow("leap second")
            << u"31 Dec 2016 23:59:60 +0000"_s << u"2016-12-31T23:59:59.000Z"_s << false;

        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("words") << u"yesterday afternoon"_s << QString() << false;
        QTest::newRow("no time") << u"Tue, 28 Feb 2023"_s << QString() << false;
        QTest::newRow("day 32") << u"32 Feb 2023 07:51:00 +0000"_s << QString() << false;
        QTest::newRow("hour 25") << u"28 Feb 2023 25:51:00 +0000"_s << QString() << false;
        QTest::newRow("bad offset") << u"28 Feb 2023 07:51:00 +9999"_s << QString() << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QFETCH(bool, zoneMissing);
        const ReceivedDate date = ReceivedDateParser::parse(text);
        QCOMPARE(date.isValid(), !utc.isEmpty());
        if (utc.isEmpty())
            return;
        QCOMPARE(date.utc.timeSpec(), Qt::UTC);
        QCOMPARE(date.utc.toString(Qt::ISODateWithMs), utc);
        QCOMPARE(date.zoneMissing, zoneMissing);
    }

    void longInputIsCut()
    {
        const QString text = u"Tue, 28 Feb 2023 07:51:00 +0000 "_s + QString(100000, u'x');
        QVERIFY(ReceivedDateParser::parse(text).isValid());
    }

    void mayStartDate_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("expected");
        QTest::newRow("weekday") << u"Tue,"_s << u"28"_s << true;
        QTest::newRow("month") << u"Feb"_s << u"28"_s << true;
        QTest::newRow("iso") << u"2022-05-04"_s << u"19:42:02"_s << true;
        QTest::newRow("day then month") << u"28"_s << u"Feb"_s << true;
        QTest::newRow("number then word") << u"28"_s << u"bits"_s << false;
        QTest::newRow("host") << u"mx.example.org"_s << u"with"_s << false;
        QTest::newRow("id") << u"4PQsPF43SEm78WdxQ"_s << QString() << false;
    }

    void mayStartDate()
    {
        QFETCH(QString, word);
        QFETCH(QString, next);
        QFETCH(bool, expected);
        QCOMPARE(ReceivedDateParser::mayStartDate(word, next), expected);
    }
};

QTEST_GUILESS_MAIN(TestHeaderDates)
#include "tst_headers_dates.moc"
