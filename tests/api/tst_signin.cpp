// The API side of signing in, against the simulator: a consumer key created for the user,
// OAuth2 service accounts, and the check that tells each failure apart.
#include "ApiTestFixture.h"
#include "ConsumerKeyRequest.h"
#include "CredentialCheck.h"
#include "ExchangeApi.h"
#include "SimCredentialStore.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

class TestSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApiTestFixture> f;

    CredentialCheck::Outcome check(const Credentials &credentials)
    {
        OvhClient client(&f->network, f->endpoint(), credentials);
        auto *check = new CredentialCheck(&client);
        QSignalSpy spy(check, &CredentialCheck::finished);
        check->start();
        if (!spy.wait(10000))
            qFatal("no outcome");
        return spy.at(0).at(0).value<CredentialCheck::Outcome>();
    }

private Q_SLOTS:
    void init() { f = std::make_unique<ApiTestFixture>(); }
    void cleanup() { f.reset(); }

    void consumerKeyFlow()
    {
        Credentials app = f->credentials();
        app.consumerKey.clear();
        OvhClient client(&f->network, f->endpoint(), app);
        auto *request = new ConsumerKeyRequest(&client);
        request->setPollIntervalMs(50);
        QSignalSpy required(request, &ConsumerKeyRequest::validationRequired);
        QSignalSpy validated(request, &ConsumerKeyRequest::validated);
        QSignalSpy failed(request, &ConsumerKeyRequest::failed);
        request->start();
        QVERIFY(required.wait(10000));
        const QUrl url = required.at(0).at(0).toUrl();
        const QString key = required.at(0).at(1).toString();
        QVERIFY(url.isValid());
        QVERIFY(!key.isEmpty());
        // Only the Exchange routes were asked for.
        SimConsumerKey *stored = f->sim.credentials().consumerKey(key);
        QVERIFY(stored);
        QCOMPARE(stored->rules.size(), 5);
        for (const AccessRule &rule : stored->rules)
            QVERIFY(rule.path == u"/email/exchange/*"_s ||
                    (rule.path == u"/email/exchange"_s && rule.method == u"GET"_s));
        // Pending: still waiting after several polls.
        QTest::qWait(300);
        QCOMPARE(validated.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(f->sim.validateCredential(key));
        QVERIFY(validated.wait(10000));
        QCOMPARE(validated.at(0).at(0).toString(), key);

        Credentials full = app;
        full.consumerKey = key;
        const auto outcome = check(full);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.organizations, 1);
    }

    // The consumer key expires mid-session: every call is held, new keys are asked for once,
    // and the held calls (a change among them) go on with the new keys — or fail with
    // OVHcloud's error when the user gives up.
    void rejectedKeysHoldCallsUntilNewOnes()
    {
        OvhClient client(&f->network, f->endpoint(), f->credentials());
        client.setHoldCallsOnRejectedCredentials(true);
        ExchangeApi api(&client);
        QSignalSpy rejected(&client, &OvhClient::credentialsRejected);
        int ok = 0;
        const auto count = [&ok](const auto &result) {
            ok += result.ok() ? 1 : 0;
        };
        api.organizations(this, count); // the clock is known, the key works
        QTRY_COMPARE_WITH_TIMEOUT(ok, 1, 10000);

        f->sim.credentials().consumerKey(f->credentials().consumerKey)->status =
            SimConsumerKey::Status::Expired;
        int finished = 0;
        QList<ApiError> errors;
        const auto collect = [&](const auto &result) {
            ++finished;
            if (!result.ok())
                errors << result.error;
        };
        for (int i = 0; i < 3; ++i)
            api.organizations(this, collect);
        api.setAccountConnector(SimWorld::guideService(), u"contact@mydomain.ovh"_s,
                                ConnectorId(29), this, collect);
        QVERIFY(rejected.wait(10000));
        QTest::qWait(200);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).at(0).value<ApiError>().errorCode, u"INVALID_CREDENTIAL"_s);
        QCOMPARE(finished, 0);
        QVERIFY(client.isWaitingForCredentials());

        Credentials fresh = f->credentials();
        fresh.consumerKey =
            f->sim.addConsumerKey({AccessRule{u"GET"_s, u"/*"_s}, AccessRule{u"PUT"_s, u"/*"_s}});
        client.setCredentials(fresh);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 10000);
        QVERIFY(errors.isEmpty());
        QCOMPARE(f->sim.world()
                     .account(SimWorld::guideService(), u"contact@mydomain.ovh"_s)
                     ->sendConnectorId,
                 ConnectorId(29));

        // Rejected again, and the user gives up: the held call fails with OVHcloud's words.
        f->sim.credentials().consumerKey(fresh.consumerKey)->status =
            SimConsumerKey::Status::Refused;
        finished = 0;
        api.organizations(this, collect);
        QVERIFY(rejected.wait(10000));
        QCOMPARE(finished, 0);
        client.abandonRejectedCalls();
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 10000);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).errorCode, u"INVALID_CREDENTIAL"_s);
        QVERIFY(!errors.at(0).queryId.isEmpty());
    }

    void consumerKeyRequestCanBeCancelled()
    {
        Credentials app = f->credentials();
        app.consumerKey.clear();
        OvhClient client(&f->network, f->endpoint(), app);
        auto *request = new ConsumerKeyRequest(&client);
        request->setPollIntervalMs(50);
        QSignalSpy required(request, &ConsumerKeyRequest::validationRequired);
        QSignalSpy failed(request, &ConsumerKeyRequest::failed);
        request->start();
        QVERIFY(required.wait(10000));
        request->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    }

    void eachFailureHasItsMessage_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("wrong application key")
            << u"ak"_s << u"INVALID_KEY"_s << u"application key"_s;
        QTest::newRow("wrong secret") << u"as"_s << u"INVALID_SIGNATURE"_s << u"secret"_s;
        QTest::newRow("unknown consumer key") << u"ck"_s << u"INVALID_CREDENTIAL"_s << u"refused"_s;
        QTest::newRow("pending consumer key")
            << u"pending"_s << u"NOT_CREDENTIAL"_s << u"validated"_s;
        QTest::newRow("expired consumer key")
            << u"expired"_s << u"INVALID_CREDENTIAL"_s << u"has expired"_s;
        QTest::newRow("refused consumer key")
            << u"refused"_s << u"INVALID_CREDENTIAL"_s << u"refused on its validation page"_s;
        QTest::newRow("missing rights") << u"rights"_s << u"NOT_GRANTED_CALL"_s << u"rights"_s;
    }

    void eachFailureHasItsMessage()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        QFETCH(QString, phrase);
        Credentials c = f->credentials();
        if (what == u"ak"_s)
            c.applicationKey = u"unknown"_s;
        else if (what == u"as"_s)
            c.applicationSecret = u"wrong"_s;
        else if (what == u"ck"_s)
            c.consumerKey = u"unknown"_s;
        else if (what == u"pending"_s)
            c.consumerKey = f->sim.credentials()
                                .createConsumerKey(c.applicationKey, AccessRule::everything(), {},
                                                   QDateTime::currentDateTimeUtc())
                                .key;
        else if (what == u"expired"_s || what == u"refused"_s)
            c.consumerKey =
                f->sim.credentials()
                    .addConsumerKey(c.applicationKey, u"ck-"_s + what, AccessRule::everything(),
                                    what == u"expired"_s ? SimConsumerKey::Status::Expired
                                                         : SimConsumerKey::Status::Refused,
                                    QDateTime::currentDateTimeUtc())
                    .key;
        else
            c.consumerKey = f->sim.addConsumerKey({AccessRule{u"GET"_s, u"/me"_s}});
        const auto outcome = check(c);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.errorCode, code);
        QVERIFY2(outcome.message.contains(phrase), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(outcome.error.queryId), qPrintable(outcome.message));
        QVERIFY(!outcome.error.queryId.isEmpty());
    }

    void clockFarOffIsCompensatedAndReported()
    {
        f->sim.setClockOffset(-3600);
        const auto outcome = check(f->credentials());
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.warning.contains(u"60 minute"_s));
    }

    void oauth2ServiceAccount()
    {
        Credentials c;
        c.clientId = f->sim.options().oauth2ClientId;
        c.clientSecret = f->sim.options().oauth2ClientSecret;
        OvhClient client(&f->network, f->endpoint(), c);
        QVERIFY(client.usesOAuth2());
        ExchangeApi api(&client);
        QSignalSpy renewed(&client, &OvhClient::tokenRenewed);
        auto orgs = f->wait<QStringList>([&](auto done) { api.organizations(this, done); });
        QVERIFY2(orgs.ok(), qPrintable(orgs.error.toText()));
        QCOMPARE(renewed.size(), 1);
        // No signature headers, a bearer token instead.
        f->sim.clearRequestLog();

        // The token expires on the server: the next call gets a new one and succeeds.
        f->sim.expireOAuth2Tokens();
        orgs = f->wait<QStringList>([&](auto done) { api.organizations(this, done); });
        QVERIFY2(orgs.ok(), qPrintable(orgs.error.toText()));
        QCOMPARE(renewed.size(), 2);

        // A token is renewed before it expires (halfway through a short life).
        f->sim.setOAuth2TokenLifetime(2);
        f->sim.expireOAuth2Tokens();
        orgs = f->wait<QStringList>([&](auto done) { api.organizations(this, done); });
        QCOMPARE(renewed.size(), 3);
        orgs = f->wait<QStringList>([&](auto done) { api.organizations(this, done); });
        QCOMPARE(renewed.size(), 3); // still young
        QTest::qWait(1200);
        f->sim.clearRequestLog();
        orgs = f->wait<QStringList>([&](auto done) { api.organizations(this, done); });
        QVERIFY(orgs.ok());
        QCOMPARE(renewed.size(), 4); // renewed before use, not after a refusal
        for (const QByteArray &line : f->sim.requestLog())
            QVERIFY2(!line.contains("auth/time"), line.constData());

        // A wrong client secret fails every waiting call with the service's message.
        c.clientSecret = u"wrong"_s;
        client.setCredentials(c);
        orgs = f->wait<QStringList>([&](auto done) { api.organizations(this, done); });
        QVERIFY(!orgs.ok());
        QVERIFY(orgs.error.httpStatus == 400 || orgs.error.httpStatus == 401);
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
