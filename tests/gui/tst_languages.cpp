// The five languages on every screen: for en, fr, pt, it and es, the main window on the
// simulator, the connector and authentication dialogs, each way of the sign-in dialog and the
// header viewer with the demo sample must show translated texts that fit their widgets (no
// elided or cut label, button, group box title, tab or column header). And View → Language
// switches a running window at once and is remembered across restarts.
#include "ClippingCheck.h"
#include "SimFixture.h"

#include "AccountBinder.h"
#include "AttachJob.h"
#include "AuthenticationDialog.h"
#include "ConnectorController.h"
#include "ConnectorDialog.h"
#include "HeaderViewerPane.h"
#include "LanguageMenu.h"
#include "LaunchOptions.h"
#include "Launcher.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileVault.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "SignInDialog.h"
#include "Translations.h"
#include "WindowActions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ClippingCheck::clippedWidgets;

namespace {
constexpr int Timeout = 15'000;

QString fileMenuTitle(QMainWindow *window)
{
    return window->menuBar()->actions().value(0) ? window->menuBar()->actions().value(0)->text()
                                                 : QString();
}

// Not "&File": Italian says "File" too.
QString viewMenuTitle(MainWindow *window)
{
    return window->windowActions()->viewMenu()->title();
}

// Saves what the test looked at when SMARTHOST_SCREENSHOT_DIR is set.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SMARTHOST_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(dir + u"/lang-"_s + name + u".png"_s);
}

// Fails with the list of widgets whose text is cut.
#define VERIFY_NOTHING_CLIPPED(widget, what)                                                       \
    do {                                                                                           \
        const QStringList clipped = clippedWidgets(widget);                                        \
        QVERIFY2(clipped.isEmpty(),                                                                \
                 qPrintable(u"%1 in %2: "_s.arg(what, Translations::current()) +                   \
                            clipped.join(u"; "_s)));                                               \
    } while (false)
} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void mainWindowFits_data();
    void mainWindowFits();
    void signInDialogFits_data();
    void signInDialogFits();
    void switchingAtRuntimeRetranslates();
    void startupLanguageOrder();

private:
    void addLanguages();
    QTemporaryDir m_home;
};

void TestLanguages::initTestCase()
{
    QVERIFY(m_home.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
    QCoreApplication::setOrganizationName(u"smarthost"_s);
    QCoreApplication::setApplicationName(u"smarthost-languages-test"_s);
}

void TestLanguages::cleanup()
{
    Translations::install(u"en"_s);
    QSettings().remove(u"language"_s);
}

void TestLanguages::addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestLanguages::mainWindowFits_data()
{
    addLanguages();
}

void TestLanguages::mainWindowFits()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    SimFixture fx;
    MainWindow window(fx.workspace.get(), {u"simulator at test"_s, u"test-profile"_s, true});
    window.setPersistent(false);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentConnector(), ConnectorId(29), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentStore()->loadState() == LoadState::Loaded, Timeout);
    QTest::qWait(50); // laid out

    // Translated, not only fitting.
    const QString view = viewMenuTitle(&window);
    const QString group =
        window.treeModel()->groupIndex(fx.guide(), NodeKind::ConnectorGroup).data().toString();
    if (language == u"en"_s) {
        QCOMPARE(view, u"&View"_s);
        QCOMPARE(group, u"Send connectors"_s);
    } else {
        QVERIFY2(view != u"&View"_s, qPrintable(view));
        QVERIFY2(group != u"Send connectors"_s, qPrintable(group));
        // Qt's own strings too (qtbase_xx): a standard button.
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel"_s);
    }
    if (language == u"fr"_s) {
        QCOMPARE(fileMenuTitle(&window), u"&Fichier"_s);
        QCOMPARE(group, u"Connecteurs d'envoi"_s);
    }
    VERIFY_NOTHING_CLIPPED(&window, u"main window"_s);
    shoot(&window, u"main-"_s + language);

    // The header viewer, raised and tall, with the demo sample checked against the connector.
    auto *dock = window.findChild<QDockWidget *>(u"headerDock"_s);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    window.resizeDocks({dock}, {int(window.height() * 0.55)}, Qt::Vertical);
    HeaderViewerPane *pane = window.headerViewer();
    QTRY_COMPARE_WITH_TIMEOUT(pane->relayConnector().smartHost, u"smtp-relay.example.com"_s,
                              Timeout);
    pane->analyse();
    QVERIFY(pane->report().verdict.routed.has_value());
    QTest::qWait(50);
    QVERIFY(pane->isVisible());
    VERIFY_NOTHING_CLIPPED(dock, u"header viewer"_s);
    shoot(&window, u"header-viewer-"_s + language);

    // The dialogs on the guide's connector.
    ConnectorController *controller = window.controller();
    const ServiceRef ref = window.currentStore()->ref();
    {
        QPointer<ConnectorDialog> dialog = controller->newConnector(ref);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        VERIFY_NOTHING_CLIPPED(dialog, u"New Connector"_s);
        shoot(dialog, u"new-connector-"_s + language);
        dialog->reject();
    }
    {
        QPointer<ConnectorDialog> dialog = controller->editConnector(ref, ConnectorId(29));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        VERIFY_NOTHING_CLIPPED(dialog, u"Edit Connector"_s);
        shoot(dialog, u"edit-connector-"_s + language);
        dialog->reject();
    }
    {
        QPointer<AuthenticationDialog> dialog =
            controller->changeAuthentication(ref, ConnectorId(29));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        VERIFY_NOTHING_CLIPPED(dialog, u"Change Authentication"_s);
        shoot(dialog, u"change-authentication-"_s + language);
        dialog->reject();
    }
}

void TestLanguages::signInDialogFits_data()
{
    addLanguages();
}

void TestLanguages::signInDialogFits()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    MemorySecretStore store;
    ProfileVault vault(&store);
    SignInDialog dialog(nullptr, &vault, &store);
    dialog.setReason(Launcher::tr("Smarthost found no OVHcloud credentials."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (language != u"en"_s)
        QVERIFY2(dialog.windowTitle() != u"Sign In to OVHcloud"_s &&
                     !dialog.windowTitle().isEmpty(),
                 qPrintable(dialog.windowTitle()));
    const QMetaEnum ways = QMetaEnum::fromType<SignInDialog::Way>();
    for (int i = 0; i < ways.keyCount(); ++i) {
        const QString way = QString::fromLatin1(ways.key(i));
        dialog.setWay(SignInDialog::Way(ways.value(i)));
        QTest::qWait(20);
        dialog.adjustSize();
        QTest::qWait(20);
        VERIFY_NOTHING_CLIPPED(&dialog, u"sign-in dialog (%1)"_s.arg(way));
        shoot(&dialog, u"signin-%1-%2"_s.arg(way, language));
    }
}

void TestLanguages::switchingAtRuntimeRetranslates()
{
    LaunchOptions options;
    options.demo = true;
    options.demoAccounts = 2;
    QVERIFY(Translations::install(LanguageMenu::startupLanguage(u"en"_s)));
    {
        Launcher launcher(options);
        launcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!launcher.window()->currentConnector().isNull(), Timeout);
        QPointer<MainWindow> before = launcher.window();
        const ServiceRef ref = before->currentStore()->ref();
        // Not the default view's choice (the connector): the service, its state saved.
        before->treeView()->setCurrentIndex(before->treeModel()->serviceIndex(ref));
        QVERIFY(before->currentConnector().isNull());
        QCOMPARE(fileMenuTitle(before), u"&File"_s);

        auto *menu = before->findChild<LanguageMenu *>();
        QVERIFY(menu);
        QVERIFY(before->windowActions()->viewMenu()->actions().contains(menu->menuAction()));
        QVERIFY(menu->actionFor(QString())->isChecked()); // nothing saved: the system's
        QCOMPARE(menu->actionFor(u"fr"_s)->text(), u"Français"_s);
        QCOMPARE(menu->actionFor(u"pt"_s)->text(), u"Português"_s);
        // An attach to undo later: the undo stack outlives the window.
        ServiceStore *store = before->currentStore();
        QTRY_VERIFY_WITH_TIMEOUT(store->loadState() == LoadState::Loaded, Timeout);
        const QStringList onPlatform = store->accountsUsing(ConnectorId());
        QVERIFY(!onPlatform.isEmpty());
        const ConnectorId target = store->connectorIds().value(0);
        AttachJob *job = before->workspace()->binder()->attach(ref, {onPlatform.first()}, target);
        QVERIFY(job);
        QSignalSpy attached(job, &AttachJob::finished);
        QVERIFY(attached.wait(Timeout));
        QCOMPARE(store->account(onPlatform.first())->sendConnectorId, target);
        const QString pasted =
            u"Received: from a.example.com by b.example.com; Tue, 5 Mar 2024 10:00:00 +0000\n"_s;
        before->headerViewer()->setText(pasted);
        menu->actionFor(u"fr"_s)->trigger();

        // A new window, in French, on the same service.
        QTRY_VERIFY_WITH_TIMEOUT(!before, Timeout);
        MainWindow *after = launcher.window();
        QVERIFY(after && after->isVisible());
        QCOMPARE(Translations::current(), u"fr"_s);
        QCOMPARE(fileMenuTitle(after), u"&Fichier"_s);
        QVERIFY(after->windowActions()->viewMenu()->title() != u"&View"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            after->treeModel()->groupIndex(ref, NodeKind::ConnectorGroup).data().toString(),
            u"Connecteurs d'envoi"_s, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(after->treeView()->currentIndex(),
                                  after->treeModel()->serviceIndex(ref), Timeout);
        QVERIFY(after->currentConnector().isNull());
        QCOMPARE(after->headerViewer()->text(), pasted); // what the user pasted is kept
        auto *undo = after->findChild<QAction *>(u"actionUndo"_s);
        QVERIFY(undo && undo->isEnabled()); // and so is what the user can undo
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(store->account(onPlatform.first())->sendConnectorId,
                                  ConnectorId(), Timeout);
        auto *frenchMenu = after->findChild<LanguageMenu *>();
        QVERIFY(frenchMenu->actionFor(u"fr"_s)->isChecked());
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"fr"_s);

        // And back: the previous translators are gone.
        frenchMenu->actionFor(u"en"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(fileMenuTitle(launcher.window()), u"&File"_s, Timeout);
        QCOMPARE(QCoreApplication::translate("ServiceTreeFormatter", "Send connectors"),
                 u"Send connectors"_s);
        launcher.window()->findChild<LanguageMenu *>()->actionFor(u"es"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(Translations::current(), u"es"_s, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(viewMenuTitle(launcher.window()) != u"&View"_s, Timeout);
    }
    // A restart: the saved choice is installed before the window is built.
    Translations::install(u"en"_s);
    QCOMPARE(LanguageMenu::startupLanguage(QString()), u"es"_s);
    QVERIFY(Translations::install(LanguageMenu::startupLanguage(QString())));
    Launcher launcher(options);
    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), Timeout);
    QVERIFY(viewMenuTitle(launcher.window()) != u"&View"_s);
    QCOMPARE(viewMenuTitle(launcher.window()),
             QCoreApplication::translate("WindowActions", "&View"));
    QVERIFY(launcher.window()->findChild<LanguageMenu *>()->actionFor(u"es"_s)->isChecked());
}

void TestLanguages::startupLanguageOrder()
{
    QSettings().remove(u"language"_s);
    QCOMPARE(LanguageMenu::startupLanguage(QString()), Translations::systemLanguage());
    QCOMPARE(LanguageMenu::startupLanguage(u"it"_s), u"it"_s);
    LanguageMenu::saveChoice(u"pt"_s);
    QCOMPARE(LanguageMenu::startupLanguage(QString()), u"pt"_s);
    QCOMPARE(LanguageMenu::startupLanguage(u"it"_s), u"it"_s); // --lang wins
    LanguageMenu::saveChoice(QString());                       // "System default"
    QCOMPARE(LanguageMenu::startupLanguage(QString()), Translations::systemLanguage());
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
