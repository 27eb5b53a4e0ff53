// The connector lifecycle through tasks (creating → ok, deleting → gone), edits, account
// attachment, domain defaults and the validation errors of the Exchange routes.
#include "SimFixture.h"

#include "SendConnector.h"
#include "Task.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimLifecycle : public QObject
{
    Q_OBJECT

private:
    static Task createConnector(SimFixture &f, const QByteArray &body)
    {
        const SimHttpResult r = f.call("POST", servicePath + "/sendConnector", body);
        QString error;
        const auto task = Task::fromJson(r.object(), &error);
        if (r.status != 200 || !task)
            qWarning() << "create failed" << r.status << r.body << error;
        return task.value_or(Task());
    }

    static QString taskStatus(SimFixture &f, TaskId id)
    {
        return f.get("/task/" + QByteArray::number(id.value()))
            .object()
            .value(u"status"_s)
            .toString();
    }

private Q_SLOTS:
    void createdConnectorGoesFromCreatingToOk()
    {
        auto f = startSimulator(fastTasks(200));
        QVERIFY(f);
        QSignalSpy taskChanges(&f->sim.world(), &SimWorld::taskChanged);
        const Task task = createConnector(
            *f, R"({"displayName":"relay","smartHost":"smtp.relay.example.net","port":2525,
                    "requireTLS":true,"maxSendSize":50,"smartHostAuthMechanism":"basicAuth",
                    "user":"relay-user","password":"s3cret"})");
        QVERIFY(!task.id.isNull());
        QCOMPARE(task.function, u"addSendConnector"_s);
        QCOMPARE(task.status, TaskStatus::Todo);
        QVERIFY(task.todoDate.isValid());
        QVERIFY(!task.finishDate.isValid());

        QCOMPARE(f->get("/sendConnector").array(), (QJsonArray{29, 30}));
        QString error;
        auto created = SendConnector::fromJson(f->get("/sendConnector/30").object(), &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->state, ConnectorState::Creating);
        QCOMPARE(created->taskPendingId, task.id);
        QCOMPARE(created->port, 2525);
        QCOMPARE(created->maxSendSizeMb, 50);
        QCOMPARE(created->authMechanism, AuthMechanism::BasicAuth);
        QCOMPARE(f->sim.world().connectorUser(SimWorld::guideService(), ConnectorId(30)),
                 u"relay-user"_s);
        QCOMPARE(f->get("/task").array(), QJsonArray{task.id.value()});

        QTRY_COMPARE(taskStatus(*f, task.id), u"doing"_s);
        QTRY_COMPARE(taskStatus(*f, task.id), u"done"_s);
        const auto done =
            Task::fromJson(f->get("/task/" + task.id.toString().toUtf8()).object(), &error);
        QVERIFY2(done, qPrintable(error));
        QVERIFY(done->finishDate.isValid());
        QVERIFY(done->finishDate >= done->todoDate);
        created = SendConnector::fromJson(f->get("/sendConnector/30").object(), &error);
        QCOMPARE(created->state, ConnectorState::Ok);
        QVERIFY(created->taskPendingId.isNull());
        QCOMPARE(f->get("/task").array(), QJsonArray());
        // The world saw todo → doing → done, in that order.
        QCOMPARE(taskChanges.size(), 2);
        QCOMPARE(taskChanges.at(0).at(1).value<Task>().status, TaskStatus::Doing);
        QCOMPARE(taskChanges.at(1).at(1).value<Task>().status, TaskStatus::Done);
    }

    void newConnectorIdsIncrease()
    {
        auto f = startSimulator(fastTasks(10));
        QVERIFY(f);
        const QByteArray body = R"({"displayName":"a","smartHost":"h.example.com"})";
        QVERIFY(!createConnector(*f, body).id.isNull());
        const Task second = createConnector(*f, body);
        QVERIFY(second.id.value() > 0);
        QCOMPARE(f->get("/sendConnector").array(), (QJsonArray{29, 30, 31}));
        QCOMPARE(f->get("/sendConnector/31").object().value(u"maxSendSize"_s).toInt(), 100);
    }

    void updatesWritableFieldsOnly()
    {
        auto f = startSimulator();
        QVERIFY(f);
        SimHttpResult r = f->call("PUT", servicePath + "/sendConnector/29",
                                  R"({"displayName":"renamed","port":465,"maxSendSize":20})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("null"));
        const QJsonObject c = f->get("/sendConnector/29").object();
        QCOMPARE(c.value(u"displayName"_s).toString(), u"renamed"_s);
        QCOMPARE(c.value(u"port"_s).toInt(), 465);
        QCOMPARE(c.value(u"maxSendSize"_s).toInt(), 20);
        QCOMPARE(c.value(u"smartHost"_s).toString(), u"smtp-relay.example.com"_s);
        QVERIFY(c.value(u"lastUpdateDate"_s).isString());

        for (const QByteArray &body :
             {QByteArray(R"({"smartHostAuthMechanism":"none"})"), QByteArray(R"({"state":"ok"})"),
              QByteArray(R"({"id":31})")}) {
            r = f->call("PUT", servicePath + "/sendConnector/29", body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorClass(), u"Client::BadRequest"_s);
            const QString field = QJsonDocument::fromJson(body).object().keys().first();
            QVERIFY2(r.message().contains(field), qPrintable(r.message()));
        }
        QCOMPARE(f->call("PUT", servicePath + "/sendConnector/404", R"({"port":25})").status, 404);
    }

    void changesAuthenticationThroughATask()
    {
        auto f = startSimulator(fastTasks(30));
        QVERIFY(f);
        const SimHttpResult r =
            f->call("POST", servicePath + "/sendConnector/29/changeAuthentication",
                    R"({"smartHostAuthMechanism":"none","user":"","password":""})");
        QCOMPARE(r.status, 200);
        QString error;
        const auto task = Task::fromJson(r.object(), &error);
        QVERIFY2(task, qPrintable(error));
        QVERIFY(task->function.startsWith(u"changeAuthentication"_s));
        // The mechanism changes when the task is done, not before.
        QCOMPARE(f->get("/sendConnector/29").object().value(u"smartHostAuthMechanism"_s),
                 u"basicAuthRequireTLS"_s);
        QCOMPARE(f->call("PUT", servicePath + "/sendConnector/29", R"({"port":25})").status, 409);
        QTRY_COMPARE(f->get("/sendConnector/29").object().value(u"smartHostAuthMechanism"_s),
                     u"none"_s);
        QCOMPARE(f->get("/sendConnector/29").object().value(u"taskPendingId"_s).toInt(), 0);
        const SimHttpResult bad =
            f->call("POST", servicePath + "/sendConnector/29/changeAuthentication",
                    R"({"smartHostAuthMechanism":"kerberos"})");
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.message().contains(u"smartHostAuthMechanism"_s));
    }

    void deletingFallsAccountsAndDomainsBack()
    {
        auto f = startSimulator(fastTasks(100));
        QVERIFY(f);
        QCOMPARE(f->call("PUT", servicePath + "/domain/mydomain.ovh/changeDefaultSBR",
                         R"({"sendConnectorIdDefault":29})")
                     .status,
                 200);
        QCOMPARE(f->get("/domain/mydomain.ovh").object().value(u"sendConnectorIdDefault"_s), 29);

        const SimHttpResult r = f->call("DELETE", servicePath + "/sendConnector/29");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"function"_s).toString(), u"deleteSendConnector"_s);
        QCOMPARE(f->get("/sendConnector/29").object().value(u"state"_s).toString(), u"deleting"_s);
        const SimHttpResult attach = f->call("PUT", servicePath + "/account/contact@mydomain.ovh",
                                             R"({"sendConnectorId":29})");
        QCOMPARE(attach.status, 409);
        QCOMPARE(attach.errorClass(), u"Client::Conflict"_s);
        QVERIFY2(attach.message().contains(u"deleting"_s), qPrintable(attach.message()));

        QTRY_COMPARE(f->get("/sendConnector/29").status, 404);
        QCOMPARE(f->get("/sendConnector").array(), QJsonArray());
        QVERIFY(f->get("/account/newsletter@mydomain.ovh")
                    .object()
                    .value(u"sendConnectorId"_s)
                    .isNull());
        QVERIFY(
            f->get("/domain/mydomain.ovh").object().value(u"sendConnectorIdDefault"_s).isNull());
    }

    void attachesAndDetachesAccounts()
    {
        auto f = startSimulator(fastTasks(200));
        QVERIFY(f);
        const QByteArray contact = servicePath + "/account/contact@mydomain.ovh";
        SimHttpResult r = f->call("PUT", contact, R"({"sendConnectorId":29})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("null"));
        QCOMPARE(f->sim.world()
                     .account(SimWorld::guideService(), u"contact@mydomain.ovh"_s)
                     ->sendConnectorId,
                 ConnectorId(29));
        QCOMPARE(f->call("PUT", contact, R"({"sendConnectorId":0})").status, 200);
        QVERIFY(
            f->get("/account/contact@mydomain.ovh").object().value(u"sendConnectorId"_s).isNull());

        r = f->call("PUT", contact, R"({"sendConnectorId":999})");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorClass(), u"Client::NotFound"_s);

        QVERIFY(
            !createConnector(*f, R"({"displayName":"n","smartHost":"n.example.com"})").id.isNull());
        r = f->call("PUT", contact, R"({"sendConnectorId":30})");
        QCOMPARE(r.status, 409);
        QVERIFY2(r.message().contains(u"creating"_s), qPrintable(r.message()));
        QTRY_COMPARE(f->call("PUT", contact, R"({"sendConnectorId":30})").status, 200);
        QCOMPARE(f->call("PUT", contact, R"({"sendConnectorId":"30"})").status, 400);
    }

    void fullAccountPutNeedsDeleteVirus()
    {
        auto f = startSimulator();
        QVERIFY(f);
        const QByteArray path = servicePath + "/account/contact@mydomain.ovh";
        QJsonObject full = f->get("/account/contact@mydomain.ovh").object();
        full.insert(u"sendConnectorId"_s, 29);
        // The whole object back, as the API console sends it: read-only fields are ignored.
        QCOMPARE(f->call("PUT", path, QJsonDocument(full).toJson()).status, 200);

        QJsonObject spam = full.value(u"spamAndVirusConfiguration"_s).toObject();
        spam.insert(u"deleteVirus"_s, false);
        full.insert(u"spamAndVirusConfiguration"_s, spam);
        full.insert(u"sendConnectorId"_s, 0);
        const SimHttpResult r = f->call("PUT", path, QJsonDocument(full).toJson());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorClass(), u"Client::BadRequest"_s);
        QVERIFY2(r.message().contains(u"deleteVirus"_s), qPrintable(r.message()));
        // Nothing changed.
        QCOMPARE(f->get("/account/contact@mydomain.ovh").object().value(u"sendConnectorId"_s), 29);
        QCOMPARE(f->call("PUT", path, R"({"mystery":1})").status, 400);
    }

    void changesTheDomainDefault()
    {
        auto f = startSimulator();
        QVERIFY(f);
        const QByteArray path = servicePath + "/domain/mydomain.ovh/changeDefaultSBR";
        SimHttpResult r = f->call("PUT", path, R"({"sendConnectorIdDefault":29})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("null"));
        QCOMPARE(f->sim.world()
                     .domain(SimWorld::guideService(), u"mydomain.ovh"_s)
                     ->sendConnectorIdDefault,
                 ConnectorId(29));
        QCOMPARE(f->call("PUT", path, R"({"sendConnectorIdDefault":0})").status, 200);
        QVERIFY(
            f->get("/domain/mydomain.ovh").object().value(u"sendConnectorIdDefault"_s).isNull());
        QCOMPARE(f->call("PUT", path, R"({"sendConnectorIdDefault":77})").status, 404);
        QCOMPARE(f->call("PUT", path, R"({})").status, 400);
    }

    void rejectsInvalidConnectors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no displayName")
            << QByteArray(R"({"smartHost":"h.example.com"})") << u"displayName"_s;
        QTest::newRow("no smartHost") << QByteArray(R"({"displayName":"x"})") << u"smartHost"_s;
        QTest::newRow("empty smartHost")
            << QByteArray(R"({"displayName":"x","smartHost":""})") << u"smartHost"_s;
        QTest::newRow("port 0") << QByteArray(R"({"displayName":"x","smartHost":"h","port":0})")
                                << u"port"_s;
        QTest::newRow("port 65536")
            << QByteArray(R"({"displayName":"x","smartHost":"h","port":65536})") << u"port"_s;
        QTest::newRow("port text")
            << QByteArray(R"({"displayName":"x","smartHost":"h","port":"587"})") << u"port"_s;
        QTest::newRow("port fraction")
            << QByteArray(R"({"displayName":"x","smartHost":"h","port":25.5})") << u"port"_s;
        QTest::newRow("maxSendSize 0")
            << QByteArray(R"({"displayName":"x","smartHost":"h","maxSendSize":0})")
            << u"maxSendSize"_s;
        QTest::newRow("maxSendSize 101")
            << QByteArray(R"({"displayName":"x","smartHost":"h","maxSendSize":101})")
            << u"maxSendSize"_s;
        QTest::newRow("mechanism")
            << QByteArray(R"({"displayName":"x","smartHost":"h","smartHostAuthMechanism":"ntlm"})")
            << u"smartHostAuthMechanism"_s;
        QTest::newRow("requireTLS text")
            << QByteArray(R"({"displayName":"x","smartHost":"h","requireTLS":"yes"})")
            << u"requireTLS"_s;
        QTest::newRow("displayName number")
            << QByteArray(R"({"displayName":5,"smartHost":"h"})") << u"displayName"_s;
        QTest::newRow("basicAuth without user")
            << QByteArray(
                   R"({"displayName":"x","smartHost":"h","smartHostAuthMechanism":"basicAuth"})")
            << u"user"_s;
        QTest::newRow("unknown field")
            << QByteArray(R"({"displayName":"x","smartHost":"h","requireTls":true})")
            << u"requireTls"_s;
        QTest::newRow("malformed JSON") << QByteArray(R"({"displayName":"x",)") << u"JSON"_s;
        QTest::newRow("array body") << QByteArray(R"(["x"])") << u"JSON"_s;
    }

    void rejectsInvalidConnectors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto f = startSimulator();
        QVERIFY(f);
        const SimHttpResult r = f->call("POST", servicePath + "/sendConnector", body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorClass(), u"Client::BadRequest"_s);
        QVERIFY2(r.message().contains(field), qPrintable(r.message()));
        QCOMPARE(f->get("/sendConnector").array(), QJsonArray{29});
    }
};

QTEST_GUILESS_MAIN(TestSimLifecycle)
#include "tst_simlifecycle.moc"
