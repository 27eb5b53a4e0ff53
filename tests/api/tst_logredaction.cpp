// Logged API traffic never holds a secret: LogRedactor on its own, then the message handler's
// output of real signed and OAuth2 calls against the simulator with every category enabled.
#include "ApiTestFixture.h"
#include "LogRedactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category(context.category ? context.category : "default");
    // The in-process simulator's HTTP server logs what it receives: that is the server's
    // side, which holds the secrets anyway, not what the client writes.
    if (category.startsWith("qt.httpserver"))
        return;
    g_messages << QString::fromLatin1(category) + u": " + message;
}

// Distinctive values that must never reach a log.
const QString ApplicationSecret = u"AS-canary-q8Zr61xKw3"_s;
const QString ConsumerKey = u"CK-canary-Vb72mLpe0T"_s;
const QString ClientSecret = u"CS-canary-Hd4s9Qa2Ny"_s;
const QString Password = u"PW-canary-Jx5tR7wq1E"_s;

SimOptions canaryOptions()
{
    SimOptions options = ApiTestFixture::quickOptions();
    options.applicationSecret = ApplicationSecret;
    options.consumerKey = ConsumerKey;
    options.oauth2ClientSecret = ClientSecret;
    return options;
}

} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT

    QtMessageHandler m_previous = nullptr;

    void startCapture()
    {
        g_messages.clear();
        m_previous = qInstallMessageHandler(capture);
    }
    QString stopCapture()
    {
        qInstallMessageHandler(m_previous);
        return g_messages.join(u'\n');
    }

private Q_SLOTS:
    void secretHeadersAreRedacted_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("signature") << "X-Ovh-Signature"_ba << true;
        QTest::newRow("consumer") << "x-ovh-consumer"_ba << true;
        QTest::newRow("authorization") << "Authorization"_ba << true;
        QTest::newRow("cookie") << "Cookie"_ba << true;
        QTest::newRow("application key") << "X-Ovh-Application"_ba << false;
        QTest::newRow("timestamp") << "X-Ovh-Timestamp"_ba << false;
        QTest::newRow("content type") << "Content-Type"_ba << false;
    }
    void secretHeadersAreRedacted()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, secret);
        const QByteArray line = LogRedactor::header(name, "VALUE-1234");
        QCOMPARE(line.contains("VALUE-1234"), !secret);
        QCOMPARE(line.endsWith(LogRedactor::Redacted), secret);
        QVERIFY(line.startsWith(QByteArray(name + ": ")));
    }

    void secretFieldsInJsonAreRedactedAtAnyDepth()
    {
        const QByteArray body = R"({"displayName":"Relay","password":"pw1","nested":
            {"applicationSecret":"as1","list":[{"consumerKey":"ck1","client_secret":"cs1"}],
             "access_token":"tok1","smartHostPassword":"pw2"},"port":587})";
        const QByteArray redacted = LogRedactor::body(body);
        for (const char *secret : {"pw1", "as1", "ck1", "cs1", "tok1", "pw2"})
            QVERIFY2(!redacted.contains(secret), redacted.constData());
        QVERIFY(redacted.contains("\"displayName\":\"Relay\""));
        QVERIFY(redacted.contains("\"port\":587"));
        QCOMPARE(redacted.count(LogRedactor::Redacted), 6);
    }

    void secretFieldsInFormsAreRedacted()
    {
        const QByteArray redacted = LogRedactor::body(
            "grant_type=client_credentials&client_id=abc&client_secret=s%2Fx&scope=all");
        QCOMPARE(redacted, "grant_type=client_credentials&client_id=abc&client_secret=[redacted]"
                           "&scope=all"_ba);
    }

    void otherBodiesAreSummarised()
    {
        QCOMPARE(LogRedactor::body("password: hunter2 {"), "<19 bytes, not JSON>"_ba);
        QCOMPARE(LogRedactor::body({}), QByteArray());
        QVERIFY(LogRedactor::body("[1,2,3]").contains("[1,2,3]"));
    }

    void fieldNamesAreRecognisedWhateverTheirSpelling()
    {
        for (const char *name :
             {"password", "Password", "client_secret", "clientSecret", "consumerKey",
              "consumer_key", "applicationSecret", "access_token", "refreshToken", "newPassword"})
            QVERIFY2(LogRedactor::isSecretField(name), name);
        for (const char *name : {"displayName", "smartHost", "taskPendingId", "state", "user"})
            QVERIFY2(!LogRedactor::isSecretField(name), name);
    }

    void signedCallsLogNoSecret()
    {
        ApiTestFixture f(canaryOptions());
        startCapture();
        auto ids =
            f.wait<QList<ConnectorId>>([&](auto done) { f.api->connectorIds(f.ref, this, done); });
        NewConnector n;
        n.displayName = u"Canary relay"_s;
        n.smartHost = u"smtp.example.net"_s;
        n.authMechanism = AuthMechanism::BasicAuth;
        n.user = u"relay-user"_s;
        n.password = Password;
        auto task = f.wait<Task>([&](auto done) { f.api->createConnector(f.ref, n, this, done); });
        const QString log = stopCapture();
        QVERIFY2(ids.ok(), qPrintable(ids.error.toText()));
        QVERIFY2(task.ok(), qPrintable(task.error.toText()));

        // The calls were logged (so this test can see a leak)…
        QVERIFY2(log.contains(u"smarthost.api.request: GET"_s), qPrintable(log));
        QVERIFY(log.contains(u"smarthost.api.request: POST"_s));
        QVERIFY(log.contains(u"smarthost.api.response: "_s));
        QVERIFY(log.contains(u"X-Ovh-Signature: [redacted]"_s));
        QVERIFY(log.contains(u"X-Ovh-Consumer: [redacted]"_s));
        QVERIFY(log.contains(u"\"password\":\"[redacted]\""_s));
        QVERIFY(log.contains(u"relay-user"_s));
        // …and hold none of the secrets, nor a signature.
        for (const QString &secret : {ApplicationSecret, ConsumerKey, Password})
            QVERIFY2(!log.contains(secret),
                     qPrintable(log.split(u'\n').filter(secret).join(u'\n')));
        QVERIFY(!log.contains(QRegularExpression(u"\\$1\\$[0-9a-f]{40}"_s)));
    }

    void oauth2CallsLogNoSecret()
    {
        ApiTestFixture f(canaryOptions());
        Credentials c;
        c.clientId = f.sim.options().oauth2ClientId;
        c.clientSecret = ClientSecret;
        OvhClient client(&f.network, f.endpoint(), c);
        ExchangeApi api(&client);
        startCapture();
        auto orgs = f.wait<QStringList>([&](auto done) { api.organizations(this, done); });
        const QString log = stopCapture();
        QVERIFY2(orgs.ok(), qPrintable(orgs.error.toText()));
        QVERIFY2(log.contains(u"client_secret=[redacted]"_s), qPrintable(log));
        QVERIFY(log.contains(u"\"access_token\":\"[redacted]\""_s));
        QVERIFY(log.contains(u"Authorization: [redacted]"_s));
        QVERIFY(!log.contains(ClientSecret));
        QVERIFY(!log.contains(QRegularExpression(u"Bearer [A-Za-z0-9]"_s)));
    }
};

int main(int argc, char **argv)
{
    // Every category, Qt's own included, as a user chasing a problem would enable them.
    qputenv("QT_LOGGING_RULES", "*=true;qt.qpa.*=false");
    QCoreApplication app(argc, argv);
    TestLogRedaction test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logredaction.moc"
