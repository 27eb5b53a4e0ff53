// Runs against the real Secret Service that `make test` starts (gnome-keyring in a private
// D-Bus session). Without one, the store must say Unavailable — never fall back to a file.
#include "KeychainSecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestKeychainStore : public QObject
{
    Q_OBJECT

    SecretResult run(const std::function<void(SecretHandler)> &call)
    {
        SecretResult out;
        bool done = false;
        call([&](const SecretResult &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("secret store did not answer");
        return out;
    }

    bool m_available = false;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        m_available = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        m_key = u"test/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void saveLoadOverwriteDelete()
    {
        if (!m_available)
            QSKIP("no D-Bus session: run through `make test`");
        KeychainSecretStore store;
        const QByteArray secret = "s3cr3t-" + QUuid::createUuid().toByteArray();

        SecretResult r = run([&](SecretHandler h) { store.write(m_key, secret, this, h); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        r = run([&](SecretHandler h) { store.read(m_key, this, h); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.data, secret);

        // The secret really is in the Secret Service, as another program sees it.
        QProcess tool;
        tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"smarthost"_s});
        QVERIFY2(tool.waitForStarted(5000), "secret-tool (libsecret-tools) is missing");
        {
            tool.waitForFinished(10000);
            // QtKeychain's libsecret schema: attribute "server" = service, "user" = key.
            const QByteArray listing = tool.readAllStandardOutput() + tool.readAllStandardError();
            QVERIFY2(listing.contains(m_key.toUtf8()), listing.constData());
        }

        r = run([&](SecretHandler h) { store.write(m_key, "second", this, h); });
        QVERIFY(r.ok());
        r = run([&](SecretHandler h) { store.read(m_key, this, h); });
        QCOMPARE(r.data, QByteArray("second"));

        r = run([&](SecretHandler h) { store.remove(m_key, this, h); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        r = run([&](SecretHandler h) { store.read(m_key, this, h); });
        QCOMPARE(r.status, SecretResult::Status::NotFound);
    }

    void noServiceMeansUnavailable()
    {
        // Point D-Bus at nothing: the keychain cannot answer, and says so.
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        env.insert(u"SMARTHOST_KEYCHAIN_PROBE"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"childReadsWithoutService"_s});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAllStandardOutput();
        QVERIFY2(out.contains("PASS   : TestKeychainStore::childReadsWithoutService"),
                 out.constData());
        Q_UNUSED(saved);
    }

    void childReadsWithoutService()
    {
        if (qEnvironmentVariableIsEmpty("SMARTHOST_KEYCHAIN_PROBE"))
            QSKIP("runs only as the child of noServiceMeansUnavailable");
        KeychainSecretStore store;
        const SecretResult r = run([&](SecretHandler h) { store.read(u"anything"_s, this, h); });
        QCOMPARE(r.status, SecretResult::Status::Unavailable);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
