// OAuth2 service accounts: the client-credentials token endpoint, bearer tokens instead of
// signatures, and token expiry.
#include "SimFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSimOAuth2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oauth2TokenAuthenticates()
    {
        auto f = startSimulator();
        QVERIFY(f);
        const SimOptions &o = f->sim.options();
        const QByteArray tokenUrl = f->sim.tokenUrl().toEncoded();
        const QList<SimTestClient::Header> form{
            {"Content-Type", "application/x-www-form-urlencoded"}};
        const QByteArray credentials = "client_id=" + o.oauth2ClientId.toUtf8() +
                                       "&client_secret=" + o.oauth2ClientSecret.toUtf8();
        SimHttpResult r = f->client->send(
            "POST", tokenUrl, "grant_type=client_credentials&" + credentials + "&scope=all", form);
        QCOMPARE(r.status, 200);
        const QByteArray token = r.object().value(u"access_token"_s).toString().toUtf8();
        QVERIFY(!token.isEmpty());
        QCOMPARE(r.object().value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(r.object().value(u"expires_in"_s).toInt(), o.oauth2TokenLifetimeSeconds);

        const QByteArray exchange = f->client->url("/email/exchange");
        r = f->client->send("GET", exchange, {}, {{"Authorization", "Bearer " + token}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array(), QJsonArray{u"private-zz111111-1"_s});
        r = f->client->send("GET", f->client->url("/auth/currentCredential"), {},
                            {{"Authorization", "Bearer " + token}});
        QCOMPARE(r.object().value(u"status"_s).toString(), u"validated"_s);
        r = f->client->send("GET", exchange, {}, {{"Authorization", "Bearer made-up"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"INVALID_CREDENTIAL"_s);

        // Client errors, RFC 6749 style.
        r = f->client->send("POST", tokenUrl,
                            "grant_type=client_credentials&client_id=" + o.oauth2ClientId.toUtf8() +
                                "&client_secret=wrong",
                            form);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_client"_s);
        r = f->client->send("POST", tokenUrl, "grant_type=password&" + credentials, form);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"unsupported_grant_type"_s);
        // HTTP Basic client authentication and the /1.0 alias work too.
        const QByteArray basic =
            (o.oauth2ClientId + u':' + o.oauth2ClientSecret).toUtf8().toBase64();
        r = f->client->send("POST", f->client->url("/auth/oauth2/token"),
                            "grant_type=client_credentials",
                            {form.first(), {"Authorization", "Basic " + basic}});
        QCOMPARE(r.status, 200);
    }

    void oauth2TokensExpire()
    {
        auto f = startSimulator();
        QVERIFY(f);
        f->sim.setOAuth2TokenLifetime(1);
        const SimOptions &o = f->sim.options();
        const auto newToken = [&] {
            const SimHttpResult r = f->client->send(
                "POST", f->sim.tokenUrl().toEncoded(),
                "grant_type=client_credentials&client_id=" + o.oauth2ClientId.toUtf8() +
                    "&client_secret=" + o.oauth2ClientSecret.toUtf8(),
                {{"Content-Type", "application/x-www-form-urlencoded"}});
            return r.object().value(u"access_token"_s).toString().toUtf8();
        };
        const QByteArray exchange = f->client->url("/email/exchange");
        const auto statusWith = [&](const QByteArray &token) {
            return f->client->send("GET", exchange, {}, {{"Authorization", "Bearer " + token}})
                .status;
        };
        const QByteArray shortLived = newToken();
        QCOMPARE(statusWith(shortLived), 200);
        QTRY_COMPARE_WITH_TIMEOUT(statusWith(shortLived), 401, 3000);
        const SimHttpResult expired =
            f->client->send("GET", exchange, {}, {{"Authorization", "Bearer " + shortLived}});
        QCOMPARE(expired.errorCode(), u"INVALID_CREDENTIAL"_s);
        QVERIFY(expired.message().contains(u"expired"_s));
        QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));

        f->sim.setOAuth2TokenLifetime(3600);
        const QByteArray renewed = newToken();
        QCOMPARE(statusWith(renewed), 200);
        f->sim.expireOAuth2Tokens();
        QCOMPARE(statusWith(renewed), 401);
    }
};

QTEST_GUILESS_MAIN(TestSimOAuth2)
#include "tst_simoauth2.moc"
