#include "Launcher.h"

#include "Endpoint.h"
#include "ExchangeApi.h"
#include "HeaderViewerPane.h"
#include "KeychainSecretStore.h"
#include "LanguageMenu.h"
#include "NetworkSettings.h"
#include "OvhConfig.h"
#include "ProfileMenu.h"
#include "ProfileVault.h"
#include "ScreenshotTaker.h"
#include "ServiceStore.h"
#include "SignInDialog.h"
#include "Simulator.h"
#include "TaskTracker.h"
#include "WindowActions.h"
#include "Workspace.h"

#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

Launcher::Launcher(LaunchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{}

Launcher::~Launcher() = default;

void Launcher::start()
{
    if (m_options.demo)
        startDemo();
    else
        startFromConfiguration();
}

void Launcher::startDemo()
{
    SimOptions simOptions;
    simOptions.taskStepMs = 1500; // a task takes about three seconds, like a quick real one
    simOptions.extraAccounts = m_options.demoAccounts;
    simOptions.hostedService = true; // shows the warning for offers without connectors
    m_simulator = new Simulator(simOptions, this);
    QString error;
    if (!m_simulator->listen(0, &error))
        return fail(tr("The demo simulator could not start: %1").arg(error));
    Credentials credentials;
    credentials.endpoint = m_simulator->baseUrl().toString();
    credentials.applicationKey = simOptions.applicationKey;
    credentials.applicationSecret = simOptions.applicationSecret;
    credentials.consumerKey = simOptions.consumerKey;
    openWindow(credentials, demoSession());
}

MainWindow::Session Launcher::demoSession() const
{
    MainWindow::Session session;
    //: Status bar: the endpoint in demo mode; %1 is the simulator's local URL.
    session.endpoint = tr("simulator at %1").arg(m_simulator->baseUrl().toString());
    //: Status bar: the profile in demo mode.
    session.profile = tr("demo");
    session.simulated = true;
    return session;
}

void Launcher::startFromConfiguration()
{
    OvhConfigResolver resolver;
    QString error;
    const std::optional<Credentials> fromConfig = resolver.resolve({}, &error);
    if (!fromConfig)
        return showNoCredentials(error);
    if ((fromConfig->hasSignedKeys() || fromConfig->hasOAuth2()) && m_options.profile.isEmpty())
        //: Status bar: the credentials come from OVH_* variables or an ovh.conf file.
        return connectWith(*fromConfig, tr("environment or ovh.conf"));

    ensureVault();
    const QString profile =
        m_options.profile.isEmpty() ? m_vault->lastUsedProfile() : m_options.profile;
    if (profile.isEmpty() || !m_vault->hasProfile(profile))
        return showNoCredentials(m_options.profile.isEmpty()
                                     ? QString()
                                     : tr("There is no saved profile named \"%1\".").arg(profile));
    m_vault->load(profile, this,
                  [this, profile, fromConfig = *fromConfig](const Credentials &saved,
                                                            const SecretResult &result) {
                      if (!result.ok())
                          return showNoCredentials(
                              tr("The profile's secrets could not be read from the %1: %2")
                                  .arg(m_secrets->description(), result.error));
                      // The environment and files still win, key by key, as in python-ovh.
                      const Credentials merged = saved.overriddenBy(fromConfig);
                      connectWith(merged, profile);
                  });
}

void Launcher::connectWith(const Credentials &credentials, const QString &profile)
{
    QString error;
    const QString name = credentials.endpoint.isEmpty() ? u"ovh-eu"_s : credentials.endpoint;
    const std::optional<Endpoint> endpoint = Endpoint::resolve(name, &error);
    if (!endpoint)
        return showNoCredentials(error);
    if (!credentials.hasSignedKeys() && !credentials.hasOAuth2())
        return showNoCredentials(tr("The credentials for %1 are incomplete: an application key, "
                                    "an application secret and a consumer key (or an OAuth2 "
                                    "client id and secret) are needed.")
                                     .arg(endpoint->name));
    MainWindow::Session session;
    session.endpoint = endpoint->name;
    session.profile = profile;
    Credentials resolved = credentials;
    resolved.endpoint = name;
    openWindow(resolved, session);
}

void Launcher::openWindow(const Credentials &credentials, const MainWindow::Session &session)
{
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::resolve(credentials.endpoint, &error);
    if (!endpoint)
        return fail(error);
    m_window.reset();
    delete m_workspace;
    delete m_api;
    delete m_client;
    m_client = new OvhClient(m_network, *endpoint, credentials, this);
    m_client->setHoldCallsOnRejectedCredentials(!m_options.takesScreenshot());
    connect(m_client, &OvhClient::credentialsRejected, this, &Launcher::askForNewCredentials);
    m_profile = session.profile;
    NetworkSettings::applyTo(m_client);
    m_api = new ExchangeApi(m_client, this);
    m_workspace = new Workspace(m_api, this);
    if (m_simulator) {
        TaskWatcher::Timing timing;
        timing.firstIntervalMs = 700;
        timing.maxIntervalMs = 2000;
        m_workspace->tracker()->setTiming(timing);
    }
    m_session = session;
    showWindow();
    if (!m_options.messageFile.isEmpty())
        m_window->openMessage(m_options.messageFile);
    if (!m_options.takesScreenshot())
        return;
    ScreenshotTaker::Target target = ScreenshotTaker::Target::MainWindow;
    if (!ScreenshotTaker::targetFromName(m_options.screenshotOf, &target))
        return fail(tr("Unknown --screenshot-of \"%1\".").arg(m_options.screenshotOf));
    auto *taker = new ScreenshotTaker(m_window.get(), m_options.screenshotPath, target,
                                      m_options.screenshotTimeoutMs, this);
    connect(taker, &ScreenshotTaker::finished, this, &Launcher::finished);
    taker->start();
}

void Launcher::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_workspace, m_session);
    m_window->setPersistent(!m_options.takesScreenshot());
    addProfileMenu(m_session.simulated ? QString() : m_session.profile);
    addLanguageMenu();
    m_window->show();
    m_window->start();
}

void Launcher::addLanguageMenu()
{
    QMenu *view = m_window->windowActions()->viewMenu();
    view->addSeparator();
    auto *menu = new LanguageMenu(m_window.get());
    view->addMenu(menu);
    // Queued: the new window replaces the one whose menu emitted the signal.
    connect(menu, &LanguageMenu::languageChanged, this, &Launcher::rebuildWindow,
            Qt::QueuedConnection);
}

void Launcher::rebuildWindow()
{
    if (!m_window)
        return;
    std::unique_ptr<MainWindow> old = std::move(m_window);
    const ServiceStore *store = old->currentStore();
    const ServiceRef ref = store ? store->ref() : ServiceRef();
    const ConnectorId connector = old->currentConnector();
    const QString pastedHeaders = old->headerViewer() ? old->headerViewer()->text() : QString();
    if (old->isPersistent())
        old->saveSettings();
    if (m_session.simulated)
        m_session = demoSession(); // in the new language
    // The profile menu's texts are translated when it is built.
    delete m_profileMenu;
    m_profileMenu = nullptr;
    showWindow();
    if (store && !connector.isNull())
        m_window->selectConnector(ref, connector);
    if (m_window->headerViewer() && m_window->headerViewer()->text() != pastedHeaders)
        m_window->headerViewer()->setText(pastedHeaders);
    old.reset(); // after the new one is shown: closing the last window would quit
}

void Launcher::ensureVault()
{
    if (m_vault)
        return;
    m_secrets = new KeychainSecretStore(u"smarthost"_s, this);
    m_vault = new ProfileVault(m_secrets, this);
}

void Launcher::addProfileMenu(const QString &profile)
{
    if (m_options.takesScreenshot())
        return;
    ensureVault();
    if (!m_profileMenu) {
        m_profileMenu = new ProfileMenu(m_vault, m_secrets, this);
        // Queued: these replace the window whose menu emitted them.
        connect(m_profileMenu, &ProfileMenu::profileLoaded, this, &Launcher::connectWith,
                Qt::QueuedConnection);
        connect(
            m_profileMenu, &ProfileMenu::newProfileRequested, this,
            [this] { openSignIn(QString()); }, Qt::QueuedConnection);
        connect(
            m_profileMenu, &ProfileMenu::signedOut, this,
            [this](const QString &name) {
                m_window.reset();
                openSignIn(tr("You signed out of the profile \"%1\"; its secrets were deleted "
                              "from the keychain.")
                               .arg(name));
            },
            Qt::QueuedConnection);
        connect(m_profileMenu, &ProfileMenu::failed, this, [this](const QString &message) {
            if (m_window)
                m_window->showNotification(message);
        });
    }
    m_profileMenu->insertBefore(m_window->windowActions()->quit());
    m_profileMenu->setCurrentProfile(profile);
    m_profileMenu->setDialogParent(m_window.get());
}

void Launcher::showNoCredentials(const QString &why)
{
    if (m_signIn)
        return m_signIn(why);
    if (m_options.takesScreenshot())
        return showNoCredentialsMessage(why);
    openSignIn(why);
}

void Launcher::openSignIn(const QString &why)
{
    ensureVault();
    auto *dialog = new SignInDialog(m_network, m_vault, m_secrets, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(why);
    connect(dialog, &SignInDialog::signedIn, this, &Launcher::connectWith, Qt::QueuedConnection);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_window)
            showNoCredentialsMessage(QString());
    });
    dialog->open();
}

void Launcher::askForNewCredentials(const ApiError &error)
{
    ensureVault();
    auto *dialog = new SignInDialog(m_network, m_vault, m_secrets, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(tr("OVHcloud refused the keys in use (%1). Sign in again: what Smarthost "
                         "was doing goes on afterwards.")
                          .arg(error.toText()));
    dialog->setEndpoint(m_client->endpoint().name);
    if (m_vault->hasProfile(m_profile))
        dialog->setProfileName(m_profile);
    QPointer<OvhClient> client = m_client;
    connect(
        dialog, &SignInDialog::signedIn, this,
        [this, client](const Credentials &credentials, const QString &profile) {
            QString problem;
            const std::optional<Endpoint> endpoint =
                Endpoint::resolve(credentials.endpoint, &problem);
            if (client && endpoint && endpoint->baseUrl == client->endpoint().baseUrl) {
                client->setCredentials(credentials); // the held calls go on
                return;
            }
            if (client)
                client->abandonRejectedCalls();
            connectWith(credentials, profile); // another region: a new session
        },
        Qt::QueuedConnection);
    connect(dialog, &QDialog::rejected, this, [client] {
        if (client)
            client->abandonRejectedCalls();
    });
    dialog->open();
}

void Launcher::showNoCredentialsMessage(const QString &why)
{
    QString text = tr("Smarthost found no OVHcloud credentials.");
    if (!why.isEmpty())
        text += u"\n\n"_s + why;
    text +=
        u"\n\n"_s + tr("Set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and "
                       "OVH_CONSUMER_KEY, write an ovh.conf file, or save a profile with "
                       "`smarthost-cli login`. To look around first, start `smarthost --demo`.");
    if (m_options.takesScreenshot())
        return fail(text);
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Smarthost"), text, QMessageBox::NoButton);
    QPushButton *signIn = box->addButton(tr("&Sign In…"), QMessageBox::AcceptRole);
    QPushButton *demo = box->addButton(tr("Open the &Demo"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(signIn);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, demo, signIn] {
        if (box->clickedButton() == demo)
            startDemo();
        else if (box->clickedButton() == signIn)
            openSignIn(QString());
        else
            Q_EMIT finished(0);
    });
    box->open();
}

void Launcher::fail(const QString &message)
{
    qWarning("%s", qPrintable(message));
    if (!m_options.takesScreenshot() && !m_window) {
        auto *box =
            new QMessageBox(QMessageBox::Critical, tr("Smarthost"), message, QMessageBox::Close);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this] { Q_EMIT finished(1); });
        box->open();
        return;
    }
    Q_EMIT finished(1);
}
