#include "Endpoint.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("baseUrl");
        QTest::newRow("eu") << u"ovh-eu"_s << true << u"https://eu.api.ovh.com/1.0"_s;
        QTest::newRow("ca upper") << u"OVH-CA"_s << true << u"https://ca.api.ovh.com/1.0"_s;
        QTest::newRow("us") << u"ovh-us"_s << true << u"https://api.us.ovhcloud.com/1.0"_s;
        QTest::newRow("url") << u"https://api.example.com/1.0/"_s << true
                             << u"https://api.example.com/1.0"_s;
        QTest::newRow("loopback http")
            << u"http://127.0.0.1:8080/1.0"_s << true << u"http://127.0.0.1:8080/1.0"_s;
        QTest::newRow("localhost http")
            << u"http://localhost:1/"_s << true << u"http://localhost:1"_s;
        QTest::newRow("ipv6 loopback")
            << u"http://[::1]:9/1.0"_s << true << u"http://[::1]:9/1.0"_s;
        QTest::newRow("remote http") << u"http://api.example.com/1.0"_s << false << QString();
        QTest::newRow("private range http") << u"http://10.0.0.1/1.0"_s << false << QString();
        QTest::newRow("127 lookalike") << u"http://127.0.0.1.example.com/"_s << false << QString();
        QTest::newRow("kimsufi") << u"kimsufi-eu"_s << false << QString();
        QTest::newRow("ftp") << u"ftp://example.com"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }

    void resolve()
    {
        QFETCH(QString, input);
        QFETCH(bool, accepted);
        QFETCH(QString, baseUrl);
        QString error;
        const auto endpoint = Endpoint::resolve(input, &error);
        QCOMPARE(endpoint.has_value(), accepted);
        if (accepted)
            QCOMPARE(endpoint->baseUrl.toString(), baseUrl);
        else
            QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
