// Fault injection (every kind), latency, request counting and the request log.
#include "SimFixture.h"

#include "SendConnector.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimFaults : public QObject
{
    Q_OBJECT

private:
    static QString taskStatus(SimFixture &f, qint64 id)
    {
        return f.get("/task/" + QByteArray::number(id)).object().value(u"status"_s).toString();
    }

private Q_SLOTS:
    void serverErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorClass");
        QTest::newRow("500") << u"500"_s << 500 << u"Server::InternalServerError"_s;
        QTest::newRow("502") << u"502"_s << 502 << u"Server::BadGateway"_s;
        QTest::newRow("503") << u"503"_s << 503 << u"Server::ServiceUnavailable"_s;
    }

    void serverErrors()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, errorClass);
        auto f = startSimulator();
        QVERIFY(f);
        f->sim.addFault(*FaultRule::parse(u"GET:/sendConnector/29$:"_s + kind, nullptr));
        const SimHttpResult r = f->get("/sendConnector/29");
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorClass(), errorClass);
        QVERIFY(!r.header("X-Ovh-QueryId").isEmpty());
        QCOMPARE(f->get("/sendConnector").status, 200); // other paths are untouched
        QCOMPARE(f->sim.faultsFired(), 1);
    }

    void authFailures()
    {
        auto f = startSimulator();
        QVERIFY(f);
        f->sim.addFault(FaultRule("GET", u"/account$"_s, FaultKind::InvalidCredential, 1.0, 1));
        f->sim.addFault(FaultRule("GET", u"/account$"_s, FaultKind::QueryTimeOut, 1.0, 1));
        SimHttpResult r = f->get("/account");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"INVALID_CREDENTIAL"_s);
        r = f->get("/account");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"QUERY_TIME_OUT"_s);
        QCOMPARE(f->get("/account").status, 200);
    }

    void hangNeverAnswers()
    {
        auto f = startSimulator();
        QVERIFY(f);
        f->sim.addFault(FaultRule({}, u"/domain"_s, FaultKind::Hang));
        QNetworkReply *reply = f->client->start("GET", servicePath + "/domain");
        QTest::qWait(400);
        QVERIFY(!reply->isFinished());
        QCOMPARE(f->sim.inFlight(), 1);
        reply->abort();
        reply->deleteLater();
        QTRY_COMPARE(f->sim.inFlight(), 0);
        QCOMPARE(f->get("/sendConnector").status, 200); // the server still serves others
    }

    void resetMidBody()
    {
        auto f = startSimulator();
        QVERIFY(f);
        const QByteArray full = f->get("/account/newsletter@mydomain.ovh").body;
        f->sim.addFault(FaultRule("GET", u"/account/"_s, FaultKind::ResetMidBody));
        const SimHttpResult r = f->get("/account/newsletter@mydomain.ovh");
        QVERIFY(r.finished);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
        QVERIFY(r.body.size() < full.size());
        f->sim.clearFaults();
        QCOMPARE(f->get("/account/newsletter@mydomain.ovh").body, full);
    }

    void spoiledBodies()
    {
        auto f = startSimulator();
        QVERIFY(f);
        const QByteArray full = f->get("/sendConnector/29").body;
        QJsonParseError error;

        f->sim.addFault(FaultRule("GET", u"/sendConnector/29"_s, FaultKind::MalformedJson, 1.0, 1));
        SimHttpResult r = f->get("/sendConnector/29");
        QCOMPARE(r.status, 200);
        r.json(&error);
        QVERIFY(error.error != QJsonParseError::NoError);

        f->sim.addFault(FaultRule("GET", u"/sendConnector/29"_s, FaultKind::TruncatedJson, 1.0, 1));
        r = f->get("/sendConnector/29");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() < full.size());
        QVERIFY(full.startsWith(r.body));
        r.json(&error);
        QVERIFY(error.error != QJsonParseError::NoError);

        f->sim.addFault(
            FaultRule("GET", u"/sendConnector/29"_s, FaultKind::UnexpectedShape, 1.0, 1));
        r = f->get("/sendConnector/29");
        QCOMPARE(r.status, 200);
        r.json(&error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QString problem;
        QVERIFY(!SendConnector::fromJson(r.object(), &problem));
        QVERIFY(!r.object().contains(u"id"_s));
        QVERIFY(r.object().value(u"port"_s).isString());

        f->sim.addFault(FaultRule("GET", u"/sendConnector$"_s, FaultKind::UnexpectedShape, 1.0, 1));
        r = f->get("/sendConnector");
        QCOMPARE(r.array(), QJsonArray{u"29"_s});
        QCOMPARE(f->get("/sendConnector/29").body, full);
    }

    void tasksEndAsTheFaultSays()
    {
        auto f = startSimulator(fastTasks(20));
        QVERIFY(f);
        f->sim.addFault(FaultRule("POST", u"/sendConnector$"_s, FaultKind::TaskError, 1.0, 1));
        f->sim.addFault(
            FaultRule("DELETE", u"/sendConnector/"_s, FaultKind::TaskCancelled, 1.0, 1));
        f->sim.addFault(FaultRule({}, u"/changeAuthentication$"_s, FaultKind::TaskNeverEnds));

        SimHttpResult r = f->call("POST", servicePath + "/sendConnector",
                                  R"({"displayName":"doomed","smartHost":"h.example.com"})");
        QCOMPARE(r.status, 200);
        const qint64 failing = r.object().value(u"id"_s).toInteger();
        QTRY_COMPARE(taskStatus(*f, failing), u"error"_s);
        QCOMPARE(f->get("/sendConnector").array(), QJsonArray{29}); // creation failed

        r = f->call("DELETE", servicePath + "/sendConnector/29");
        const qint64 cancelled = r.object().value(u"id"_s).toInteger();
        QTRY_COMPARE(taskStatus(*f, cancelled), u"cancelled"_s);
        QCOMPARE(f->get("/sendConnector/29").object().value(u"state"_s).toString(), u"ok"_s);
        QVERIFY(!f->get("/task/" + QByteArray::number(cancelled))
                     .object()
                     .value(u"finishDate"_s)
                     .isNull());

        r = f->call("POST", servicePath + "/sendConnector/29/changeAuthentication", "{}");
        const qint64 stuck = r.object().value(u"id"_s).toInteger();
        QTRY_COMPARE(taskStatus(*f, stuck), u"doing"_s);
        QTest::qWait(300); // fifteen steps
        QCOMPARE(taskStatus(*f, stuck), u"doing"_s);
        QCOMPARE(f->get("/task").array(), QJsonArray{stuck});
        QCOMPARE(f->get("/sendConnector/29").object().value(u"taskPendingId"_s).toInteger(), stuck);
    }

    void taskFaultsWaitForATask()
    {
        auto f = startSimulator(fastTasks(20));
        QVERIFY(f);
        f->sim.addFault(FaultRule({}, u".*"_s, FaultKind::TaskError, 1.0, 1));
        QCOMPARE(f->get("/sendConnector").status, 200);
        QCOMPARE(f->call("PUT", servicePath + "/sendConnector/29", R"({"port":25})").status, 200);
        QCOMPARE(f->sim.faultsFired(), 0);
        const SimHttpResult r = f->call("DELETE", servicePath + "/sendConnector/29");
        QCOMPARE(f->sim.faultsFired(), 1);
        QTRY_COMPARE(taskStatus(*f, r.object().value(u"id"_s).toInteger()), u"error"_s);
    }

    void countAndMethodLimitFaults()
    {
        auto f = startSimulator();
        QVERIFY(f);
        f->sim.addFault(FaultRule("GET", u"/domain"_s, FaultKind::Http503, 1.0, 2));
        f->sim.addFault(FaultRule("PUT", u"/account/"_s, FaultKind::Http500));
        QCOMPARE(f->get("/domain").status, 503);
        QCOMPARE(f->get("/domain").status, 503);
        QCOMPARE(f->get("/domain").status, 200);
        QCOMPARE(f->get("/account/contact@mydomain.ovh").status, 200);
        QCOMPARE(f->call("PUT", servicePath + "/account/contact@mydomain.ovh",
                         R"({"sendConnectorId":29})")
                     .status,
                 500);
    }

    void ratesAreDeterministicFromTheSeed()
    {
        const auto pattern = [](quint32 seed) {
            SimOptions options;
            options.seed = seed;
            auto f = startSimulator(options);
            QString result;
            if (!f)
                return result;
            f->sim.addFault(FaultRule("GET", u"/sendConnector$"_s, FaultKind::Http500, 0.5));
            for (int i = 0; i < 30; ++i)
                result += f->get("/sendConnector").status == 500 ? u'x' : u'.';
            return result;
        };
        const QString first = pattern(5);
        QCOMPARE(first.size(), 30);
        QVERIFY2(first.count(u'x') >= 5 && first.count(u'x') <= 25, qPrintable(first));
        QCOMPARE(pattern(5), first);
        QVERIFY(pattern(6) != first);
    }

    void parsesFaultSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("count");
        QTest::newRow("full") << u"POST:/sendConnector$:task-error:0.25"_s << true
                              << QByteArray("POST") << u"/sendConnector$"_s << u"task-error"_s
                              << 0.25 << -1;
        QTest::newRow("any method")
            << u"*:.*:503"_s << true << QByteArray() << u".*"_s << u"503"_s << 1.0 << -1;
        QTest::newRow("empty method")
            << u":/task:hang:1"_s << true << QByteArray() << u"/task"_s << u"hang"_s << 1.0 << -1;
        QTest::newRow("colons in regex") << u"get:a:b:(?:c):reset"_s << true << QByteArray("GET")
                                         << u"a:b:(?:c)"_s << u"reset"_s << 1.0 << -1;
        QTest::newRow("unknown kind")
            << u"GET:.*:explode"_s << false << QByteArray() << QString() << QString() << 0.0 << -1;
        QTest::newRow("rate too high")
            << u"GET:.*:500:2"_s << false << QByteArray() << QString() << QString() << 0.0 << -1;
        QTest::newRow("bad regex")
            << u"GET:([:500"_s << false << QByteArray() << QString() << QString() << 0.0 << -1;
        QTest::newRow("count") << u"GET:/domain:503:1:2"_s << true << QByteArray("GET")
                               << u"/domain"_s << u"503"_s << 1.0 << 2;
        QTest::newRow("count and rate")
            << u"*:a:b:hang:0.5:3"_s << true << QByteArray() << u"a:b"_s << u"hang"_s << 0.5 << 3;
        QTest::newRow("zero count")
            << u"GET:.*:503:1:0"_s << false << QByteArray() << QString() << QString() << 0.0 << -1;
        QTest::newRow("count not a number")
            << u"GET:.*:503:1:x"_s << false << QByteArray() << QString() << QString() << 0.0 << -1;
        QTest::newRow("too short")
            << u"hang"_s << false << QByteArray() << QString() << QString() << 0.0 << -1;
    }

    void parsesFaultSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QString error;
        const auto rule = FaultRule::parse(spec, &error);
        QCOMPARE(bool(rule), valid);
        if (!valid) {
            QVERIFY(error.contains(spec));
            return;
        }
        QFETCH(QByteArray, method);
        QFETCH(QString, pattern);
        QFETCH(QString, kind);
        QFETCH(double, rate);
        QFETCH(int, count);
        QCOMPARE(rule->method, method);
        QCOMPARE(rule->path.pattern(), pattern);
        QCOMPARE(FaultRule::kindName(rule->kind), kind);
        QCOMPARE(rule->rate, rate);
        QCOMPARE(rule->count, count);
    }

    void latencyAndPeakInFlight()
    {
        SimOptions options;
        options.latencyMs = 300;
        auto f = startSimulator(options);
        QVERIFY(f);
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i)
            replies << f->client->start("GET", servicePath + "/sendConnector/29");
        QTRY_COMPARE(f->sim.inFlight(), 5);
        for (QNetworkReply *reply : replies)
            QCOMPARE(SimTestClient::wait(reply).status, 200);
        QVERIFY(timer.elapsed() >= 300);
        QCOMPARE(f->sim.requestCount(), quint64(5));
        QCOMPARE(f->sim.peakInFlight(), 5);
        QCOMPARE(f->sim.inFlight(), 0);

        f->sim.resetCounters();
        QCOMPARE(f->sim.requestCount(), quint64(0));
        QCOMPARE(f->sim.peakInFlight(), 0);
        f->sim.setLatency(0);
        QCOMPARE(f->get("/sendConnector").status, 200);
        QCOMPARE(f->sim.peakInFlight(), 1);
        QCOMPARE(f->sim.requestCount(), quint64(1));
    }

    void logsWhatTheClientSent()
    {
        auto f = startSimulator();
        QVERIFY(f);
        f->call("PUT", servicePath + "/account/contact@mydomain.ovh", R"({"sendConnectorId":29})");
        f->call("GET", "/auth/time");
        QCOMPARE(f->sim.requestLog(),
                 (QList<QByteArray>{"PUT /1.0" + servicePath +
                                        R"(/account/contact@mydomain.ovh {"sendConnectorId":29})",
                                    "GET /1.0/auth/time"}));
        f->sim.clearRequestLog();
        QVERIFY(f->sim.requestLog().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
