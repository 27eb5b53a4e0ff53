// Hostile and odd input at the API layer, against the simulator: addresses with '+', '%',
// '\'', UTF-8 local parts and IDN domains round-trip through paths and signatures; connector
// fields at and beyond their limits are refused before any call; answers with a huge array
// or deep nesting end with a result or an error, never a hang.
#include "ApiTestFixture.h"
#include "ConnectorRules.h"
#include "FaultBodies.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(NewConnector)

class TestHostileInput : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApiTestFixture> f;

    static NewConnector validConnector()
    {
        NewConnector n;
        n.displayName = u"Limits"_s;
        n.smartHost = u"smtp.example.net"_s;
        n.port = 587;
        n.maxSendSizeMb = 50;
        return n;
    }

private Q_SLOTS:
    void init() { f = std::make_unique<ApiTestFixture>(); }
    void cleanup() { f.reset(); }

    void oddAddressesRoundTrip_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("domain");
        QTest::newRow("plus") << u"news+fr@mydomain.ovh"_s << u"mydomain.ovh"_s;
        QTest::newRow("percent") << u"100%sure@mydomain.ovh"_s << u"mydomain.ovh"_s;
        QTest::newRow("apostrophe") << u"o'brien@mydomain.ovh"_s << u"mydomain.ovh"_s;
        QTest::newRow("slash and hash") << u"a/b#c?d@mydomain.ovh"_s << u"mydomain.ovh"_s;
        QTest::newRow("utf-8 local part") << u"élève.ça@mydomain.ovh"_s << u"mydomain.ovh"_s;
        QTest::newRow("idn domain") << u"jürgen@bücher.example"_s << u"bücher.example"_s;
        QTest::newRow("punycode domain")
            << u"info@xn--bcher-kva.example"_s << u"xn--bcher-kva.example"_s;
        QTest::newRow("cjk") << u"用户@例子.广告"_s << u"例子.广告"_s;
    }
    void oddAddressesRoundTrip()
    {
        QFETCH(QString, email);
        QFETCH(QString, domain);
        SimAccount odd;
        odd.account.primaryEmailAddress = email;
        odd.account.domain = domain;
        odd.account.state = u"ok"_s;
        f->sim.world().addAccount(f->ref, odd);

        auto emails =
            f->wait<QStringList>([&](auto done) { f->api->accountAddresses(f->ref, this, done); });
        QVERIFY2(emails.ok(), qPrintable(emails.error.toText()));
        QVERIFY(emails->contains(email));
        // The simulator checks each signature over the exact URL: a call that passes was
        // signed over the same encoding it was sent with.
        auto account =
            f->wait<Account>([&](auto done) { f->api->account(f->ref, email, this, done); });
        QVERIFY2(account.ok(), qPrintable(account.error.toText()));
        QCOMPARE(account->primaryEmailAddress, email);
        auto attached = f->wait<NoContent>([&](auto done) {
            f->api->setAccountConnector(f->ref, email, ConnectorId(29), this, done);
        });
        QVERIFY2(attached.ok(), qPrintable(attached.error.toText()));
        QCOMPARE(f->sim.world().account(f->ref, email)->sendConnectorId, ConnectorId(29));
        account = f->wait<Account>([&](auto done) { f->api->account(f->ref, email, this, done); });
        QCOMPARE(account->sendConnectorId, ConnectorId(29));
    }

    void connectorLimitsAreRefusedBeforeAnyCall_data()
    {
        QTest::addColumn<NewConnector>("connector");
        const QString megabyte(1024 * 1024, u'a');
        NewConnector n = validConnector();
        n.displayName.clear();
        QTest::newRow("empty name") << n;
        n = validConnector();
        n.displayName = megabyte;
        QTest::newRow("1 MB name") << n;
        n = validConnector();
        n.smartHost.clear();
        QTest::newRow("empty host") << n;
        n = validConnector();
        n.smartHost = megabyte + u".example.net"_s;
        QTest::newRow("1 MB host") << n;
        n = validConnector();
        n.port = 0;
        QTest::newRow("port 0") << n;
        n = validConnector();
        n.port = 65536;
        QTest::newRow("port 65536") << n;
        n = validConnector();
        n.port = -25;
        QTest::newRow("negative port") << n;
        n = validConnector();
        n.maxSendSizeMb = -1;
        QTest::newRow("negative size") << n;
        n = validConnector();
        n.maxSendSizeMb = 0;
        QTest::newRow("size 0") << n;
        n = validConnector();
        n.maxSendSizeMb = SendConnector::MaxSendSizeLimitMb + 1;
        QTest::newRow("size beyond the limit") << n;
        n = validConnector();
        n.authMechanism = AuthMechanism::BasicAuth;
        n.user = u"relay"_s;
        n.password = megabyte;
        QTest::newRow("1 MB password") << n;
        n = validConnector();
        n.authMechanism = AuthMechanism::BasicAuth;
        n.user = u"relay"_s;
        QTest::newRow("empty password") << n;
    }
    void connectorLimitsAreRefusedBeforeAnyCall()
    {
        QFETCH(NewConnector, connector);
        f->sim.clearRequestLog();
        auto created = f->wait<Task>(
            [&](auto done) { f->api->createConnector(f->ref, connector, this, done); });
        QVERIFY(!created.ok());
        QCOMPARE(created.error.kind, ApiError::Kind::Usage);
        QCOMPARE(created.error.message, ConnectorRules::check(connector));
        QVERIFY2(f->sim.requestLog().isEmpty(),
                 f->sim.requestLog().join('\n').left(200).constData());
    }

    void editAndAuthenticationLimitsAreRefusedBeforeAnyCall()
    {
        f->sim.clearRequestLog();
        ConnectorChanges changes;
        changes.port = 65536;
        auto edited = f->wait<NoContent>([&](auto done) {
            f->api->editConnector(f->ref, ConnectorId(29), changes, this, done);
        });
        QVERIFY2(edited.error.kind == ApiError::Kind::Usage, qPrintable(edited.error.toText()));
        changes = {};
        changes.displayName = QString(1024 * 1024, u'x');
        edited = f->wait<NoContent>([&](auto done) {
            f->api->editConnector(f->ref, ConnectorId(29), changes, this, done);
        });
        QVERIFY2(edited.error.kind == ApiError::Kind::Usage, qPrintable(edited.error.toText()));
        AuthenticationChange change;
        change.authMechanism = AuthMechanism::BasicAuthRequireTls;
        change.user = u"relay"_s;
        change.password = QString(1024 * 1024, u'p');
        auto changed = f->wait<Task>([&](auto done) {
            f->api->changeAuthentication(f->ref, ConnectorId(29), change, this, done);
        });
        QVERIFY2(changed.error.kind == ApiError::Kind::Usage, qPrintable(changed.error.toText()));
        QVERIFY(f->sim.requestLog().isEmpty());
        QCOMPARE(f->sim.world().connector(f->ref, ConnectorId(29))->port, 587);
    }

    void hugeArrayIsReadOrRefused()
    {
        f->sim.addFault(FaultRule("GET", u"/account$"_s, FaultKind::HugeArray));
        auto emails = f->wait<QStringList>(
            [&](auto done) { f->api->accountAddresses(f->ref, this, done); }, 60'000);
        QVERIFY2(emails.ok(), qPrintable(emails.error.toText()));
        QCOMPARE(emails->size(), FaultBodies::HugeArrayLength);
        // Where numbers are expected, the 100,000 strings are a clear error.
        f->sim.addFault(FaultRule("GET", u"/sendConnector$"_s, FaultKind::HugeArray));
        auto ids = f->wait<QList<ConnectorId>>(
            [&](auto done) { f->api->connectorIds(f->ref, this, done); }, 60'000);
        QVERIFY(!ids.ok());
        QCOMPARE(ids.error.kind, ApiError::Kind::BadAnswer);
    }

    void deepNestingIsRefused()
    {
        // QJsonDocument stops at 1024 levels: the answer is a clear error, not a stack overflow.
        f->sim.addFault(FaultRule("GET", u"/sendConnector/29$"_s, FaultKind::DeepNesting));
        auto connector = f->wait<SendConnector>(
            [&](auto done) { f->api->connector(f->ref, ConnectorId(29), this, done); }, 60'000);
        QVERIFY(!connector.ok());
        QCOMPARE(connector.error.kind, ApiError::Kind::BadAnswer);
        QVERIFY(!connector.error.message.isEmpty());
        f->sim.clearFaults();
        connector = f->wait<SendConnector>(
            [&](auto done) { f->api->connector(f->ref, ConnectorId(29), this, done); });
        QVERIFY2(connector.ok(), qPrintable(connector.error.toText())); // still working
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)

#include "tst_hostileinput.moc"
