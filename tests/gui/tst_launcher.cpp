// The launcher's sign-in wiring: without credentials the sign-in dialog opens; a successful
// sign-in opens the main window on those keys (against the simulator over loopback); the File
// menu offers the profiles; cancelling with no window offers the demo.
#include "HeaderViewerPane.h"
#include "Launcher.h"
#include "NotificationBar.h"
#include "SignInDialog.h"
#include "SimCredentialStore.h"
#include "Simulator.h"
#include "WindowActions.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 15'000;

template<typename T> T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    return nullptr;
}

QMenu *menuHolding(QWidget *window, QAction *action)
{
    for (QMenu *menu : window->findChildren<QMenu *>())
        if (menu->actions().contains(action))
            return menu;
    return nullptr;
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts << action->text();
    return texts;
}
} // namespace

class TestLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void noCredentialsOpensSignIn();
    void cancellingWithoutWindowOffersTheDemo();
    void demoOffersNewProfileButNoSignOut();
    void messageFileOpensInTheHeaderViewer();
    void rejectedKeysAskToSignInAgainThenGoOn();

private:
    QTemporaryDir m_home;
};

void TestLauncher::initTestCase()
{
    QVERIFY(m_home.isValid());
    // No credentials anywhere: no OVH_* variables, no ovh.conf in the home or current folder.
    for (const char *name : {"OVH_ENDPOINT", "OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET",
                             "OVH_CONSUMER_KEY", "OVH_CLIENT_ID", "OVH_CLIENT_SECRET"})
        qunsetenv(name);
    qputenv("HOME", m_home.path().toUtf8());
    QVERIFY(QDir::setCurrent(m_home.path()));
    QVERIFY(!QFile::exists(u"/etc/ovh.conf"_s));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
    QCoreApplication::setOrganizationName(u"smarthost"_s);
    QCoreApplication::setApplicationName(u"smarthost-launcher-test"_s);
}

void TestLauncher::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(widget))
            widget->close();
    QApplication::processEvents();
}

void TestLauncher::noCredentialsOpensSignIn()
{
    Simulator simulator{SimOptions()};
    QString error;
    QVERIFY2(simulator.listen(0, &error), qPrintable(error));

    Launcher launcher{LaunchOptions()};
    launcher.start();
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<SignInDialog>()), Timeout);
    QVERIFY(!launcher.window());

    Credentials credentials;
    credentials.endpoint = simulator.baseUrl().toString();
    credentials.applicationKey = SimOptions().applicationKey;
    credentials.applicationSecret = SimOptions().applicationSecret;
    credentials.consumerKey = SimOptions().consumerKey;
    // What the dialog emits once the keys passed OVHcloud's checks and were saved.
    Q_EMIT dialog->signedIn(credentials, u"customer-a"_s);
    dialog->QDialog::accept();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), Timeout);
    MainWindow *window = launcher.window();
    QCOMPARE(window->findChild<QLabel *>(u"profileLabel"_s)->text(), u"Profile: customer-a"_s);
    // The window reads the simulator with those keys.
    QTRY_VERIFY_WITH_TIMEOUT(!simulator.requestLog().isEmpty(), Timeout);

    // File → Switch Profile, Sign Out, then Quit.
    QMenu *fileMenu = menuHolding(window, window->windowActions()->quit());
    QVERIFY(fileMenu);
    const QStringList texts = menuTexts(fileMenu);
    const qsizetype quit = texts.indexOf(window->windowActions()->quit()->text());
    QVERIFY(texts.indexOf(u"Switch &Profile"_s) >= 0);
    QVERIFY(texts.indexOf(u"Switch &Profile"_s) < quit);
}

void TestLauncher::cancellingWithoutWindowOffersTheDemo()
{
    Launcher launcher{LaunchOptions()};
    launcher.start();
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<SignInDialog>()), Timeout);
    dialog->reject();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleTopLevel<QMessageBox>()), Timeout);
    QVERIFY(box->text().contains(u"found no OVHcloud credentials"_s));
    QPushButton *demo = nullptr;
    for (QAbstractButton *button : box->buttons())
        if (button->text() == u"Open the &Demo"_s)
            demo = qobject_cast<QPushButton *>(button);
    QVERIFY(demo);
    QTest::mouseClick(demo, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), Timeout);
    QVERIFY(launcher.simulator());
}

void TestLauncher::demoOffersNewProfileButNoSignOut()
{
    LaunchOptions options;
    options.demo = true;
    Launcher launcher(options);
    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), Timeout);
    QMenu *fileMenu = menuHolding(launcher.window(), launcher.window()->windowActions()->quit());
    QVERIFY(fileMenu);
    QAction *signOut = nullptr;
    QMenu *switchMenu = nullptr;
    for (QAction *action : fileMenu->actions()) {
        if (action->text().startsWith(u"Sign &Out"_s))
            signOut = action;
        if (action->menu())
            switchMenu = action->menu();
    }
    QVERIFY(signOut);
    Q_EMIT fileMenu->aboutToShow();
    QVERIFY(!signOut->isEnabled());
    QVERIFY(switchMenu);
    Q_EMIT switchMenu->aboutToShow();
    QAction *newProfile = nullptr;
    for (QAction *action : switchMenu->actions())
        if (action->text() == u"&New Profile…"_s)
            newProfile = action;
    QVERIFY(newProfile);
    newProfile->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<SignInDialog>(), Timeout);
}

// `smarthost message.eml` (the desktop entry's %F for message/rfc822): the header viewer shows it.
void TestLauncher::messageFileOpensInTheHeaderViewer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"received.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Received: from relay.example.net (relay.example.net [203.0.113.7])\r\n"
               "\tby mx.example.org with ESMTPS id a1; Mon, 18 Mar 2024 10:00:05 +0000\r\n"
               "Subject: hello\r\n\r\nbody\r\n");
    file.close();
    QString error;
    const auto options = LaunchOptions::parse({u"smarthost"_s, u"--demo"_s, path}, &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->messageFile, path);
    QVERIFY(!LaunchOptions::parse({u"smarthost"_s, path, path}, &error));

    Launcher launcher(*options);
    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), Timeout);
    HeaderViewerPane *pane = launcher.window()->headerViewer();
    QVERIFY(pane->text().contains(u"relay.example.net"_s));
    QCOMPARE(pane->report().hops.size(), 1);
}

// The consumer key expires while the window is open: the sign-in dialog says why, and once
// new keys come the same window goes on (the held refresh completes with them).
void TestLauncher::rejectedKeysAskToSignInAgainThenGoOn()
{
    LaunchOptions options;
    options.demo = true;
    Launcher launcher(options);
    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), Timeout);
    MainWindow *window = launcher.window();
    Simulator *simulator = launcher.simulator();
    QTRY_VERIFY_WITH_TIMEOUT(window->currentStore(), Timeout);

    simulator->credentials().consumerKey(simulator->options().consumerKey)->status =
        SimConsumerKey::Status::Expired;
    window->windowActions()->refresh()->trigger();
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<SignInDialog>()), Timeout);
    auto *reason = dialog->findChild<QLabel *>(u"reasonLabel"_s);
    QVERIFY(reason);
    QVERIFY2(reason->text().contains(u"INVALID_CREDENTIAL"_s), qPrintable(reason->text()));

    const QString fresh = simulator->addConsumerKey({AccessRule{u"GET"_s, u"/*"_s}});
    QSignalSpy answered(simulator, &Simulator::requestAnswered);
    Credentials credentials;
    credentials.endpoint = simulator->baseUrl().toString();
    credentials.applicationKey = simulator->options().applicationKey;
    credentials.applicationSecret = simulator->options().applicationSecret;
    credentials.consumerKey = fresh;
    // As SignInDialog::finish() does once the keys passed OVHcloud's checks.
    Q_EMIT dialog->signedIn(credentials, u"demo"_s);
    dialog->QDialog::accept();
    // The same window; the held calls went out again and were answered.
    const auto answeredOk = [&answered] {
        for (const QList<QVariant> &arguments : answered)
            if (arguments.at(2).toInt() == 200)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(answeredOk(), Timeout);
    QCOMPARE(launcher.window(), window);
    QVERIFY2(!window->notificationBar()->isVisible(),
             qPrintable(window->notificationBar()->findChild<QLabel *>()->text()));
}

QTEST_MAIN(TestLauncher)
#include "tst_launcher.moc"
