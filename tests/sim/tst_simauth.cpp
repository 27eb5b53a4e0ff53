// Authentication as OVHcloud's gateway does it: signatures over the exact bytes sent, every
// auth error kind, the server clock, the consumer-key flow and OAuth2 tokens.
#include "SimFixture.h"

#include "RequestFramer.h"
#include "SimCredentialStore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestSimAuth : public QObject
{
    Q_OBJECT

private:
    // Sends bytes on a fresh connection and returns the raw response (head and body). The
    // simulator runs in this thread, so wait by spinning the event loop, never by blocking.
    static QByteArray rawExchange(quint16 port, const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                             5000))
            return {};
        socket.write(request);
        QByteArray response;
        [[maybe_unused]] const bool complete = QTest::qWaitFor(
            [&] {
                response += socket.readAll();
                const qsizetype end = response.indexOf("\r\n\r\n");
                const qsizetype at = response.indexOf("Content-Length: ");
                if (end < 0 || at < 0)
                    return false;
                const qint64 length =
                    response.mid(at + 16, response.indexOf("\r\n", at) - at - 16).toLongLong();
                return response.size() >= end + 4 + length;
            },
            5000);
        return response;
    }

    static QByteArray signedRawGet(const Simulator &sim, const QByteArray &target)
    {
        const QByteArray host = "127.0.0.1:" + QByteArray::number(sim.port());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const SimOptions &o = sim.options();
        const QByteArray signature = SimTestClient::signature(
            o.applicationSecret, o.consumerKey, "GET", "http://" + host + target, {}, now);
        return "GET " + target + " HTTP/1.1\r\nHost: " + host +
               "\r\nX-Ovh-Application: " + o.applicationKey.toUtf8() +
               "\r\nX-Ovh-Consumer: " + o.consumerKey.toUtf8() +
               "\r\nX-Ovh-Timestamp: " + QByteArray::number(now) +
               "\r\nX-Ovh-Signature: " + signature + "\r\n\r\n";
    }

    // The body of POST /auth/credential. (Built, not written as a raw string: moc reads a
    // slash-star inside a raw string literal as the start of a comment.)
    static QByteArray credentialRequest(const QList<AccessRule> &rules,
                                        const QString &redirection = {})
    {
        QJsonArray array;
        for (const AccessRule &rule : rules)
            array.append(rule.toJson());
        QJsonObject body{{u"accessRules"_s, array}};
        if (!redirection.isEmpty())
            body.insert(u"redirection"_s, redirection);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    static void addPlusAccount(Simulator &sim)
    {
        SimAccount plus;
        plus.account.primaryEmailAddress = u"sales+eu@mydomain.ovh"_s;
        plus.account.state = u"ok"_s;
        sim.world().addAccount(SimWorld::guideService(), plus);
    }

private Q_SLOTS:
    void serverTimeFollowsTheClockOffset()
    {
        SimOptions options;
        options.clockOffsetSeconds = 3600;
        auto f = startSimulator(options);
        QVERIFY(f);
        SimHttpResult r = f->client->send("GET", f->client->url("/auth/time"));
        QCOMPARE(r.status, 200);
        bool numeric = false;
        const qint64 served = r.body.toLongLong(&numeric);
        QVERIFY2(numeric, r.body.constData());
        QVERIFY(qAbs(served - (QDateTime::currentSecsSinceEpoch() + 3600)) <= 2);
        f->sim.setClockOffset(-50);
        r = f->client->send("GET", f->client->url("/auth/time"));
        QVERIFY(qAbs(r.body.toLongLong() - (QDateTime::currentSecsSinceEpoch() - 50)) <= 2);
    }

    void demoKeyWorks()
    {
        auto f = startSimulator();
        QVERIFY(f);
        const SimHttpResult r = f->call("GET", "/email/exchange");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array(), QJsonArray{u"private-zz111111-1"_s});
    }

    void authErrors_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("no headers") << u"none"_s << 401 << u"NOT_AUTHENTICATED"_s;
        QTest::newRow("unknown application") << u"application"_s << 403 << u"INVALID_KEY"_s;
        QTest::newRow("no signature") << u"no signature"_s << 401 << u"NOT_AUTHENTICATED"_s;
        QTest::newRow("no consumer") << u"no consumer"_s << 401 << u"NOT_AUTHENTICATED"_s;
        QTest::newRow("unknown consumer") << u"consumer"_s << 403 << u"INVALID_CREDENTIAL"_s;
        QTest::newRow("wrong secret") << u"secret"_s << 400 << u"INVALID_SIGNATURE"_s;
        QTest::newRow("signed other url") << u"url"_s << 400 << u"INVALID_SIGNATURE"_s;
        QTest::newRow("signed other body") << u"body"_s << 400 << u"INVALID_SIGNATURE"_s;
        QTest::newRow("timestamp late") << u"late"_s << 400 << u"QUERY_TIME_OUT"_s;
        QTest::newRow("timestamp early") << u"early"_s << 400 << u"QUERY_TIME_OUT"_s;
        QTest::newRow("timestamp text") << u"text time"_s << 400 << u"QUERY_TIME_OUT"_s;
        QTest::newRow("timestamp within 180 s") << u"skew ok"_s << 200 << QString();
    }

    void authErrors()
    {
        QFETCH(QString, variant);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        auto f = startSimulator();
        QVERIFY(f);
        SimTestClient &c = *f->client;
        const QByteArray path = servicePath + "/account/contact@mydomain.ovh";
        const QByteArray body = R"({"displayName":"Contact"})";
        const QByteArray url = c.url(path);
        QList<SimTestClient::Header> headers = c.signedHeaders("PUT", url, body);
        const auto replace = [&](const QByteArray &name, const QByteArray &value) {
            for (auto &h : headers)
                if (h.first == name)
                    h.second = value;
        };
        const auto remove = [&](const QByteArray &name) {
            headers.removeIf([&](const SimTestClient::Header &h) { return h.first == name; });
        };
        if (variant == u"none"_s)
            headers.clear();
        else if (variant == u"application"_s)
            replace("X-Ovh-Application", "unknown-application");
        else if (variant == u"no signature"_s)
            remove("X-Ovh-Signature");
        else if (variant == u"no consumer"_s)
            remove("X-Ovh-Consumer");
        else if (variant == u"text time"_s)
            replace("X-Ovh-Timestamp", "yesterday");
        if (variant == u"consumer"_s) {
            c.setConsumerKey(u"not-a-key"_s);
            headers = c.signedHeaders("PUT", url, body);
        } else if (variant == u"secret"_s) {
            c.setApplication(f->sim.options().applicationKey, u"wrong-secret"_s);
            headers = c.signedHeaders("PUT", url, body);
        } else if (variant == u"url"_s) {
            c.setSignedUrlOverride(c.url(servicePath + "/account/newsletter@mydomain.ovh"));
            headers = c.signedHeaders("PUT", url, body);
        } else if (variant == u"body"_s) {
            c.setSignedBodyOverride(R"({"displayName":"Other"})");
            headers = c.signedHeaders("PUT", url, body);
        } else if (variant == u"late"_s || variant == u"early"_s || variant == u"skew ok"_s) {
            c.setTimeOffset(variant == u"late"_s ? -200 : variant == u"early"_s ? 200 : -170);
            headers = c.signedHeaders("PUT", url, body);
        }
        const SimHttpResult r = c.send("PUT", url, body, headers);
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.body, QByteArray("null"));
            return;
        }
        QCOMPARE(r.errorCode(), errorCode);
        QVERIFY(
            r.object().value(u"httpCode"_s).toString().startsWith(QString::number(status) + u' '));
        QVERIFY(!r.message().isEmpty());
        QVERIFY(!r.header("X-Ovh-QueryId").isEmpty());
        // A refused call changes nothing.
        QCOMPARE(f->sim.world()
                     .account(SimWorld::guideService(), u"contact@mydomain.ovh"_s)
                     ->displayName,
                 u"Contact"_s);
    }

    void clientMustUseTheServerClock()
    {
        SimOptions options;
        options.clockOffsetSeconds = -1000;
        auto f = startSimulator(options);
        QVERIFY(f);
        QCOMPARE(f->call("GET", "/email/exchange").errorCode(), u"QUERY_TIME_OUT"_s);
        const qint64 server =
            f->client->send("GET", f->client->url("/auth/time")).body.toLongLong();
        f->client->setTimeOffset(server - QDateTime::currentSecsSinceEpoch());
        QCOMPARE(f->call("GET", "/email/exchange").status, 200);
    }

    void signatureCoversTheBytesSent()
    {
        auto f = startSimulator();
        QVERIFY(f);
        addPlusAccount(f->sim);
        // Literal + and @, then %-escapes, each signed over exactly what is sent.
        const QByteArray literal = servicePath + "/account/sales+eu@mydomain.ovh";
        const QByteArray escaped = servicePath + "/account/sales%2Beu%40mydomain.ovh";
        QCOMPARE(f->call("GET", literal).status, 200);
        QCOMPARE(f->call("GET", escaped).status, 200);
        QVERIFY(f->sim.requestLog().at(0).endsWith("/account/sales+eu@mydomain.ovh"));
        QVERIFY(f->sim.requestLog().at(1).endsWith("/account/sales%2Beu%40mydomain.ovh"));
        // Signing the decoded form while sending the escaped one must fail.
        f->client->setSignedUrlOverride(f->client->url(literal));
        QCOMPARE(f->call("GET", escaped).errorCode(), u"INVALID_SIGNATURE"_s);
        f->client->setSignedUrlOverride({});
        // The query string is part of the signed URL too.
        const SimHttpResult filtered =
            f->call("GET", servicePath + "/account?primaryEmailAddress=sales%2B%25");
        QCOMPARE(filtered.status, 200);
        QCOMPARE(filtered.array(), QJsonArray{u"sales+eu@mydomain.ovh"_s});
    }

    void signatureUsesTheRawRequestLine()
    {
        // QNetworkAccessManager normalizes escapes, so speak HTTP directly: a lower-case
        // escape must be checked as sent, not as QUrl would re-encode it.
        auto f = startSimulator();
        QVERIFY(f);
        addPlusAccount(f->sim);
        const QByteArray target = "/1.0" + servicePath + "/account/sales%2beu@mydomain.ovh";
        const QByteArray response = rawExchange(f->sim.port(), signedRawGet(f->sim, target));
        QVERIFY2(response.startsWith("HTTP/1.1 200 "), response.constData());
        QVERIFY(response.contains("\"primaryEmailAddress\":\"sales+eu@mydomain.ovh\""));
        QCOMPARE(f->sim.requestLog().last(), "GET " + target);
    }

    void framerKeepsRequestLines()
    {
        RequestFramer framer;
        framer.feed("POST /1.0/a%2b@b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab");
        QVERIFY(framer.hasLine());
        framer.feed("cde\r\nGET /1.0/next?q=%25 HTTP/1.1\r\nConnection: close\r\n");
        const RequestFramer::RequestLine first = framer.takeLine();
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.target, QByteArray("/1.0/a%2b@b"));
        QVERIFY(!framer.hasLine()); // the second head is not complete yet
        framer.feed("\r\n");
        QVERIFY(framer.hasLine());
        const RequestFramer::RequestLine second = framer.takeLine();
        QCOMPARE(second.target, QByteArray("/1.0/next?q=%25"));
        QVERIFY(second.connectionClose);
        framer.feed("PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        QVERIFY(framer.isBroken());
        QVERIFY(!framer.hasLine());
    }

    void consumerKeyFlow()
    {
        auto f = startSimulator();
        QVERIFY(f);
        const SimOptions &o = f->sim.options();
        const QByteArray request = credentialRequest(
            {{u"GET"_s, u"/email/exchange/*"_s}, {u"PUT"_s, u"/email/exchange/*/account/*"_s}},
            u"https://example.org/done"_s);
        SimHttpResult r = f->client->send("POST", f->client->url("/auth/credential"), request,
                                          {{"X-Ovh-Application", o.applicationKey.toUtf8()}});
        QCOMPARE(r.status, 200);
        const QString key = r.object().value(u"consumerKey"_s).toString();
        QVERIFY(key.size() >= 32);
        QCOMPARE(r.object().value(u"state"_s).toString(), u"pendingValidation"_s);
        const QUrl validationUrl(r.object().value(u"validationUrl"_s).toString());
        QCOMPARE(validationUrl.host(), u"127.0.0.1"_s);
        QCOMPARE(validationUrl.port(), int(f->sim.port()));

        f->client->setConsumerKey(key);
        const QByteArray services = "/email/exchange/private-zz111111-1/service";
        r = f->call("GET", services);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"NOT_CREDENTIAL"_s);

        QVERIFY(f->sim.validateCredential(key));
        QVERIFY(!f->sim.validateCredential(key)); // only once
        QCOMPARE(f->call("GET", services).status, 200);
        QCOMPARE(f->call("PUT", servicePath + "/account/contact@mydomain.ovh",
                         R"({"sendConnectorId":29})")
                     .status,
                 200);
        // Outside the rules: the bare /email/exchange and any POST or DELETE.
        QCOMPARE(f->call("GET", "/email/exchange").errorCode(), u"NOT_GRANTED_CALL"_s);
        r = f->call("POST", servicePath + "/sendConnector",
                    R"({"displayName":"x","smartHost":"h"})");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"NOT_GRANTED_CALL"_s);
        QCOMPARE(f->call("PUT", servicePath + "/sendConnector/29", R"({"port":25})").errorCode(),
                 u"NOT_GRANTED_CALL"_s);

        r = f->call("GET", "/auth/currentCredential");
        QCOMPARE(r.status, 200);
        const QJsonObject credential = r.object();
        QCOMPARE(credential.value(u"status"_s).toString(), u"validated"_s);
        QCOMPARE(credential.value(u"rules"_s).toArray().size(), 2);
        QCOMPARE(credential.value(u"rules"_s).toArray().at(0).toObject().value(u"path"_s),
                 u"/email/exchange/*"_s);
        QCOMPARE(credential.value(u"ovhSupport"_s), false);
        QVERIFY(credential.value(u"credentialId"_s).toInteger() > 0);
        QVERIFY(credential.value(u"applicationId"_s).toInteger() > 0);
        QVERIFY(credential.value(u"creation"_s).isString());
        QVERIFY(credential.value(u"lastUse"_s).isString());
        QVERIFY(credential.contains(u"expiration"_s));
    }

    void validationPageValidates()
    {
        auto f = startSimulator();
        QVERIFY(f);
        QSignalSpy validated(&f->sim, &Simulator::credentialValidated);
        SimHttpResult r = f->client->send(
            "POST", f->client->url("/auth/credential"), credentialRequest({{u"GET"_s, u"/*"_s}}),
            {{"X-Ovh-Application", f->sim.options().applicationKey.toUtf8()}});
        const QString key = r.object().value(u"consumerKey"_s).toString();
        const QByteArray validationUrl = r.object().value(u"validationUrl"_s).toString().toUtf8();
        QVERIFY(validationUrl.contains("/auth/?credentialToken="));
        f->client->setConsumerKey(key);
        QCOMPARE(f->call("GET", "/email/exchange").errorCode(), u"NOT_CREDENTIAL"_s);

        r = f->client->send("GET", validationUrl);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QCOMPARE(validated.size(), 1);
        QCOMPARE(validated.first().first().toString(), key);
        QCOMPARE(f->call("GET", "/email/exchange").status, 200);
        QCOMPARE(f->client->send("GET", f->client->url("/auth/credential")).status, 404);
        QCOMPARE(
            f->client->send("GET", f->sim.rootUrl().toEncoded() + "/auth/?credentialToken=nope")
                .status,
            404);
    }

    void credentialRequestsAreChecked()
    {
        auto f = startSimulator();
        QVERIFY(f);
        const QByteArray url = f->client->url("/auth/credential");
        const QByteArray rules = credentialRequest({{u"GET"_s, u"/*"_s}});
        SimHttpResult r = f->client->send("POST", url, rules, {{"X-Ovh-Application", "nope"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"INVALID_KEY"_s);
        QCOMPARE(f->client->send("POST", url, rules).errorCode(), u"NOT_AUTHENTICATED"_s);
        const QByteArray ak = f->sim.options().applicationKey.toUtf8();
        r = f->client->send("POST", url, credentialRequest({{u"FETCH"_s, u"/*"_s}}),
                            {{"X-Ovh-Application", ak}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(u"accessRules"_s));
        QCOMPARE(f->client->send("POST", url, "{", {{"X-Ovh-Application", ak}}).status, 400);
    }

    void accessRuleWildcards_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("granted");
        QTest::newRow("everything") << u"/*"_s << u"/email/exchange"_s << true;
        QTest::newRow("below") << u"/email/exchange/*"_s << u"/email/exchange/a/service"_s << true;
        QTest::newRow("not the parent") << u"/email/exchange/*"_s << u"/email/exchange"_s << false;
        QTest::newRow("middle") << u"/email/exchange/*/account/*"_s
                                << u"/email/exchange/o/service/s/account/a@b"_s << true;
        QTest::newRow("middle miss") << u"/email/exchange/*/account/*"_s
                                     << u"/email/exchange/o/service/s/domain/d"_s << false;
        QTest::newRow("exact") << u"/me"_s << u"/me"_s << true;
        QTest::newRow("exact miss") << u"/me"_s << u"/me/bill"_s << false;
        QTest::newRow("dot is literal") << u"/a.b"_s << u"/aXb"_s << false;
    }

    void accessRuleWildcards()
    {
        QFETCH(QString, rule);
        QFETCH(QString, path);
        QFETCH(bool, granted);
        QCOMPARE((AccessRule{u"GET"_s, rule}.matches(u"GET"_s, path)), granted);
        QVERIFY(!(AccessRule{u"POST"_s, rule}.matches(u"GET"_s, path)));
    }
};

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_simauth.moc"
