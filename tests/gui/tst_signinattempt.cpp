// SignInAttempt on its own, against the in-process simulator over loopback HTTP: keys that
// work are saved, refused keys are not, and a keychain that fails leads to the memory store.
#include "Endpoint.h"
#include "MemorySecretStore.h"
#include "ProfileVault.h"
#include "SignInAttempt.h"
#include "Simulator.h"
#include "UnavailableStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 15'000;

bool received(QSignalSpy &spy)
{
    return !spy.isEmpty() || QTest::qWaitFor([&] { return !spy.isEmpty(); }, Timeout);
}
} // namespace

class TestSignInAttempt : public QObject
{
    Q_OBJECT

    std::unique_ptr<Simulator> m_sim;
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;

    Endpoint simulatorEndpoint() const
    {
        QString error;
        const std::optional<Endpoint> endpoint =
            Endpoint::resolve(m_sim->baseUrl().toString(), &error);
        if (!endpoint)
            qFatal("no endpoint: %s", qPrintable(error));
        return *endpoint;
    }

    Credentials demoKeys() const
    {
        Credentials keys;
        keys.applicationKey = m_sim->options().applicationKey;
        keys.applicationSecret = m_sim->options().applicationSecret;
        keys.consumerKey = m_sim->options().consumerKey;
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smarthost-tests"_s);
        QCoreApplication::setApplicationName(u"tst_signinattempt"_s);
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            if (qEnvironmentVariableIsEmpty(variable))
                qputenv(variable, QFile::encodeName(m_home.path() + u'/' +
                                                    QString::fromLatin1(variable).toLower()));
    }

    void init()
    {
        QSettings().clear();
        m_sim = std::make_unique<Simulator>(SimOptions());
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
    }

    void cleanup() { m_sim.reset(); }

    void workingKeysAreSaved()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        SignInAttempt attempt(&m_network, &vault, &store);
        QSignalSpy testing(&attempt, &SignInAttempt::testing);
        QSignalSpy saving(&attempt, &SignInAttempt::saving);
        QSignalSpy saved(&attempt, &SignInAttempt::saved);
        QSignalSpy failed(&attempt, &SignInAttempt::failed);
        attempt.test(simulatorEndpoint(), demoKeys(), u"customer"_s, false);
        QVERIFY2(received(saved),
                 qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).toString()));
        QCOMPARE(testing.size(), 1);
        QCOMPARE(saving.size(), 1);
        QVERIFY(failed.isEmpty());
        const auto credentials = saved.at(0).at(0).value<Credentials>();
        QCOMPARE(credentials.consumerKey, demoKeys().consumerKey);
        QCOMPARE(credentials.endpoint, simulatorEndpoint().name);
        QCOMPARE(saved.at(0).at(1).toString(), u"customer"_s);
        QCOMPARE(saved.at(0).at(2).toBool(), false);
        QVERIFY(vault.hasProfile(u"customer"_s));
        QCOMPARE(vault.lastUsedProfile(), u"customer"_s);
    }

    void refusedKeysAreNotSaved()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        SignInAttempt attempt(&m_network, &vault, &store);
        QSignalSpy saved(&attempt, &SignInAttempt::saved);
        QSignalSpy failed(&attempt, &SignInAttempt::failed);
        Credentials keys = demoKeys();
        keys.applicationSecret = u"wrong-secret"_s;
        attempt.test(simulatorEndpoint(), keys, u"customer"_s, false);
        QVERIFY(received(failed));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(saved.isEmpty());
        QVERIFY(!vault.hasProfile(u"customer"_s));
    }

    void failingKeychainLeadsToMemory()
    {
        UnavailableStore keychain;
        ProfileVault vault(&keychain);
        MemorySecretStore session;
        SignInAttempt attempt(&m_network, &vault, &keychain);
        attempt.setSessionStore(&session);
        QSignalSpy keychainFailed(&attempt, &SignInAttempt::keychainFailed);
        QSignalSpy saved(&attempt, &SignInAttempt::saved);
        attempt.saveInMemory(); // nothing asked yet: ignored
        attempt.test(simulatorEndpoint(), demoKeys(), u"offline"_s, false);
        QVERIFY(received(keychainFailed));
        QVERIFY(keychainFailed.at(0).at(0).toString().contains(u"No keychain service available"_s));
        QVERIFY(saved.isEmpty());

        attempt.saveInMemory();
        QVERIFY(received(saved));
        QCOMPARE(saved.at(0).at(1).toString(), u"offline"_s);
        QCOMPARE(saved.at(0).at(2).toBool(), true);
        std::optional<SecretResult> kept;
        session.read(ProfileVault::secretKey(u"offline"_s), this,
                     [&](const SecretResult &result) { kept = result; });
        QVERIFY(QTest::qWaitFor([&] { return kept.has_value(); }, Timeout));
        QVERIFY(kept->ok());
        const QJsonObject secrets = QJsonDocument::fromJson(kept->data).object();
        QCOMPARE(secrets.value(u"consumerKey"_s).toString(), demoKeys().consumerKey);
    }

    void givingUpReturnsTheTestedKeys()
    {
        UnavailableStore keychain;
        ProfileVault vault(&keychain);
        SignInAttempt attempt(&m_network, &vault, &keychain);
        QSignalSpy keychainFailed(&attempt, &SignInAttempt::keychainFailed);
        attempt.test(simulatorEndpoint(), demoKeys(), u"later"_s, false);
        QVERIFY(received(keychainFailed));
        QCOMPARE(attempt.profileName(), u"later"_s);
        const Credentials tested = attempt.giveUpSaving();
        QCOMPARE(tested.applicationSecret, demoKeys().applicationSecret);
        QCOMPARE(tested.endpoint, simulatorEndpoint().name);
        QVERIFY(attempt.giveUpSaving().applicationSecret.isEmpty()); // only once
    }
};

QTEST_GUILESS_MAIN(TestSignInAttempt)
#include "tst_signinattempt.moc"
