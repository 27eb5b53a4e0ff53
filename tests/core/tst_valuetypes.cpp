#include "Account.h"
#include "Domain.h"
#include "ExchangeService.h"
#include "JsonReader.h"
#include "SendConnector.h"
#include "Task.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestValueTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectorFromGuideExample()
    {
        const auto json = QJsonDocument::fromJson(R"({"smartHost":"smtp-relay.example.com",
            "displayName":"testconnector","state":"ok","maxSendSize":100,
            "smartHostAuthMechanism":"basicAuthRequireTLS","port":587,"lastUpdateDate":null,
            "creationDate":"2023-09-25T14:06:02+02:00","taskPendingId":0,"id":29,
            "requireTLS":true})");
        QString error;
        const auto c = SendConnector::fromJson(json.object(), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->id, ConnectorId(29));
        QCOMPARE(c->smartHost, u"smtp-relay.example.com"_s);
        QCOMPARE(c->port, 587);
        QVERIFY(c->requireTls);
        QCOMPARE(c->authMechanism, AuthMechanism::BasicAuthRequireTls);
        QCOMPARE(c->state, ConnectorState::Ok);
        QVERIFY(!c->lastUpdateDate.isValid());
        QCOMPARE(c->creationDate.offsetFromUtc(), 7200);
        QCOMPARE(c->creationDate.toUTC(), QDateTime(QDate(2023, 9, 25), QTime(12, 6, 2), Qt::UTC));
        // Round trip keeps every field and the original offset.
        const auto again = SendConnector::fromJson(c->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(*again, *c);
        QCOMPARE(c->toJson().value(u"creationDate"_s).toString(), u"2023-09-25T14:06:02+02:00"_s);
    }

    void connectorRejectsBadShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing id")
            << QByteArray(R"({"displayName":"a","smartHost":"h","state":"ok"})")
            << u"field id: missing"_s;
        QTest::newRow("port as text")
            << QByteArray(R"({"id":1,"displayName":"a","smartHost":"h","state":"ok","port":"587"})")
            << u"field port: expected a whole number"_s;
        QTest::newRow("fractional id")
            << QByteArray(R"({"id":1.5,"displayName":"a","smartHost":"h","state":"ok"})")
            << u"field id: expected a whole number"_s;
        QTest::newRow("unknown mechanism")
            << QByteArray(
                   R"({"id":1,"displayName":"a","smartHost":"h","state":"ok","smartHostAuthMechanism":"ntlm"})")
            << u"unknown mechanism ntlm"_s;
        QTest::newRow("unknown state")
            << QByteArray(R"({"id":1,"displayName":"a","smartHost":"h","state":"melting"})")
            << u"unknown state melting"_s;
        QTest::newRow("bad date")
            << QByteArray(
                   R"({"id":1,"displayName":"a","smartHost":"h","state":"ok","creationDate":"yesterday"})")
            << u"field creationDate: not a date"_s;
        // Found by fuzz_apijson: an int field used to be truncated (4294967883 read as 587).
        QTest::newRow("port beyond int")
            << QByteArray(
                   R"({"id":1,"displayName":"a","smartHost":"h","state":"ok","port":4294967883})")
            << u"field port: number out of range: 4294967883"_s;
        QTest::newRow("size below int")
            << QByteArray(
                   R"({"id":1,"displayName":"a","smartHost":"h","state":"ok","maxSendSize":-4294967296})")
            << u"field maxSendSize: number out of range"_s;
        QTest::newRow("name not text")
            << QByteArray(R"({"id":1,"displayName":["a"],"smartHost":"h","state":"ok"})")
            << u"field displayName: expected text"_s;
    }

    // Found by fuzz_apijson: milliseconds were dropped on the way out, so a date did not
    // read back as the same instant.
    void datesKeepTheirMilliseconds()
    {
        const QByteArray json =
            R"({"id":7,"status":"done","todoDate":"2024-03-03T09:00:00.5+01:00"})";
        QString error;
        const auto task = Task::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(task, qPrintable(error));
        QCOMPARE(task->todoDate.time().msec(), 500);
        QCOMPARE(task->toJson().value(u"todoDate"_s).toString(),
                 u"2024-03-03T09:00:00.500+01:00"_s);
        const auto again = Task::fromJson(task->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *task);
        QCOMPARE(formatApiDateTime(parseApiDateTime(u"2023-09-25T14:06:02+02:00"_s)),
                 u"2023-09-25T14:06:02+02:00"_s);
    }

    void connectorRejectsBadShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!SendConnector::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void accountNullConnectorMeansPlatform()
    {
        QString error;
        const auto a = Account::fromJson(
            QJsonDocument::fromJson(R"({"primaryEmailAddress":"contact@mydomain.ovh",
                "sendConnectorId":null,"spamAndVirusConfiguration":{"deleteVirus":false}})")
                .object(),
            &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(!a->usesConnector());
        QVERIFY(!a->deleteVirus);
        const auto again = Account::fromJson(a->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(*again, *a);
    }

    void taskStatuses()
    {
        QString error;
        const auto t = Task::fromJson(
            QJsonDocument::fromJson(R"({"todoDate":"2023-09-25T14:06:02+02:00","id":113924189,
                "finishDate":null,"function":"addSendConnector","status":"todo"})")
                .object(),
            &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->id, TaskId(113924189));
        QCOMPARE(t->status, TaskStatus::Todo);
        QVERIFY(!t->isFinished());
        QVERIFY(!Task::fromJson(QJsonObject{{u"id"_s, 1}, {u"status"_s, u"lost"_s}}, &error));
    }

    void domainAndService()
    {
        QString error;
        const auto d = Domain::fromJson(
            QJsonObject{{u"name"_s, u"mydomain.ovh"_s}, {u"sendConnectorIdDefault"_s, 29}}, &error);
        QVERIFY(d);
        QCOMPARE(d->sendConnectorIdDefault, ConnectorId(29));
        QCOMPARE(*Domain::fromJson(d->toJson(), &error), *d);

        const ServiceRef ref{u"org"_s, u"svc"_s};
        const auto s =
            ExchangeService::fromJson(ref, QJsonObject{{u"offer"_s, u"hosted"_s}}, &error);
        QVERIFY(s);
        QVERIFY(!s->supportsConnectors());
        QCOMPARE(*ExchangeService::fromJson(ref, s->toJson(), &error), *s);
    }
};

QTEST_GUILESS_MAIN(TestValueTypes)
#include "tst_valuetypes.moc"
