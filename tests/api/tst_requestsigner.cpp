// Signature vectors computed independently with coreutils:
//   printf '%s' 'EXAMPLE-AS+EXAMPLE-CK+GET+https://…+…+1366560945' | sha1sum
#include "ApiPath.h"
#include "ApiRequest.h"
#include "RequestSigner.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getWithQueryAndPlusInPath()
    {
        const ServiceRef ref{u"org"_s, u"svc"_s};
        const ApiPath path = ApiPath::service(ref) / "account" / u"first.last+news@mydomain.ovh"_s;
        const QByteArray url =
            "https://eu.api.ovh.com/1.0" + path.encoded() + "?primaryEmailAddress=%25news%25";
        QCOMPARE(url,
                 QByteArray("https://eu.api.ovh.com/1.0/email/exchange/org/service/svc/"
                            "account/first.last+news@mydomain.ovh?primaryEmailAddress=%25news%25"));
        QCOMPARE(
            RequestSigner::signature(u"EXAMPLE-AS"_s, u"EXAMPLE-CK"_s, "GET", url, {}, 1366560945),
            QByteArray("$1$22d4e57154e06633197a65f63949129351b191d8"));
    }

    void postWithNonAsciiBody()
    {
        const QByteArray body = ApiRequest::jsonBytes(QJsonObject{
            {u"displayName"_s, u"Relais été"_s}, {u"smartHost"_s, u"smtp.example.com"_s}});
        QCOMPARE(body, QByteArray("{\"displayName\":\"Relais \xc3\xa9t\xc3\xa9\","
                                  "\"smartHost\":\"smtp.example.com\"}"));
        QCOMPARE(RequestSigner::signature(
                     u"EXAMPLE-AS"_s, u"EXAMPLE-CK"_s, "POST",
                     "https://eu.api.ovh.com/1.0/email/exchange/org/service/svc/sendConnector",
                     body, 1700000000),
                 QByteArray("$1$c87fb369554360a752d42393bd38b7638443138e"));
    }

    void segmentEncoding_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plus and at stay") << u"a+b@x.ovh"_s << QByteArray("a+b@x.ovh");
        QTest::newRow("apostrophe stays") << u"o'neil@x.ovh"_s << QByteArray("o'neil@x.ovh");
        QTest::newRow("percent") << u"100%@x.ovh"_s << QByteArray("100%25@x.ovh");
        QTest::newRow("slash") << u"a/b"_s << QByteArray("a%2Fb");
        QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
        QTest::newRow("query and fragment") << u"a?b#c"_s << QByteArray("a%3Fb%23c");
        QTest::newRow("utf-8 local part")
            << u"josé@exemple.fr"_s << QByteArray("jos%C3%A9@exemple.fr");
        QTest::newRow("idn domain") << u"info@bücher.de"_s << QByteArray("info@b%C3%BCcher.de");
    }

    void segmentEncoding()
    {
        QFETCH(QString, segment);
        QFETCH(QByteArray, encoded);
        QCOMPARE(ApiPath::encodeSegment(segment), encoded);
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
