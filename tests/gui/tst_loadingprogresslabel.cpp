// The status bar's loading progress: "3,000 / 10,000 accounts" in the user's locale while a
// large service loads, hidden before and after.
#include "SimFixture.h"

#include "CollectionReader.h"
#include "LoadingProgressLabel.h"
#include "MainWindow.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "Translations.h"

#include <QLocale>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLoadingProgressLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en"))); // English plural forms
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void textUsesTheLocale()
    {
        QCOMPARE(LoadingProgressLabel::progressText(3000, 10000), u"3,000 / 10,000 accounts"_s);
        QCOMPARE(LoadingProgressLabel::progressText(0, 1), u"0 / 1 account"_s);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QString french = LoadingProgressLabel::progressText(3000, 10000);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(french.startsWith(u"3\u202f000"_s) || french.startsWith(u"3\u00a0000"_s),
                 qPrintable(french));
    }

    void followsTheLoadInTheStatusBar()
    {
        SimOptions options = SimFixture::fastOptions();
        options.extraAccounts = 1998;
        SimFixture fx(options);
        fx.simulator.setPagesEnabled(false); // batches of 50: many steps
        fx.simulator.setLatency(5);
        Workspace workspace(fx.api.get());
        MainWindow window(&workspace, {u"sim"_s, u"test"_s, true});
        window.setPersistent(false);
        auto *label = window.statusBar()->findChild<LoadingProgressLabel *>();
        QVERIFY(label);
        window.show();
        QVERIFY(label->isHidden());
        ServiceCatalog *catalog = workspace.catalog();
        catalog->load();
        QTRY_COMPARE_WITH_TIMEOUT(catalog->loadState(), LoadState::Loaded, 15000);
        ServiceStore *store = catalog->store(fx.guide());
        QStringList texts;
        connect(store, &ServiceStore::accountsProgress, this, [&] {
            if (!texts.contains(label->text()))
                texts << label->text();
            QVERIFY(label->isVisible());
        });
        store->load();
        QTRY_COMPARE_WITH_TIMEOUT(store->loadState(), LoadState::Loaded, 30000);
        QVERIFY2(texts.size() >= 3, qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(u"2,000 / 2,000 accounts"_s));
        QVERIFY(texts.first().endsWith(u" / 2,000 accounts"_s));
        QTRY_VERIFY(label->isHidden());
    }
};

QTEST_MAIN(TestLoadingProgressLabel)
#include "tst_loadingprogresslabel.moc"
