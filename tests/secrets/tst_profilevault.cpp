#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "ProfileVault.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileVault : public QObject
{
    Q_OBJECT

    template<typename Call> void wait(Call call)
    {
        bool done = false;
        call([&] { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    }

    void roundTrip(SecretStore *store)
    {
        ProfileVault vault(store);
        Credentials saved;
        saved.endpoint = u"ovh-eu"_s;
        saved.applicationKey = u"AK-visible"_s;
        saved.applicationSecret = u"AS-very-secret-4711"_s;
        saved.consumerKey = u"CK-very-secret-0815"_s;
        SecretResult result;
        wait([&](auto finish) {
            vault.save(u"Customer A"_s, saved, this, [&, finish](const SecretResult &r) {
                result = r;
                finish();
            });
        });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(vault.profileNames().contains(u"Customer A"_s));

        Credentials loaded;
        wait([&](auto finish) {
            vault.load(u"Customer A"_s, this,
                       [&, finish](const Credentials &c, const SecretResult &r) {
                           loaded = c;
                           result = r;
                           finish();
                       });
        });
        QVERIFY(result.ok());
        QCOMPARE(loaded, saved);

        // No secret in any settings file.
        QSettings().sync();
        const QString configDir =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDirIterator it(configDir, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            QVERIFY2(!content.contains("very-secret"), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0);

        wait([&](auto finish) {
            vault.remove(u"Customer A"_s, this, [&, finish](const SecretResult &r) {
                result = r;
                finish();
            });
        });
        QVERIFY(result.ok());
        QVERIFY(!vault.hasProfile(u"Customer A"_s));
        wait([&](auto finish) {
            vault.load(u"Customer A"_s, this,
                       [&, finish](const Credentials &, const SecretResult &r) {
                           result = r;
                           finish();
                       });
        });
        QCOMPARE(result.status, SecretResult::Status::NotFound);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smarthost-tests"_s);
        QCoreApplication::setApplicationName(u"tst_profilevault"_s);
    }

    void memoryStore()
    {
        MemorySecretStore store;
        roundTrip(&store);
    }

    void systemKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through `make test`");
        KeychainSecretStore store;
        roundTrip(&store);
    }
};

QTEST_GUILESS_MAIN(TestProfileVault)
#include "tst_profilevault.moc"
