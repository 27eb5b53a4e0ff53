// Every typed call against the simulator over real HTTP on loopback.
#include "ApiTestFixture.h"
#include "ConnectorCreator.h"
#include "TaskWatcher.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

class TestExchangeApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApiTestFixture> f;

private Q_SLOTS:
    void init() { f = std::make_unique<ApiTestFixture>(); }
    void cleanup() { f.reset(); }

    void organizationsServicesAndService()
    {
        auto orgs = f->wait<QStringList>([&](auto done) { f->api->organizations(this, done); });
        QVERIFY2(orgs.ok(), qPrintable(orgs.error.toText()));
        QCOMPARE(*orgs, QStringList{f->ref.organization});
        QVERIFY(!orgs.queryId.isEmpty());
        auto services = f->wait<QStringList>(
            [&](auto done) { f->api->services(f->ref.organization, this, done); });
        QCOMPARE(*services, QStringList{f->ref.service});
        auto service =
            f->wait<ExchangeService>([&](auto done) { f->api->service(f->ref, this, done); });
        QVERIFY(service.ok());
        QCOMPARE(service->offer, u"dedicated"_s);
        QVERIFY(service->supportsConnectors());
        QCOMPARE(service->ref, f->ref);
    }

    void connectorFromTheGuide()
    {
        auto ids = f->wait<QList<ConnectorId>>(
            [&](auto done) { f->api->connectorIds(f->ref, this, done); });
        QCOMPARE(*ids, QList<ConnectorId>{ConnectorId(29)});
        auto c = f->wait<SendConnector>(
            [&](auto done) { f->api->connector(f->ref, ConnectorId(29), this, done); });
        QVERIFY2(c.ok(), qPrintable(c.error.toText()));
        QCOMPARE(c->displayName, u"testconnector"_s);
        QCOMPARE(c->smartHost, u"smtp-relay.example.com"_s);
        QCOMPARE(c->port, 587);
        QCOMPARE(c->authMechanism, AuthMechanism::BasicAuthRequireTls);
        QVERIFY(c->requireTls);
        QCOMPARE(c->maxSendSizeMb, 100);
    }

    void createWatchAndFindNewConnector()
    {
        NewConnector n;
        n.displayName = u"Relais été"_s;
        n.smartHost = u"smtp.example.net"_s;
        n.port = 2525;
        n.authMechanism = AuthMechanism::BasicAuth;
        n.user = u"u"_s;
        n.password = u"p"_s;
        n.maxSendSizeMb = 42;
        f->sim.setTaskStepMs(300); // long enough for a poll to see "doing"
        auto *creator = new ConnectorCreator(f->api.get(), f->ref, n);
        creator->setTaskTiming(ApiTestFixture::fastTiming());
        QSignalSpy started(creator, &ConnectorCreator::taskStarted);
        QSignalSpy progressed(creator, &ConnectorCreator::taskProgressed);
        QSignalSpy finished(creator, &ConnectorCreator::finished);
        QSignalSpy failed(creator, &ConnectorCreator::failed);
        creator->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).value<Task>().function, u"addSendConnector"_s);
        QVERIFY(progressed.size() >= 1); // todo → doing
        const auto created = finished.at(0).at(0).value<SendConnector>();
        QCOMPARE(created.displayName, u"Relais été"_s);
        QCOMPARE(created.port, 2525);
        QCOMPARE(created.maxSendSizeMb, 42);
        QCOMPARE(created.authMechanism, AuthMechanism::BasicAuth);
        QCOMPARE(created.state, ConnectorState::Ok);
        QVERIFY(created.id > ConnectorId(29));
        // The password went in the body, and is never returned.
        bool sentPassword = false;
        for (const QByteArray &line : f->sim.requestLog())
            sentPassword |= line.startsWith("POST ") && line.contains("\"password\":\"p\"");
        QVERIFY(sentPassword);
    }

    void editSendsOnlyChangedFields()
    {
        SendConnector original = *f->wait<SendConnector>(
            [&](auto done) { f->api->connector(f->ref, ConnectorId(29), this, done); });
        SendConnector edited = original;
        edited.port = 25;
        const ConnectorChanges changes = ConnectorChanges::between(original, edited);
        f->sim.clearRequestLog();
        auto r = f->wait<NoContent>([&](auto done) {
            f->api->editConnector(f->ref, ConnectorId(29), changes, this, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(f->sim.requestLog().size(), 1);
        QVERIFY2(f->sim.requestLog().first().endsWith(" {\"port\":25}"),
                 f->sim.requestLog().first().constData());
        auto after = f->wait<SendConnector>(
            [&](auto done) { f->api->connector(f->ref, ConnectorId(29), this, done); });
        QCOMPARE(after->port, 25);
        QCOMPARE(after->displayName, original.displayName);
        QVERIFY(after->lastUpdateDate.isValid());
    }

    void changeAuthenticationAndDelete()
    {
        AuthenticationChange change;
        change.authMechanism = AuthMechanism::None;
        auto task = f->wait<Task>([&](auto done) {
            f->api->changeAuthentication(f->ref, ConnectorId(29), change, this, done);
        });
        QVERIFY2(task.ok(), qPrintable(task.error.toText()));
        auto *watcher = new TaskWatcher(f->api.get(), f->ref, *task);
        watcher->setTiming(ApiTestFixture::fastTiming());
        QSignalSpy finished(watcher, &TaskWatcher::finished);
        watcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).value<Task>().status, TaskStatus::Done);
        auto c = f->wait<SendConnector>(
            [&](auto done) { f->api->connector(f->ref, ConnectorId(29), this, done); });
        QCOMPARE(c->authMechanism, AuthMechanism::None);

        task = f->wait<Task>(
            [&](auto done) { f->api->deleteConnector(f->ref, ConnectorId(29), this, done); });
        QVERIFY(task.ok());
        QCOMPARE(task->function, u"deleteSendConnector"_s);
        auto pending =
            f->wait<QList<TaskId>>([&](auto done) { f->api->taskIds(f->ref, this, done); });
        QVERIFY(pending->contains(task->id));
        watcher = new TaskWatcher(f->api.get(), f->ref, *task);
        watcher->setTiming(ApiTestFixture::fastTiming());
        QSignalSpy deleted(watcher, &TaskWatcher::finished);
        watcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 10000);
        auto ids = f->wait<QList<ConnectorId>>(
            [&](auto done) { f->api->connectorIds(f->ref, this, done); });
        QVERIFY(ids->isEmpty());
        auto account = f->wait<Account>(
            [&](auto done) { f->api->account(f->ref, u"newsletter@mydomain.ovh"_s, this, done); });
        QVERIFY(!account->usesConnector());
    }

    void accountsAttachDetachWithPlusInAddress()
    {
        auto emails =
            f->wait<QStringList>([&](auto done) { f->api->accountAddresses(f->ref, this, done); });
        QVERIFY(emails->contains(u"newsletter@mydomain.ovh"_s));
        QVERIFY(emails->contains(u"contact@mydomain.ovh"_s));
        auto account = f->wait<Account>(
            [&](auto done) { f->api->account(f->ref, u"newsletter@mydomain.ovh"_s, this, done); });
        QCOMPARE(account->sendConnectorId, ConnectorId(29));

        SimAccount extra;
        extra.account.primaryEmailAddress = u"news+fr@mydomain.ovh"_s;
        extra.account.domain = u"mydomain.ovh"_s;
        extra.account.state = u"ok"_s;
        f->sim.world().addAccount(f->ref, extra);
        f->sim.clearRequestLog();
        auto r = f->wait<NoContent>([&](auto done) {
            f->api->setAccountConnector(f->ref, u"news+fr@mydomain.ovh"_s, ConnectorId(29), this,
                                        done);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY2(f->sim.requestLog().first().contains(
                     "/account/news+fr@mydomain.ovh {\"sendConnectorId\":29}"),
                 f->sim.requestLog().first().constData());
        account = f->wait<Account>(
            [&](auto done) { f->api->account(f->ref, u"news+fr@mydomain.ovh"_s, this, done); });
        QCOMPARE(account->sendConnectorId, ConnectorId(29));
        r = f->wait<NoContent>([&](auto done) {
            f->api->setAccountConnector(f->ref, u"news+fr@mydomain.ovh"_s, ConnectorId(), this,
                                        done);
        });
        QVERIFY(r.ok());
        account = f->wait<Account>(
            [&](auto done) { f->api->account(f->ref, u"news+fr@mydomain.ovh"_s, this, done); });
        QVERIFY(!account->usesConnector());
    }

    void domainsAndDefaultConnector()
    {
        auto names =
            f->wait<QStringList>([&](auto done) { f->api->domainNames(f->ref, this, done); });
        QCOMPARE(*names, QStringList{u"mydomain.ovh"_s});
        f->sim.clearRequestLog();
        auto r = f->wait<NoContent>([&](auto done) {
            f->api->changeDefaultConnector(f->ref, u"mydomain.ovh"_s, ConnectorId(29), this, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(f->sim.requestLog().first().endsWith(" {\"sendConnectorIdDefault\":29}"));
        auto domain = f->wait<Domain>(
            [&](auto done) { f->api->domain(f->ref, u"mydomain.ovh"_s, this, done); });
        QCOMPARE(domain->sendConnectorIdDefault, ConnectorId(29));
        r = f->wait<NoContent>([&](auto done) {
            f->api->changeDefaultConnector(f->ref, u"mydomain.ovh"_s, ConnectorId(), this, done);
        });
        domain = f->wait<Domain>(
            [&](auto done) { f->api->domain(f->ref, u"mydomain.ovh"_s, this, done); });
        QVERIFY(domain->sendConnectorIdDefault.isNull());
    }

    void collectionReader()
    {
        CollectionReader reader(f->api.get());
        std::optional<CollectionResult<Account>> accounts;
        QList<int> progress;
        reader.readAccounts(
            f->ref, this, [&](const CollectionResult<Account> &r) { accounts = r; },
            [&](int done, int) { progress << done; });
        QTRY_VERIFY(accounts.has_value());
        QVERIFY(accounts->ok());
        QCOMPARE(accounts->items.size(), 2);
        QCOMPARE(progress.last(), 2);
    }

    void errorKinds()
    {
        // API layer: class + message + query id.
        auto missing = f->wait<SendConnector>(
            [&](auto done) { f->api->connector(f->ref, ConnectorId(4242), this, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error.kind, ApiError::Kind::Http);
        QCOMPARE(missing.error.httpStatus, 404);
        QCOMPARE(missing.error.errorClass, u"Client::NotFound"_s);
        QVERIFY(!missing.error.message.isEmpty());
        QVERIFY(!missing.error.queryId.isEmpty());
        QVERIFY(missing.error.toText().contains(missing.error.queryId));

        // Validation error on create, sent raw: createConnector() refuses it before sending.
        ApiCall *call =
            f->client->send(ApiRequest::post(ApiPath::service(f->ref) / "sendConnector",
                                             QJsonObject{{u"displayName"_s, u"x"_s},
                                                         {u"smartHost"_s, u"smtp.example.com"_s},
                                                         {u"maxSendSize"_s, 500}}));
        std::optional<ApiResponse> refused;
        connect(call, &ApiCall::finished, this, [&](const ApiResponse &r) { refused = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 10000);
        QCOMPARE(refused->error.httpStatus, 400);
        QCOMPARE(refused->error.errorClass, u"Client::BadRequest"_s);
        QVERIFY(refused->error.message.contains(u"maxSendSize"_s));

        // Auth layer: errorCode.
        Credentials wrong = f->credentials();
        wrong.applicationSecret = u"not-the-secret"_s;
        f->client->setCredentials(wrong);
        auto unsigned_ =
            f->wait<QStringList>([&](auto done) { f->api->organizations(this, done); });
        QCOMPARE(unsigned_.error.errorCode, u"INVALID_SIGNATURE"_s);
        QVERIFY(!unsigned_.error.queryId.isEmpty());
        wrong = f->credentials();
        wrong.applicationKey = u"nobody"_s;
        f->client->setCredentials(wrong);
        auto unknownKey =
            f->wait<QStringList>([&](auto done) { f->api->organizations(this, done); });
        QCOMPARE(unknownKey.error.errorCode, u"INVALID_KEY"_s);
        wrong = f->credentials();
        wrong.consumerKey = u"nobody"_s;
        f->client->setCredentials(wrong);
        auto unknownCk =
            f->wait<QStringList>([&](auto done) { f->api->organizations(this, done); });
        QCOMPARE(unknownCk.error.errorCode, u"INVALID_CREDENTIAL"_s);
        QVERIFY(unknownCk.error.isInvalidCredential());

        // Answers the client cannot use.
        f->client->setCredentials(f->credentials());
        f->sim.addFault(FaultRule("GET", u"/sendConnector/29$"_s, FaultKind::MalformedJson));
        auto malformed = f->wait<SendConnector>(
            [&](auto done) { f->api->connector(f->ref, ConnectorId(29), this, done); });
        QCOMPARE(malformed.error.kind, ApiError::Kind::BadAnswer);
        QVERIFY(!malformed.error.queryId.isEmpty());
        f->sim.clearFaults();
        f->sim.addFault(FaultRule("GET", u"/sendConnector/29$"_s, FaultKind::UnexpectedShape));
        auto shape = f->wait<SendConnector>(
            [&](auto done) { f->api->connector(f->ref, ConnectorId(29), this, done); });
        QCOMPARE(shape.error.kind, ApiError::Kind::BadAnswer);
    }

    void clockSkew_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("server 10 minutes ahead") << qint64(600);
        QTest::newRow("server 10 minutes behind") << qint64(-600);
    }

    void clockSkew()
    {
        QFETCH(qint64, offset);
        f->sim.setClockOffset(offset);
        auto orgs = f->wait<QStringList>([&](auto done) { f->api->organizations(this, done); });
        QVERIFY2(orgs.ok(), qPrintable(orgs.error.toText()));
        QVERIFY(qAbs(f->client->timeDelta() - offset) <= 2);

        // The server's clock jumps after the client learnt it: QUERY_TIME_OUT, one resync,
        // one retry, success — and GET /auth/time asked exactly twice.
        f->sim.setClockOffset(-offset);
        f->sim.clearRequestLog();
        orgs = f->wait<QStringList>([&](auto done) { f->api->organizations(this, done); });
        QVERIFY2(orgs.ok(), qPrintable(orgs.error.toText()));
        QVERIFY(qAbs(f->client->timeDelta() + offset) <= 2);
        const QList<QByteArray> log = f->sim.requestLog();
        QCOMPARE(log.size(), 3); // refused call, GET /auth/time, retried call
        QVERIFY(log.at(1).contains("/auth/time"));
    }

    void queryTimeOutRetriedOnlyOnce()
    {
        f->sim.addFault(FaultRule("GET", u"^/email/exchange$"_s, FaultKind::QueryTimeOut));
        auto orgs = f->wait<QStringList>([&](auto done) { f->api->organizations(this, done); });
        QCOMPARE(orgs.error.errorCode, u"QUERY_TIME_OUT"_s);
        int calls = 0;
        for (const QByteArray &line : f->sim.requestLog())
            calls +=
                line.startsWith("GET /1.0/email/exchange ") || line == "GET /1.0/email/exchange";
        QCOMPARE(calls, 2);
    }

    void getRetriesOnServerErrors()
    {
        f->sim.addFault(FaultRule("GET", u"^/email/exchange$"_s, FaultKind::Http503, 1.0, 2));
        OvhClient::Limits limits;
        limits.retryBaseDelayMs = 20;
        f->client->setLimits(limits);
        auto orgs = f->wait<QStringList>([&](auto done) { f->api->organizations(this, done); });
        QVERIFY2(orgs.ok(), qPrintable(orgs.error.toText()));
        QCOMPARE(f->sim.faultsFired(), 2);
    }

    void mutationsAreNotRetried()
    {
        f->sim.addFault(FaultRule("PUT", u"/account/"_s, FaultKind::Http500, 1.0, 1));
        OvhClient::Limits limits;
        limits.retryBaseDelayMs = 20;
        f->client->setLimits(limits);
        f->sim.clearRequestLog();
        auto r = f->wait<NoContent>([&](auto done) {
            f->api->setAccountConnector(f->ref, u"contact@mydomain.ovh"_s, ConnectorId(29), this,
                                        done);
        });
        QCOMPARE(r.error.httpStatus, 500);
        int puts = 0;
        for (const QByteArray &line : f->sim.requestLog())
            puts += line.startsWith("PUT ");
        QCOMPARE(puts, 1);
    }

    void hangingReplyTimesOutWithinTheDeadline()
    {
        f->sim.addFault(FaultRule("GET", u"/sendConnector$"_s, FaultKind::Hang));
        OvhClient::Limits limits;
        limits.transferTimeoutMs = 300;
        limits.retryBaseDelayMs = 50;
        limits.maxGetAttempts = 3;
        limits.deadlineMs = 5000;
        f->client->setLimits(limits);
        QElapsedTimer timer;
        timer.start();
        auto ids = f->wait<QList<ConnectorId>>(
            [&](auto done) { f->api->connectorIds(f->ref, this, done); });
        QCOMPARE(ids.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(f->sim.faultsFired(), 3); // three attempts, then the error

        // A call that cannot finish in time fails at the deadline, retries included.
        limits.transferTimeoutMs = 10000;
        limits.deadlineMs = 600;
        f->client->setLimits(limits);
        ids = f->wait<QList<ConnectorId>>(
            [&](auto done) { f->api->connectorIds(f->ref, this, done); });
        QCOMPARE(ids.error.kind, ApiError::Kind::Timeout);
        QVERIFY(ids.error.message.contains(u"second"_s));
    }

    void connectionResetIsANetworkError()
    {
        f->sim.addFault(FaultRule("PUT", u"/account/"_s, FaultKind::ResetMidBody));
        auto r = f->wait<NoContent>([&](auto done) {
            f->api->setAccountConnector(f->ref, u"contact@mydomain.ovh"_s, ConnectorId(29), this,
                                        done);
        });
        // Reset after the status line: still a lost answer, not a success or a bad body.
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QVERIFY2(r.error.message.contains(u"refresh"_s), qPrintable(r.error.message));
    }

    void concurrencyCap()
    {
        f->sim.setLatency(150);
        f->sim.resetCounters();
        int answered = 0;
        for (int i = 0; i < 30; ++i)
            f->api->connector(f->ref, ConnectorId(29), this,
                              [&](const ApiResult<SendConnector> &r) { answered += r.ok(); });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 30, 20000);
        QCOMPARE(f->client->peakInFlight(), 8);
        QVERIFY(f->sim.peakInFlight() <= 8);
        QVERIFY(f->sim.peakInFlight() >= 6);
    }

    void taskEndingInError()
    {
        f->sim.addFault(FaultRule("DELETE", u"/sendConnector/29$"_s, FaultKind::TaskError));
        auto task = f->wait<Task>(
            [&](auto done) { f->api->deleteConnector(f->ref, ConnectorId(29), this, done); });
        QVERIFY(task.ok());
        auto *watcher = new TaskWatcher(f->api.get(), f->ref, *task);
        watcher->setTiming(ApiTestFixture::fastTiming());
        QSignalSpy finished(watcher, &TaskWatcher::finished);
        QSignalSpy progressed(watcher, &TaskWatcher::progressed);
        watcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).value<Task>().status, TaskStatus::Error);
    }

    void taskThatNeverEndsTimesOut()
    {
        f->sim.addFault(FaultRule("DELETE", u"/sendConnector/29$"_s, FaultKind::TaskNeverEnds));
        auto task = f->wait<Task>(
            [&](auto done) { f->api->deleteConnector(f->ref, ConnectorId(29), this, done); });
        auto *watcher = new TaskWatcher(f->api.get(), f->ref, *task);
        TaskWatcher::Timing timing = ApiTestFixture::fastTiming();
        timing.timeoutMs = 800;
        watcher->setTiming(timing);
        QSignalSpy failed(watcher, &TaskWatcher::failed);
        watcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestExchangeApi)
#include "tst_exchangeapi.moc"
