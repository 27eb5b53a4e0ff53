#include "OvhConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOvhConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write fixture");
        return path;
    }

private Q_SLOTS:
    void precedence()
    {
        const QString local = write(u"local.conf"_s, "[default]\nendpoint=ovh-ca\n[ovh-ca]\n"
                                                     "application_key=local-ak\n");
        const QString home = write(u"home.conf"_s, "[ovh-ca]\napplication_key=home-ak\n"
                                                   "application_secret=home-as\n");
        const QString etc =
            write(u"etc.conf"_s, "[default]\nendpoint=ovh-eu\n[ovh-ca]\n"
                                 "application_secret=etc-as\nconsumer_key=etc-ck\n");
        OvhConfigResolver resolver;
        resolver.setSearchPaths({local, home, etc});
        QProcessEnvironment env;
        resolver.setEnvironment(env);
        QString error;
        auto c = resolver.resolve(QString(), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->endpoint, u"ovh-ca"_s);
        QCOMPARE(c->applicationKey, u"local-ak"_s);
        QCOMPARE(c->applicationSecret, u"home-as"_s);
        QCOMPARE(c->consumerKey, u"etc-ck"_s);

        env.insert(u"OVH_CONSUMER_KEY"_s, u"env-ck"_s);
        resolver.setEnvironment(env);
        c = resolver.resolve(QString(), &error);
        QCOMPARE(c->consumerKey, u"env-ck"_s);
        QCOMPARE(c->applicationKey, u"local-ak"_s);

        // --endpoint overrides the configured one and picks that section.
        c = resolver.resolve(u"ovh-eu"_s, &error);
        QCOMPARE(c->endpoint, u"ovh-eu"_s);
        QVERIFY(c->applicationKey.isEmpty());
    }

    // A saved profile under OVH_* variables and ovh.conf: each non-empty value wins, key by key.
    void configOverridesAProfileKeyByKey()
    {
        Credentials saved;
        saved.endpoint = QStringLiteral("ovh-ca");
        saved.applicationKey = QStringLiteral("saved-ak");
        saved.applicationSecret = QStringLiteral("saved-as");
        saved.consumerKey = QStringLiteral("saved-ck");
        Credentials config;
        config.consumerKey = QStringLiteral("env-ck");
        config.endpoint = QStringLiteral("ovh-eu");
        const Credentials merged = saved.overriddenBy(config);
        QCOMPARE(merged.endpoint, QStringLiteral("ovh-eu"));
        QCOMPARE(merged.applicationKey, QStringLiteral("saved-ak"));
        QCOMPARE(merged.applicationSecret, QStringLiteral("saved-as"));
        QCOMPARE(merged.consumerKey, QStringLiteral("env-ck"));
        QVERIFY(merged.clientId.isEmpty());
        QCOMPARE(saved.overriddenBy(Credentials()), saved);
    }

    void missingFilesAreFine()
    {
        OvhConfigResolver resolver;
        resolver.setSearchPaths({m_dir.filePath(u"nope.conf"_s)});
        resolver.setEnvironment({});
        QString error;
        const auto c = resolver.resolve(QString(), &error);
        QVERIFY(c);
        QVERIFY(!c->hasSignedKeys());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no separator") << QByteArray("[default]\nendpoint ovh-eu\n") << u":2:"_s;
        QTest::newRow("before section") << QByteArray("# c\nendpoint=ovh-eu\n") << u":2:"_s;
        QTest::newRow("broken header") << QByteArray("[default\n") << u":1:"_s;
        QTest::newRow("binary") << QByteArray("[a]\nk=v\n\0\n", 9) << u":3:"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString path = write(u"bad.conf"_s, text);
        OvhConfigResolver resolver;
        resolver.setSearchPaths({path});
        QString error;
        QVERIFY(!resolver.resolve(QString(), &error));
        QVERIFY2(error.startsWith(path + expected), qPrintable(error));
    }

    void commentsContinuationAndColon()
    {
        QString error;
        const auto f = OvhConfigFile::parse("; top\n[ovh-eu]\nApplication_Key : ak\r\n"
                                            "consumer_key=a\n  b\n",
                                            u"x"_s, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->value(u"ovh-eu"_s, u"application_key"_s), u"ak"_s);
        QCOMPARE(f->value(u"ovh-eu"_s, u"consumer_key"_s), u"a\nb"_s);
    }

    void mixedSchemesRefused()
    {
        const QString path = write(u"mixed.conf"_s, "[default]\nendpoint=ovh-eu\n[ovh-eu]\n"
                                                    "application_key=a\nclient_id=c\n");
        OvhConfigResolver resolver;
        resolver.setSearchPaths({path});
        resolver.setEnvironment({});
        QString error;
        QVERIFY(!resolver.resolve(QString(), &error));
        QVERIFY(error.contains(u"ovh-eu"_s));
    }
};

QTEST_GUILESS_MAIN(TestOvhConfig)
#include "tst_ovhconfig.moc"
