// TLS errors on the API's connection are never ignored: a server whose certificate is not
// trusted, has expired or names another host gets no request at all (the signed headers never
// leave the client), and the call fails with a network error that says why. A control case
// trusts the test authority and reaches the same server, so the test can fail.
#include "ExchangeApi.h"
#include "OvhClient.h"
#include "TestCertificates.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// An HTTPS server on loopback that answers GET /1.0/auth/time with the time and anything
// else with `[]`, and counts the requests it could read.
class TinyHttpsServer : public QObject
{
public:
    TinyHttpsServer(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return u"https://127.0.0.1:%1/1.0"_s.arg(m_server.serverPort()); }
    int requests() const { return m_requests; }

private:
    void answer(QTcpSocket *socket)
    {
        m_buffer[socket] += socket->readAll();
        if (!m_buffer[socket].contains("\r\n\r\n"))
            return;
        const QByteArray request = m_buffer.take(socket);
        ++m_requests;
        const QByteArray body = request.startsWith("GET /1.0/auth/time ")
                                    ? QByteArray::number(QDateTime::currentSecsSinceEpoch())
                                    : QByteArray("[]");
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Ovh-QueryId: "
                      "tls-test\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    int m_requests = 0;
};

Credentials credentialsFor(const QString &url)
{
    Credentials c;
    c.endpoint = url;
    c.applicationKey = u"tls-test-key"_s;
    c.applicationSecret = u"tls-test-secret"_s;
    c.consumerKey = u"tls-test-consumer"_s;
    return c;
}

ApiResult<QStringList> organizations(const QString &url, const QList<QSslCertificate> &extraCas)
{
    QString error;
    const auto endpoint = Endpoint::resolve(url, &error);
    if (!endpoint)
        return ApiResult<QStringList>::failure(ApiError::make(ApiError::Kind::Usage, error));
    QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    if (!extraCas.isEmpty()) {
        QSslConfiguration trusting = saved;
        trusting.addCaCertificates(extraCas);
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    QNetworkAccessManager network;
    OvhClient client(&network, *endpoint, credentialsFor(url));
    OvhClient::Limits limits;
    limits.transferTimeoutMs = 5000;
    limits.deadlineMs = 15000;
    limits.retryBaseDelayMs = 20;
    client.setLimits(limits);
    ExchangeApi api(&client);
    std::optional<ApiResult<QStringList>> result;
    api.organizations(&client, [&](const ApiResult<QStringList> &r) { result = r; });
    const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, 30000);
    QSslConfiguration::setDefaultConfiguration(saved);
    if (!answered)
        return ApiResult<QStringList>::failure(
            ApiError::make(ApiError::Kind::Timeout, u"test timed out"_s));
    return *result;
}
} // namespace

class TestTlsErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QString error;
        QVERIFY2(m_certificates.generate(&error), qPrintable(error));
    }

    void untrustedServersGetNoRequest_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("trustAuthority");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown authority")
            << int(TestCertificates::Kind::Localhost) << false << u"certificate"_s;
        QTest::newRow("expired") << int(TestCertificates::Kind::Expired) << true << u"expired"_s;
        QTest::newRow("other host name")
            << int(TestCertificates::Kind::OtherName) << true << u"host name"_s;
    }

    void untrustedServersGetNoRequest()
    {
        QFETCH(int, kind);
        QFETCH(bool, trustAuthority);
        QFETCH(QString, why);
        const auto k = TestCertificates::Kind(kind);
        TinyHttpsServer server(m_certificates.certificate(k), m_certificates.key(k));
        QList<QSslCertificate> cas;
        if (trustAuthority)
            cas << m_certificates.authority();
        const ApiResult<QStringList> result = organizations(server.url(), cas);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QVERIFY2(result.error.message.contains(why, Qt::CaseInsensitive),
                 qPrintable(result.error.message));
        QCOMPARE(server.requests(), 0);
        qInfo("%s", qPrintable(result.error.toText()));
    }

    // The control: the same server with the authority trusted answers, so the refusals above
    // come from the certificates and not from a broken server.
    void trustedServerIsReached()
    {
        const auto k = TestCertificates::Kind::Localhost;
        TinyHttpsServer server(m_certificates.certificate(k), m_certificates.key(k));
        const ApiResult<QStringList> result =
            organizations(server.url(), {m_certificates.authority()});
        QVERIFY2(result.ok(), qPrintable(result.error.toText()));
        QVERIFY(server.requests() >= 2); // the time, then the call
    }

private:
    TestCertificates m_certificates;
};

QTEST_GUILESS_MAIN(TestTlsErrors)
#include "tst_tlserrors.moc"
