// The sign-in dialog and the profile menu, driven by clicks and key presses against the
// simulator over HTTP on loopback. Profiles are saved in the real Secret Service when `make
// test` provides one (gnome-keyring in a private D-Bus session); without it the keychain
// checks are skipped and the rest runs on in-memory stores.
#include "ClippingCheck.h"
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "ProfileMenu.h"
#include "ProfileVault.h"
#include "SignInDialog.h"
#include "SimCredentialStore.h"
#include "Simulator.h"
#include "UnavailableStore.h"
#include "WidgetDriving.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
using namespace WidgetDriving;
constexpr int Timeout = 15'000;

// QSignalSpy::wait() only waits for a new emission: one that came while another wait ran
// the event loop counts too.
bool received(QSignalSpy &spy, int count = 1)
{
    return spy.size() >= count || QTest::qWaitFor([&] { return spy.size() >= count; }, Timeout);
}

void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

// Saves a picture of the widget when SMARTHOST_SCREENSHOT_DIR is set.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SMARTHOST_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(dir + u"/signin-"_s + name + u".png"_s);
}

using ClippingCheck::clippedWidgets;

// Every text the dialog shows or holds outside its secret fields.
QString visibleText(QWidget *root)
{
    QString text;
    for (QLabel *label : root->findChildren<QLabel *>())
        text += label->text() + u'\n' + label->toolTip() + u'\n';
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        if (edit->echoMode() == QLineEdit::Normal)
            text += edit->text() + u'\n';
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        text += button->text() + u'\n' + button->toolTip() + u'\n';
    return text;
}
} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<Simulator> m_sim;
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;
    bool m_keychain = false;
    QString m_keychainProblem;
    QString m_service;
    QList<QUrl> m_opened;
    QList<QByteArray> m_errorQueryIds;

    SecretResult wait(const std::function<void(SecretHandler)> &call)
    {
        std::optional<SecretResult> out;
        call([&](const SecretResult &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, Timeout))
            qFatal("secret store did not answer");
        return *out;
    }

    QString uniqueName(const QString &prefix) const
    {
        return prefix + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }

    std::unique_ptr<SignInDialog> makeDialog(ProfileVault *vault, SecretStore *store)
    {
        auto dialog = std::make_unique<SignInDialog>(&m_network, vault, store);
        dialog->setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
        dialog->setConsumerKeyPollInterval(50);
        // Never this machine's ovh.conf or OVH_* variables.
        dialog->setConfigEnvironment(QProcessEnvironment());
        dialog->setConfigSearchPaths({});
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qFatal("the dialog was not shown");
        return dialog;
    }

    void pointAtSimulator(SignInDialog *dialog)
    {
        auto *advanced = child<QCheckBox>(dialog, "advancedCheck");
        if (!advanced->isChecked())
            clickToggle(advanced);
        retype(child<QLineEdit>(dialog, "customUrlEdit"), m_sim->baseUrl().toString());
    }

    void typeKeys(SignInDialog *dialog, const QString &ak, const QString &as, const QString &ck)
    {
        clickToggle(child<QRadioButton>(dialog, "keysRadio"));
        retype(child<QLineEdit>(dialog, "applicationKeyEdit"), ak);
        retype(child<QLineEdit>(dialog, "applicationSecretEdit"), as);
        retype(child<QLineEdit>(dialog, "consumerKeyEdit"), ck);
    }

    void typeDemoKeys(SignInDialog *dialog)
    {
        const SimOptions &o = m_sim->options();
        typeKeys(dialog, o.applicationKey, o.applicationSecret, o.consumerKey);
    }

    bool waitIdle(SignInDialog *dialog)
    {
        return QTest::qWaitFor([&] { return !dialog->isBusy(); }, Timeout);
    }

    QStringList secretStrings() const
    {
        const SimOptions &o = m_sim->options();
        return {o.applicationSecret, o.consumerKey, o.oauth2ClientSecret};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smarthost-tests"_s);
        QCoreApplication::setApplicationName(u"tst_signindialog"_s);
        // ctest gives each test its own XDG directories; a manual run gets temporary ones.
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            if (qEnvironmentVariableIsEmpty(variable))
                qputenv(variable, QFile::encodeName(m_home.path() + u'/' +
                                                    QString::fromLatin1(variable).toLower()));

        m_service = uniqueName(u"smarthost-tst-signindialog"_s);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            m_keychainProblem = u"no D-Bus session: run through `make test`"_s;
            return;
        }
        KeychainSecretStore probe(m_service);
        const SecretResult r =
            wait([&](SecretHandler h) { probe.write(u"probe"_s, "probe", this, h); });
        m_keychain = r.ok();
        if (m_keychain)
            wait([&](SecretHandler h) { probe.remove(u"probe"_s, this, h); });
        else
            m_keychainProblem = u"the Secret Service does not answer: "_s + r.error;
    }

    void init()
    {
        QSettings().clear();
        SimOptions options;
        options.taskStepMs = 60;
        m_sim = std::make_unique<Simulator>(options);
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
        m_opened.clear();
        m_errorQueryIds.clear();
        connect(m_sim.get(), &Simulator::requestAnswered, this,
                [this](const QByteArray &, const QByteArray &, int status, const QByteArray &id) {
                    if (status >= 400)
                        m_errorQueryIds << id;
                });
    }

    void cleanup()
    {
        // Windows or message boxes a failed test left behind.
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog *>(w))
                w->close();
        m_sim.reset();
    }

    void formAndValidation()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        QPushButton *signIn = dialog->signInButton();
        QCOMPARE(signIn->text(), u"&Sign In"_s);

        // Three regions; Europe first.
        auto *region = child<QComboBox>(dialog.get(), "regionCombo");
        QCOMPARE(region->count(), 3);
        QCOMPARE(region->itemText(0), u"OVHcloud Europe"_s);
        QCOMPARE(region->itemText(1), u"OVHcloud Canada"_s);
        QCOMPARE(region->itemText(2), u"OVHcloud United States"_s);
        QCOMPARE(dialog->profileName(), u"default"_s);

        // The URL field only under "Advanced".
        auto *url = child<QLineEdit>(dialog.get(), "customUrlEdit");
        QVERIFY(!url->isVisible());
        QVERIFY(!signIn->isEnabled()); // nothing typed
        typeKeys(dialog.get(), u"ak"_s, u"as"_s, u"ck"_s);
        QVERIFY(signIn->isEnabled());

        clickToggle(child<QCheckBox>(dialog.get(), "advancedCheck"));
        QVERIFY(url->isVisible());
        QVERIFY(!region->isEnabled());
        QVERIFY(!signIn->isEnabled()); // no URL yet
        auto *urlError = child<QLabel>(dialog.get(), "customUrlError");
        QTest::keyClicks(url, u"http://api.example.com/1.0"_s);
        QVERIFY(urlError->isVisible());
        QVERIFY2(urlError->text().contains(u"http://"_s), qPrintable(urlError->text()));
        QVERIFY(!signIn->isEnabled());
        retype(url, u"https://api.example.com/1.0"_s);
        QVERIFY(!urlError->isVisible());
        QVERIFY(signIn->isEnabled());
        retype(url, u"http://127.0.0.1:8080/1.0"_s); // loopback may use http
        QVERIFY(!urlError->isVisible());
        QVERIFY(signIn->isEnabled());

        // Back to a region: the createApp page of that region.
        clickToggle(child<QCheckBox>(dialog.get(), "advancedCheck"));
        QVERIFY(!url->isVisible());
        region->setFocus();
        QTest::keyClick(region, Qt::Key_Down); // Canada
        QCOMPARE(region->currentData().toString(), u"ovh-ca"_s);
        clickToggle(child<QRadioButton>(dialog.get(), "createRadio"));
        QCOMPARE(dialog->way(), SignInDialog::Way::CreateKey);
        click(child<QPushButton>(dialog.get(), "createAppButton"));
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.at(0), QUrl(u"https://ca.api.ovh.com/createApp/"_s));
        clickToggle(child<QRadioButton>(dialog.get(), "keysRadio"));

        // A profile name is needed; keys never hold spaces.
        auto *profile = child<QComboBox>(dialog.get(), "profileCombo")->lineEdit();
        retype(profile, QString());
        QVERIFY(!signIn->isEnabled());
        QTest::keyClicks(profile, u"customer-a"_s);
        QVERIFY(signIn->isEnabled());
        retype(child<QLineEdit>(dialog.get(), "applicationKeyEdit"), u"a k"_s);
        QVERIFY(!signIn->isEnabled());
        QVERIFY(signIn->toolTip().contains(u"spaces"_s));
    }

    void existingProfilesAreOffered()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        Credentials saved;
        saved.endpoint = u"ovh-eu"_s;
        saved.applicationKey = u"ak"_s;
        saved.applicationSecret = u"as"_s;
        saved.consumerKey = u"ck"_s;
        QVERIFY(wait([&](SecretHandler h) { vault.save(u"customer-b"_s, saved, this, h); }).ok());
        QVERIFY(wait([&](SecretHandler h) { vault.save(u"customer-c"_s, saved, this, h); }).ok());

        auto dialog = makeDialog(&vault, &store);
        auto *combo = child<QComboBox>(dialog.get(), "profileCombo");
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(0), u"customer-b"_s);
        QCOMPARE(combo->itemText(1), u"customer-c"_s);
        QCOMPARE(combo->currentText(), u"default"_s);
        auto *note = child<QLabel>(dialog.get(), "profileNote");
        QVERIFY(!note->text().contains(u"replaces"_s));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(dialog->profileName(), u"customer-b"_s);
        QVERIFY2(note->text().contains(u"replaces"_s), qPrintable(note->text()));
    }

    void haveKeysSavesInKeychain()
    {
        if (!m_keychain)
            QSKIP(qPrintable(m_keychainProblem));
        KeychainSecretStore store(m_service);
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        const QString name = uniqueName(u"customer-a"_s);
        retype(child<QComboBox>(dialog.get(), "profileCombo")->lineEdit(), name);
        pointAtSimulator(dialog.get());
        typeDemoKeys(dialog.get());
        m_sim->clearRequestLog();

        click(dialog->signInButton());
        // Testing: a progress indicator, the form locked, "Sign In" disabled.
        QCOMPARE(dialog->stage(), SignInDialog::Stage::Testing);
        QVERIFY(child<QProgressBar>(dialog.get(), "progressBar")->isVisible());
        QVERIFY(child<QLabel>(dialog.get(), "statusLabel")->text().contains(u"Testing"_s));
        QVERIFY(!dialog->signInButton()->isEnabled());
        QVERIFY(!child<QGroupBox>(dialog.get(), "methodBox")->isEnabled());
        shoot(dialog.get(), u"testing"_s);

        QVERIFY(received(signedIn));
        const auto credentials = signedIn.at(0).at(0).value<Credentials>();
        QCOMPARE(signedIn.at(0).at(1).toString(), name);
        QCOMPARE(credentials.endpoint, m_sim->baseUrl().toString());
        QCOMPARE(credentials.applicationKey, m_sim->options().applicationKey);
        QCOMPARE(credentials.applicationSecret, m_sim->options().applicationSecret);
        QCOMPARE(credentials.consumerKey, m_sim->options().consumerKey);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
        QVERIFY(!dialog->keptInMemoryOnly());

        // Tested first: the current credential, then the Exchange list.
        const QList<QByteArray> log = m_sim->requestLog();
        const auto indexOf = [&](const QByteArray &needle) {
            for (qsizetype i = 0; i < log.size(); ++i)
                if (log.at(i).startsWith(needle))
                    return i;
            return qsizetype(-1);
        };
        const qsizetype current = indexOf("GET /1.0/auth/currentCredential");
        const qsizetype exchange = indexOf("GET /1.0/email/exchange");
        QVERIFY(current >= 0);
        QVERIFY(exchange > current);

        // Saved: the secrets in the keychain, the rest in the settings.
        QVERIFY(vault.hasProfile(name));
        QCOMPARE(vault.lastUsedProfile(), name);
        const SecretResult secret =
            wait([&](SecretHandler h) { store.read(ProfileVault::secretKey(name), this, h); });
        QVERIFY2(secret.ok(), qPrintable(secret.error));
        const QJsonObject json = QJsonDocument::fromJson(secret.data).object();
        QCOMPARE(json.value(u"applicationSecret"_s).toString(), m_sim->options().applicationSecret);
        QCOMPARE(json.value(u"consumerKey"_s).toString(), m_sim->options().consumerKey);

        // The secret fields are emptied.
        QVERIFY(child<QLineEdit>(dialog.get(), "applicationSecretEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(dialog.get(), "consumerKeyEdit")->text().isEmpty());

        QVERIFY(wait([&](SecretHandler h) { vault.remove(name, this, h); }).ok());
    }

    void eachFailureHasItsMessage_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("wrong application key")
            << u"ak"_s << u"INVALID_KEY"_s << u"does not know this application key"_s;
        QTest::newRow("wrong secret")
            << u"as"_s << u"INVALID_SIGNATURE"_s << u"secret does not match"_s;
        QTest::newRow("refused consumer key")
            << u"ck"_s << u"INVALID_CREDENTIAL"_s << u"consumer key was refused"_s;
        QTest::newRow("expired consumer key")
            << u"expired"_s << u"INVALID_CREDENTIAL"_s << u"consumer key has expired"_s;
        QTest::newRow("pending consumer key")
            << u"pending"_s << u"NOT_CREDENTIAL"_s << u"not been validated yet"_s;
        QTest::newRow("missing rights")
            << u"rights"_s << u"NOT_GRANTED_CALL"_s << u"lacks the rights"_s;
    }

    void eachFailureHasItsMessage()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        QFETCH(QString, phrase);
        const SimOptions &o = m_sim->options();
        QString ak = o.applicationKey;
        QString as = o.applicationSecret;
        QString ck = o.consumerKey;
        SimCredentialStore &keys = m_sim->credentials();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (what == u"ak"_s)
            ak = u"unknown-application"_s;
        else if (what == u"as"_s)
            as = u"wrong-secret"_s;
        else if (what == u"ck"_s)
            ck = u"unknown-consumer-key"_s;
        else if (what == u"expired"_s)
            ck = keys.addConsumerKey(ak, u"expired-consumer-key"_s, AccessRule::everything(),
                                     SimConsumerKey::Status::Expired, now)
                     .key;
        else if (what == u"pending"_s)
            ck = keys.createConsumerKey(ak, AccessRule::everything(), {}, now).key;
        else
            ck = m_sim->addConsumerKey({AccessRule{u"GET"_s, u"/me"_s}});

        MemorySecretStore store;
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        pointAtSimulator(dialog.get());
        typeKeys(dialog.get(), ak, as, ck);
        click(dialog->signInButton());
        QVERIFY(dialog->isBusy());
        QVERIFY(waitIdle(dialog.get()));

        auto *error = child<QLabel>(dialog.get(), "errorLabel");
        QVERIFY(error->isVisible());
        const QString text = error->text();
        QVERIFY2(text.contains(phrase), qPrintable(text));
        QVERIFY2(text.contains(code), qPrintable(text)); // OVHcloud's words are quoted
        QVERIFY(!m_errorQueryIds.isEmpty());
        QVERIFY2(text.contains(QString::fromLatin1(m_errorQueryIds.constLast())), qPrintable(text));
        QVERIFY(error->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY2(clippedWidgets(dialog.get()).isEmpty(),
                 qPrintable(clippedWidgets(dialog.get()).join(u"; "_s)));
        shoot(dialog.get(), u"error-"_s + what);

        // Nothing saved, nothing signed in; the form is usable again.
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(dialog->isVisible());
        QVERIFY(!vault.hasProfile(dialog->profileName()));
        QCOMPARE(wait([&](SecretHandler h) {
                     store.read(ProfileVault::secretKey(dialog->profileName()), this, h);
                 }).status,
                 SecretResult::Status::NotFound);
        QVERIFY(dialog->signInButton()->isEnabled());
        QVERIFY(!child<QProgressBar>(dialog.get(), "progressBar")->isVisible());
        QVERIFY(child<QLineEdit>(dialog.get(), "applicationKeyEdit")->isEnabled());

        // Editing and trying again clears the message.
        retype(child<QLineEdit>(dialog.get(), "applicationKeyEdit"), o.applicationKey);
        retype(child<QLineEdit>(dialog.get(), "applicationSecretEdit"), o.applicationSecret);
        retype(child<QLineEdit>(dialog.get(), "consumerKeyEdit"), o.consumerKey);
        click(dialog->signInButton());
        QVERIFY(!error->isVisible());
        QVERIFY(received(signedIn));
    }

    void unreachableApi()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        pointAtSimulator(dialog.get());
        typeDemoKeys(dialog.get());
        m_sim.reset(); // nothing listens there any more
        click(dialog->signInButton());
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 120'000));
        const QString text = child<QLabel>(dialog.get(), "errorLabel")->text();
        QVERIFY2(text.contains(u"cannot be reached"_s), qPrintable(text));
        init(); // cleanup() expects a simulator
    }

    void clockFarOffAsksBeforeSaving()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        m_sim->setClockOffset(-3600);
        auto dialog = makeDialog(&vault, &store);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        pointAtSimulator(dialog.get());
        typeDemoKeys(dialog.get());
        click(dialog->signInButton());
        QVERIFY(waitIdle(dialog.get()));
        auto *warning = child<QLabel>(dialog.get(), "warningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"60 minute"_s), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(u"Sign In again"_s));
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(!vault.hasProfile(u"default"_s));
        QVERIFY2(clippedWidgets(dialog.get()).isEmpty(),
                 qPrintable(clippedWidgets(dialog.get()).join(u"; "_s)));
        shoot(dialog.get(), u"clock"_s);

        // Confirmed: saved without a second test.
        m_sim->clearRequestLog();
        click(dialog->signInButton());
        QVERIFY(received(signedIn));
        QVERIFY(m_sim->requestLog().isEmpty());
        QVERIFY(vault.hasProfile(u"default"_s));
    }

    void changingTheFormAfterAWarningTestsAgain()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        m_sim->setClockOffset(-3600);
        auto dialog = makeDialog(&vault, &store);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        pointAtSimulator(dialog.get());
        typeDemoKeys(dialog.get());
        click(dialog->signInButton());
        QVERIFY(waitIdle(dialog.get()));
        QVERIFY(child<QLabel>(dialog.get(), "warningLabel")->isVisible());
        retype(child<QLineEdit>(dialog.get(), "applicationSecretEdit"), u"wrong-secret"_s);
        QVERIFY(!child<QLabel>(dialog.get(), "warningLabel")->isVisible());
        click(dialog->signInButton());
        QVERIFY(waitIdle(dialog.get()));
        QVERIFY(child<QLabel>(dialog.get(), "errorLabel")->text().contains(u"INVALID_SIGNATURE"_s));
        QCOMPARE(signedIn.size(), 0);
    }

    void cancelWhileTesting()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        m_sim->setLatency(400);
        auto dialog = makeDialog(&vault, &store);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        pointAtSimulator(dialog.get());
        typeDemoKeys(dialog.get());
        click(dialog->signInButton());
        QVERIFY(dialog->isBusy());
        click(child<QDialogButtonBox>(dialog.get(), "buttonBox")->button(QDialogButtonBox::Cancel));
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(!dialog->isVisible());
        QTest::qWait(1500);
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(!vault.hasProfile(u"default"_s));
        QVERIFY(child<QLineEdit>(dialog.get(), "applicationSecretEdit")->text().isEmpty());
    }

    void createKeyForMe()
    {
        KeychainSecretStore keychain(m_service);
        MemorySecretStore memory;
        SecretStore *store = m_keychain ? static_cast<SecretStore *>(&keychain) : &memory;
        ProfileVault vault(store);
        auto dialog = makeDialog(&vault, store);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        const QString name = uniqueName(u"created"_s);
        retype(child<QComboBox>(dialog.get(), "profileCombo")->lineEdit(), name);
        pointAtSimulator(dialog.get());
        clickToggle(child<QRadioButton>(dialog.get(), "createRadio"));
        QVERIFY(!dialog->signInButton()->isEnabled());
        shoot(dialog.get(), u"way-create"_s);

        // The link to the createApp page of the chosen API.
        click(child<QPushButton>(dialog.get(), "createAppButton"));
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.at(0).toString(), m_sim->rootUrl().toString() + u"/createApp/"_s);

        retype(child<QLineEdit>(dialog.get(), "createApplicationKeyEdit"),
               m_sim->options().applicationKey);
        retype(child<QLineEdit>(dialog.get(), "createApplicationSecretEdit"),
               m_sim->options().applicationSecret);
        QVERIFY(dialog->signInButton()->isEnabled());
        click(dialog->signInButton());

        // The validation page opens in the browser; the dialog waits, with a way out.
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 2, Timeout);
        const QUrl validation = m_opened.at(1);
        QVERIFY(validation.toString().contains(u"credentialToken="_s));
        QCOMPARE(dialog->stage(), SignInDialog::Stage::WaitingForValidation);
        QVERIFY(child<QPushButton>(dialog.get(), "stopButton")->isVisible());
        QVERIFY(child<QLabel>(dialog.get(), "statusLabel")->text().contains(u"Waiting"_s));
        auto *urlField = child<QLineEdit>(dialog.get(), "validationUrlEdit");
        QCOMPARE(urlField->text(), validation.toString());
        QVERIFY(urlField->isReadOnly());
        QVERIFY2(clippedWidgets(dialog.get()).isEmpty(),
                 qPrintable(clippedWidgets(dialog.get()).join(u"; "_s)));
        QVERIFY(!dialog->signInButton()->isEnabled());
        shoot(dialog.get(), u"waiting"_s);

        // Still pending after several polls.
        QTest::qWait(400);
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(dialog->stage(), SignInDialog::Stage::WaitingForValidation);

        // "Open the page again" opens the same page.
        click(child<QPushButton>(dialog.get(), "openAgainButton"));
        QCOMPARE(m_opened.size(), 3);
        QCOMPARE(m_opened.at(2), validation);

        // The user logs in on that page, as a browser would fetch it.
        QNetworkReply *page = m_network.get(QNetworkRequest(validation));
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), Timeout);
        QCOMPARE(page->error(), QNetworkReply::NoError);
        page->deleteLater();

        QVERIFY(received(signedIn));
        const auto credentials = signedIn.at(0).at(0).value<Credentials>();
        QCOMPARE(signedIn.at(0).at(1).toString(), name);
        QCOMPARE(credentials.applicationKey, m_sim->options().applicationKey);
        QVERIFY(!credentials.consumerKey.isEmpty());
        QVERIFY(credentials.consumerKey != m_sim->options().consumerKey);
        // The key only reaches the Exchange routes.
        SimConsumerKey *created = m_sim->credentials().consumerKey(credentials.consumerKey);
        QVERIFY(created);
        QCOMPARE(created->status, SimConsumerKey::Status::Validated);
        for (const AccessRule &rule : created->rules)
            QVERIFY2(rule.path.startsWith(u"/email/exchange"_s), qPrintable(rule.path));

        QVERIFY(vault.hasProfile(name));
        const SecretResult secret =
            wait([&](SecretHandler h) { store->read(ProfileVault::secretKey(name), this, h); });
        QVERIFY2(secret.ok(), qPrintable(secret.error));
        QCOMPARE(QJsonDocument::fromJson(secret.data).object().value(u"consumerKey"_s).toString(),
                 credentials.consumerKey);
        QVERIFY(child<QLineEdit>(dialog.get(), "createApplicationSecretEdit")->text().isEmpty());
        QVERIFY(wait([&](SecretHandler h) { vault.remove(name, this, h); }).ok());
        if (!m_keychain)
            qInfo("saved in memory: %s", qPrintable(m_keychainProblem));
    }

    void cancelWhileWaitingForValidation()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        pointAtSimulator(dialog.get());
        clickToggle(child<QRadioButton>(dialog.get(), "createRadio"));
        retype(child<QLineEdit>(dialog.get(), "createApplicationKeyEdit"),
               m_sim->options().applicationKey);
        retype(child<QLineEdit>(dialog.get(), "createApplicationSecretEdit"),
               m_sim->options().applicationSecret);
        click(dialog->signInButton());
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, Timeout);
        const QUrl validation = m_opened.at(0);

        click(child<QPushButton>(dialog.get(), "stopButton"));
        QCOMPARE(dialog->stage(), SignInDialog::Stage::Editing);
        auto *warning = child<QLabel>(dialog.get(), "warningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"Stopped waiting"_s), qPrintable(warning->text()));
        QVERIFY(!child<QPushButton>(dialog.get(), "stopButton")->isVisible());
        QVERIFY(dialog->signInButton()->isEnabled());
        QVERIFY(dialog->isVisible());

        // Approving the abandoned key later changes nothing.
        QNetworkReply *page = m_network.get(QNetworkRequest(validation));
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), Timeout);
        page->deleteLater();
        QTest::qWait(400);
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(!vault.hasProfile(u"default"_s));

        // Closing the dialog while waiting stops too.
        click(dialog->signInButton());
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 2, Timeout);
        QCOMPARE(dialog->stage(), SignInDialog::Stage::WaitingForValidation);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        page = m_network.get(QNetworkRequest(m_opened.at(1)));
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), Timeout);
        page->deleteLater();
        QTest::qWait(400);
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(!vault.hasProfile(u"default"_s));
    }

    void wrongApplicationSecretWhileCreatingAKey()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        pointAtSimulator(dialog.get());
        clickToggle(child<QRadioButton>(dialog.get(), "createRadio"));
        retype(child<QLineEdit>(dialog.get(), "createApplicationKeyEdit"),
               m_sim->options().applicationKey);
        retype(child<QLineEdit>(dialog.get(), "createApplicationSecretEdit"), u"wrong"_s);
        click(dialog->signInButton());
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, Timeout);
        // The secret is only checked once the key is used: approving it reveals the mistake.
        QNetworkReply *page = m_network.get(QNetworkRequest(m_opened.at(0)));
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), Timeout);
        page->deleteLater();
        QVERIFY(waitIdle(dialog.get()));
        const QString text = child<QLabel>(dialog.get(), "errorLabel")->text();
        QVERIFY2(text.contains(u"INVALID_SIGNATURE"_s), qPrintable(text));
        QVERIFY(!vault.hasProfile(u"default"_s));
    }

    void serviceAccount()
    {
        KeychainSecretStore keychain(m_service);
        MemorySecretStore memory;
        SecretStore *store = m_keychain ? static_cast<SecretStore *>(&keychain) : &memory;
        ProfileVault vault(store);
        auto dialog = makeDialog(&vault, store);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        const QString name = uniqueName(u"service"_s);
        retype(child<QComboBox>(dialog.get(), "profileCombo")->lineEdit(), name);
        pointAtSimulator(dialog.get());
        clickToggle(child<QRadioButton>(dialog.get(), "oauthRadio"));
        QCOMPARE(dialog->way(), SignInDialog::Way::OAuth2);
        retype(child<QLineEdit>(dialog.get(), "clientIdEdit"), m_sim->options().oauth2ClientId);
        retype(child<QLineEdit>(dialog.get(), "clientSecretEdit"), u"wrong-client-secret"_s);
        shoot(dialog.get(), u"way-oauth2"_s);

        // A wrong secret: the token endpoint's refusal, inline.
        click(dialog->signInButton());
        QVERIFY(waitIdle(dialog.get()));
        auto *error = child<QLabel>(dialog.get(), "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"invalid_client"_s) ||
                     error->text().contains(u"Client authentication failed"_s),
                 qPrintable(error->text()));
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(!vault.hasProfile(name));

        retype(child<QLineEdit>(dialog.get(), "clientSecretEdit"),
               m_sim->options().oauth2ClientSecret);
        click(dialog->signInButton());
        QVERIFY(received(signedIn));
        const auto credentials = signedIn.at(0).at(0).value<Credentials>();
        QCOMPARE(credentials.clientId, m_sim->options().oauth2ClientId);
        QCOMPARE(credentials.clientSecret, m_sim->options().oauth2ClientSecret);
        QVERIFY(credentials.applicationKey.isEmpty());
        QVERIFY(vault.hasProfile(name));
        const SecretResult secret =
            wait([&](SecretHandler h) { store->read(ProfileVault::secretKey(name), this, h); });
        QVERIFY2(secret.ok(), qPrintable(secret.error));
        QCOMPARE(QJsonDocument::fromJson(secret.data).object().value(u"clientSecret"_s).toString(),
                 m_sim->options().oauth2ClientSecret);
        QVERIFY(child<QLineEdit>(dialog.get(), "clientSecretEdit")->text().isEmpty());
        QVERIFY(wait([&](SecretHandler h) { vault.remove(name, this, h); }).ok());
    }

    void importShowsWhatItFound()
    {
        const SimOptions &o = m_sim->options();
        const QString url = m_sim->baseUrl().toString();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ovh.conf"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"[default]\nendpoint = %1\n\n[%1]\napplication_key = %2\n"
                       "application_secret = %3\nconsumer_key = %4\n"_s
                           .arg(url, o.applicationKey, o.applicationSecret, o.consumerKey)
                           .toUtf8());
        }
        MemorySecretStore store;
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        clickToggle(child<QRadioButton>(dialog.get(), "importRadio"));
        QCOMPARE(dialog->way(), SignInDialog::Way::ImportConfig);
        // Nothing in the (empty) default places.
        auto *message = child<QLabel>(dialog.get(), "importMessage");
        QVERIFY(message->isVisible());
        QVERIFY(!dialog->signInButton()->isEnabled());

        clickToggle(child<QRadioButton>(dialog.get(), "importFileRadio"));
        QTest::keyClicks(child<QLineEdit>(dialog.get(), "importFileEdit"), path);
        QCOMPARE(child<QLabel>(dialog.get(), "foundEndpointValue")->text(), url);
        QCOMPARE(child<QLabel>(dialog.get(), "foundApplicationKeyValue")->text(), o.applicationKey);
        for (const char *masked : {"foundApplicationSecretValue", "foundConsumerKeyValue"}) {
            const QString text = child<QLabel>(dialog.get(), masked)->text();
            QVERIFY2(text.contains(u"••••"_s), qPrintable(text));
        }
        QVERIFY(child<QLabel>(dialog.get(), "foundSourceValue")->text().contains(path));
        QVERIFY(!child<QLabel>(dialog.get(), "foundClientIdValue")->isVisible());
        const QString shown = visibleText(dialog.get());
        for (const QString &secret : secretStrings())
            QVERIFY2(!shown.contains(secret), qPrintable(secret));
        QVERIFY(!message->isVisible());
        QVERIFY(dialog->signInButton()->isEnabled());
        shoot(dialog.get(), u"way-import"_s);

        click(dialog->signInButton());
        QVERIFY(received(signedIn));
        const auto credentials = signedIn.at(0).at(0).value<Credentials>();
        QCOMPARE(credentials.endpoint, url);
        QCOMPARE(credentials.applicationKey, o.applicationKey);
        QCOMPARE(credentials.applicationSecret, o.applicationSecret);
        QCOMPARE(credentials.consumerKey, o.consumerKey);
        QVERIFY(vault.hasProfile(u"default"_s));
    }

    void importFromVariablesAndDefaultPlaces()
    {
        const SimOptions &o = m_sim->options();
        MemorySecretStore store;
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        clickToggle(child<QRadioButton>(dialog.get(), "importRadio"));

        // OVH_* variables: a service account; the endpoint comes from the region when unset.
        QProcessEnvironment env;
        env.insert(u"OVH_CLIENT_ID"_s, o.oauth2ClientId);
        env.insert(u"OVH_CLIENT_SECRET"_s, o.oauth2ClientSecret);
        dialog->setConfigEnvironment(env);
        QVERIFY(child<QRadioButton>(dialog.get(), "importDefaultRadio")->isChecked());
        QVERIFY(
            child<QLabel>(dialog.get(), "foundSourceValue")->text().contains(u"OVH_CLIENT_ID"_s));
        QCOMPARE(child<QLabel>(dialog.get(), "foundClientIdValue")->text(), o.oauth2ClientId);
        QVERIFY(child<QLabel>(dialog.get(), "foundClientSecretValue")->text().contains(u"••••"_s));
        QVERIFY(!child<QLabel>(dialog.get(), "foundApplicationKeyValue")->isVisible());
        QVERIFY(child<QLabel>(dialog.get(), "foundEndpointValue")->text().contains(u"ovh-eu"_s));
        QVERIFY(!visibleText(dialog.get()).contains(o.oauth2ClientSecret));
        QVERIFY(dialog->signInButton()->isEnabled());

        // A file in a default place without a consumer key: "Create a key for me" is proposed.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ovh.conf"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"[default]\nendpoint=ovh-ca\n[ovh-ca]\napplication_key=ak\n"
                       "application_secret=as\n"_s.toUtf8());
        }
        dialog->setConfigEnvironment(QProcessEnvironment());
        dialog->setConfigSearchPaths({path});
        auto *message = child<QLabel>(dialog.get(), "importMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"Create a key for me"_s), qPrintable(message->text()));
        QCOMPARE(child<QLabel>(dialog.get(), "foundEndpointValue")->text(), u"ovh-ca"_s);
        QCOMPARE(child<QLabel>(dialog.get(), "foundConsumerKeyValue")->text(), u"not found"_s);
        QVERIFY(!dialog->signInButton()->isEnabled());

        // "Browse…" picks a file.
        click(child<QPushButton>(dialog.get(), "browseButton"));
        QFileDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = dialog->findChild<QFileDialog *>(u"configFileDialog"_s)));
        QVERIFY(chooser->isVisible());
        chooser->selectFile(path);
        static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept() is protected
        QCOMPARE(child<QLineEdit>(dialog.get(), "importFileEdit")->text(), path);
        QVERIFY(child<QRadioButton>(dialog.get(), "importFileRadio")->isChecked());
        QCOMPARE(child<QLabel>(dialog.get(), "foundApplicationKeyValue")->text(), u"ak"_s);

        // A malformed file: its line, inline.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("application_key = before any section\n");
        }
        clickToggle(child<QRadioButton>(dialog.get(), "importDefaultRadio"));
        clickToggle(child<QRadioButton>(dialog.get(), "importFileRadio"));
        QVERIFY2(message->text().contains(u":1:"_s), qPrintable(message->text()));
        QVERIFY(!dialog->signInButton()->isEnabled());
    }

    void noKeychainOffersMemoryForThisSession()
    {
        UnavailableStore store;
        ProfileVault vault(&store);
        MemorySecretStore session;
        auto dialog = makeDialog(&vault, &store);
        dialog->setSessionStore(&session);
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        const QString name = u"offline"_s;
        retype(child<QComboBox>(dialog.get(), "profileCombo")->lineEdit(), name);
        pointAtSimulator(dialog.get());
        typeDemoKeys(dialog.get());
        click(dialog->signInButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), SignInDialog::Stage::AskingFallback, Timeout);

        // Said, and offered: never silently.
        auto *panel = child<QFrame>(dialog.get(), "keychainPanel");
        QVERIFY(panel->isVisible());
        const QString text = child<QLabel>(dialog.get(), "keychainLabel")->text();
        QVERIFY2(text.contains(u"no system keychain"_s), qPrintable(text));
        QVERIFY(text.contains(u"this session only"_s));
        QVERIFY(child<QPushButton>(dialog.get(), "memoryButton")->isVisible());
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(!vault.hasProfile(name));
        QVERIFY(!dialog->signInButton()->isEnabled());
        QVERIFY2(clippedWidgets(dialog.get()).isEmpty(),
                 qPrintable(clippedWidgets(dialog.get()).join(u"; "_s)));
        shoot(dialog.get(), u"no-keychain"_s);

        // "Back": nothing saved, the form again.
        click(child<QPushButton>(dialog.get(), "backButton"));
        QCOMPARE(dialog->stage(), SignInDialog::Stage::Editing);
        QVERIFY(!panel->isVisible());
        QCOMPARE(signedIn.size(), 0);

        // Trying again goes to the keychain again (the keys were tested already), then memory.
        m_sim->clearRequestLog();
        click(dialog->signInButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), SignInDialog::Stage::AskingFallback, Timeout);
        QCOMPARE(store.writes, 2);
        QVERIFY(m_sim->requestLog().isEmpty());
        click(child<QPushButton>(dialog.get(), "memoryButton"));
        QVERIFY(received(signedIn));
        QCOMPARE(signedIn.at(0).at(1).toString(), name);
        QVERIFY(dialog->keptInMemoryOnly());
        QCOMPARE(dialog->sessionStore(), &session);
        const SecretResult kept =
            wait([&](SecretHandler h) { session.read(ProfileVault::secretKey(name), this, h); });
        QVERIFY(kept.ok());
        QCOMPARE(
            QJsonDocument::fromJson(kept.data).object().value(u"applicationSecret"_s).toString(),
            m_sim->options().applicationSecret);
        // This session only: no profile appears in the settings.
        QVERIFY(!vault.hasProfile(name));
        QVERIFY(vault.lastUsedProfile().isEmpty());
    }

    void secretsNeverReachTheClipboard()
    {
        MemorySecretStore store;
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        QClipboard *clipboard = QGuiApplication::clipboard();
        auto *key = child<QLineEdit>(dialog.get(), "applicationKeyEdit");
        auto *secret = child<QLineEdit>(dialog.get(), "applicationSecretEdit");
        retype(key, u"visible-key"_s);
        retype(secret, u"hidden-secret"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        // The clipboard works here: copying the application key does reach it.
        key->setFocus();
        QTest::keyClick(key, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(key, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), u"visible-key"_s);

        // "Show" reveals the secret; copying and cutting still do nothing.
        auto *show = child<QCheckBox>(dialog.get(), "showApplicationSecretCheck");
        clickToggle(show);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        secret->setFocus();
        QTest::keyClick(secret, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(secret, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(secret, Qt::Key_Insert, Qt::ControlModifier);
        QTest::keyClick(secret, Qt::Key_X, Qt::ControlModifier);
        QTest::keyClick(secret, Qt::Key_Delete, Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), u"visible-key"_s);
        QCOMPARE(secret->text(), u"hidden-secret"_s);
        QCOMPARE(secret->contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(!secret->dragEnabled());
        clickToggle(show);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        // Cancelling empties the secret fields too.
        click(child<QDialogButtonBox>(dialog.get(), "buttonBox")->button(QDialogButtonBox::Cancel));
        QVERIFY(secret->text().isEmpty());
        QVERIFY(!key->text().isEmpty());
    }

    void noSecretInAnyFileAfterSigningIn()
    {
        // Full flows: keys (in the keychain, or in memory after the offer when there is
        // none), then a service account.
        KeychainSecretStore keychain(m_service);
        UnavailableStore unavailable;
        SecretStore *store = m_keychain ? static_cast<SecretStore *>(&keychain) : &unavailable;
        ProfileVault vault(store);
        {
            auto dialog = makeDialog(&vault, store);
            QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
            retype(child<QComboBox>(dialog.get(), "profileCombo")->lineEdit(), u"files-a"_s);
            pointAtSimulator(dialog.get());
            typeDemoKeys(dialog.get());
            click(dialog->signInButton());
            if (!m_keychain) {
                QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), SignInDialog::Stage::AskingFallback,
                                          Timeout);
                click(child<QPushButton>(dialog.get(), "memoryButton"));
            }
            QVERIFY(received(signedIn));
        }
        MemorySecretStore memory;
        SecretStore *serviceStore = m_keychain ? static_cast<SecretStore *>(&keychain) : &memory;
        ProfileVault serviceVault(serviceStore);
        {
            auto dialog = makeDialog(&serviceVault, serviceStore);
            QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
            retype(child<QComboBox>(dialog.get(), "profileCombo")->lineEdit(), u"files-b"_s);
            pointAtSimulator(dialog.get());
            clickToggle(child<QRadioButton>(dialog.get(), "oauthRadio"));
            retype(child<QLineEdit>(dialog.get(), "clientIdEdit"), m_sim->options().oauth2ClientId);
            retype(child<QLineEdit>(dialog.get(), "clientSecretEdit"),
                   m_sim->options().oauth2ClientSecret);
            click(dialog->signInButton());
            QVERIFY(received(signedIn));
        }
        QSettings().sync();

        QStringList roots{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
        roots.removeDuplicates();
        int files = 0;
        bool settingsSeen = false;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = file.readAll();
                ++files;
                // The settings are there, with the non-secret part: the scan looks at them.
                if (content.contains(m_sim->options().oauth2ClientId.toUtf8()))
                    settingsSeen = true;
                for (const QString &secret : secretStrings())
                    QVERIFY2(!content.contains(secret.toUtf8()),
                             qPrintable(file.fileName() + u" holds "_s + secret));
            }
        }
        QVERIFY(files > 0);
        QVERIFY2(settingsSeen, qPrintable(roots.join(u", "_s)));
        if (m_keychain) {
            wait([&](SecretHandler h) { vault.remove(u"files-a"_s, this, h); });
            wait([&](SecretHandler h) { vault.remove(u"files-b"_s, this, h); });
        }
    }

    void layoutOfEachWay_data()
    {
        QTest::addColumn<SignInDialog::Way>("way");
        QTest::addColumn<QString>("name");
        QTest::newRow("keys") << SignInDialog::Way::Keys << u"keys"_s;
        QTest::newRow("create") << SignInDialog::Way::CreateKey << u"create"_s;
        QTest::newRow("oauth2") << SignInDialog::Way::OAuth2 << u"oauth2"_s;
        QTest::newRow("import") << SignInDialog::Way::ImportConfig << u"import"_s;
    }

    void layoutOfEachWay()
    {
        QFETCH(SignInDialog::Way, way);
        QFETCH(QString, name);
        MemorySecretStore store;
        ProfileVault vault(&store);
        auto dialog = makeDialog(&vault, &store);
        dialog->setReason(u"Smarthost found no OVHcloud credentials."_s);
        QProcessEnvironment env;
        env.insert(u"OVH_ENDPOINT"_s, u"ovh-eu"_s);
        env.insert(u"OVH_APPLICATION_KEY"_s, u"7kbG7Bk7S9Nt7ZSV"_s);
        env.insert(u"OVH_APPLICATION_SECRET"_s, u"EgWIz07P0HYwtQDs"_s);
        env.insert(u"OVH_CONSUMER_KEY"_s, u"MtSwSrPpNjqfVSmJ"_s);
        dialog->setConfigEnvironment(env);
        dialog->setWay(way);
        dialog->adjustSize();
        QApplication::processEvents();
        const QStringList clipped = clippedWidgets(dialog.get());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"; "_s)));
        QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
        shoot(dialog.get(), u"way-"_s + name);
    }

    // --- The File menu's profile commands ---

    void profileMenuSwitchesAndSignsOut()
    {
        KeychainSecretStore keychain(m_service);
        MemorySecretStore memory;
        SecretStore *store = m_keychain ? static_cast<SecretStore *>(&keychain) : &memory;
        ProfileVault vault(store);
        Credentials a;
        a.endpoint = u"ovh-eu"_s;
        a.applicationKey = u"ak-a"_s;
        a.applicationSecret = u"as-a"_s;
        a.consumerKey = u"ck-a"_s;
        Credentials b = a;
        b.endpoint = u"ovh-ca"_s;
        b.applicationKey = u"ak-b"_s;
        b.applicationSecret = u"as-b"_s;
        const QString nameA = uniqueName(u"menu-a"_s);
        const QString nameB = uniqueName(u"menu-b"_s);
        QVERIFY(wait([&](SecretHandler h) { vault.save(nameA, a, this, h); }).ok());
        QVERIFY(wait([&](SecretHandler h) { vault.save(nameB, b, this, h); }).ok());

        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(u"&File"_s);
        QAction *quit = file->addAction(u"&Quit"_s);
        ProfileMenu profiles(&vault, store);
        profiles.insertBefore(quit);
        profiles.setCurrentProfile(nameA);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(file->actions().size(), 4);
        QCOMPARE(file->actions().at(0), profiles.switchMenu()->menuAction());
        QCOMPARE(file->actions().at(1), profiles.signOutAction());
        QCOMPARE(file->actions().last(), quit);
        QVERIFY(profiles.signOutAction()->isEnabled());

        // The submenu: each profile, the current one checked, then "New Profile…".
        profiles.refresh();
        QAction *toB = nullptr;
        QStringList listed;
        for (QAction *action : profiles.switchMenu()->actions()) {
            if (action->data().toString() == nameB)
                toB = action;
            if (action->data().toString() == nameA)
                QVERIFY(action->isChecked());
            if (!action->isSeparator())
                listed << action->text();
        }
        QVERIFY(toB);
        QVERIFY(listed.contains(u"&New Profile…"_s));
        QSignalSpy newProfile(&profiles, &ProfileMenu::newProfileRequested);
        profiles.switchMenu()->actions().last()->trigger();
        QCOMPARE(newProfile.size(), 1);

        QSignalSpy loaded(&profiles, &ProfileMenu::profileLoaded);
        // Owners connect it queued (switching replaces the window whose menu emitted it).
        std::optional<Credentials> queued;
        connect(
            &profiles, &ProfileMenu::profileLoaded, this,
            [&queued](const Credentials &c, const QString &) { queued = c; }, Qt::QueuedConnection);
        toB->trigger();
        QVERIFY(received(loaded));
        QCOMPARE(loaded.at(0).at(0).value<Credentials>(), b);
        QCOMPARE(loaded.at(0).at(1).toString(), nameB);
        QCOMPARE(profiles.currentProfile(), nameB);
        QCOMPARE(vault.lastUsedProfile(), nameB);
        QTRY_VERIFY(queued.has_value());
        QCOMPARE(*queued, b);

        // Sign out asks first; "Cancel" keeps everything.
        QSignalSpy signedOut(&profiles, &ProfileMenu::signedOut);
        profiles.signOutAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"signOutConfirmation"_s)));
        QVERIFY(box->text().contains(nameB));
        click(box->button(QMessageBox::Cancel));
        QTest::qWait(100);
        QCOMPARE(signedOut.size(), 0);
        QVERIFY(vault.hasProfile(nameB));

        profiles.signOutAction()->trigger();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"signOutConfirmation"_s)) &&
                    box->isVisible());
        click(box->findChild<QPushButton *>(u"confirmSignOut"_s));
        QVERIFY(received(signedOut));
        QCOMPARE(signedOut.at(0).at(0).toString(), nameB);
        QVERIFY(!vault.hasProfile(nameB));
        QCOMPARE(wait([&](SecretHandler h) {
                     store->read(ProfileVault::secretKey(nameB), this, h);
                 }).status,
                 SecretResult::Status::NotFound);
        QVERIFY(vault.hasProfile(nameA)); // the other profile stays
        QVERIFY(profiles.currentProfile().isEmpty());
        QVERIFY(!profiles.signOutAction()->isEnabled());
        wait([&](SecretHandler h) { vault.remove(nameA, this, h); });
        if (!m_keychain)
            qInfo("in memory: %s", qPrintable(m_keychainProblem));
    }

    void profileMenuReportsUnreadableSecrets()
    {
        MemorySecretStore saved;
        ProfileVault writer(&saved);
        Credentials c;
        c.applicationKey = u"ak"_s;
        c.applicationSecret = u"as"_s;
        c.consumerKey = u"ck"_s;
        QVERIFY(wait([&](SecretHandler h) { writer.save(u"elsewhere"_s, c, this, h); }).ok());
        UnavailableStore store;
        ProfileVault vault(&store);
        ProfileMenu profiles(&vault, &store);
        QSignalSpy failed(&profiles, &ProfileMenu::failed);
        QSignalSpy loaded(&profiles, &ProfileMenu::profileLoaded);
        profiles.switchTo(u"elsewhere"_s);
        QVERIFY(received(failed));
        QVERIFY2(failed.at(0).at(0).toString().contains(u"system keychain"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(loaded.size(), 0);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
