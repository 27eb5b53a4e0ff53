#pragma once

#include "Credentials.h"
#include "LaunchOptions.h"
#include "MainWindow.h"

#include <QObject>
#include <functional>
#include <memory>

struct ApiError;
class ExchangeApi;
class OvhClient;
class ProfileMenu;
class ProfileVault;
class QNetworkAccessManager;
class SecretStore;
class Simulator;
class Workspace;

// Starts a session: the in-process simulator (--demo), or the credentials from OVH_*
// variables and ovh.conf, or the last keychain profile; then the main window (and, with
// --screenshot, the screenshot). Without usable credentials it opens the sign-in dialog
// (tests may plug in another handler with setSignInHandler()); File → Switch Profile and
// Sign Out act on the saved profiles. View → Language switches the language at once: the
// window is rebuilt on the same workspace, its state carried over through QSettings.
class Launcher : public QObject
{
    Q_OBJECT

public:
    explicit Launcher(LaunchOptions options, QObject *parent = nullptr);
    ~Launcher() override;

    void start();
    void startDemo();
    // Opens the window on these credentials; `profile` is what the status bar shows.
    void connectWith(const Credentials &credentials, const QString &profile);

    // Called instead of the "no credentials" message when set.
    void setSignInHandler(std::function<void(const QString &why)> handler)
    {
        m_signIn = std::move(handler);
    }

    const LaunchOptions &options() const { return m_options; }
    MainWindow *window() const { return m_window.get(); }
    Simulator *simulator() const { return m_simulator; }

Q_SIGNALS:
    // The application should quit with this code (screenshots, fatal problems, "Quit").
    void finished(int exitCode);

private:
    void startFromConfiguration();
    MainWindow::Session demoSession() const;
    void openWindow(const Credentials &credentials, const MainWindow::Session &session);
    void showWindow();
    void addLanguageMenu();
    // After a language switch: a new window, in the new language, where the old one was.
    void rebuildWindow();
    void showNoCredentials(const QString &why);
    // The sign-in dialog over the window (or alone); cancelled with no window: the "no
    // credentials" message, which offers the demo.
    void openSignIn(const QString &why);
    void showNoCredentialsMessage(const QString &why);
    void ensureVault();
    // OVHcloud rejected the keys mid-session: sign in again, then the held calls go on.
    void askForNewCredentials(const ApiError &error);
    void addProfileMenu(const QString &profile);
    void fail(const QString &message);

    LaunchOptions m_options;
    QNetworkAccessManager *m_network;
    Simulator *m_simulator = nullptr;
    SecretStore *m_secrets = nullptr;
    ProfileVault *m_vault = nullptr;
    ProfileMenu *m_profileMenu = nullptr;
    QString m_profile; // what the window's session shows
    OvhClient *m_client = nullptr;
    ExchangeApi *m_api = nullptr;
    Workspace *m_workspace = nullptr;
    std::function<void(const QString &)> m_signIn;
    MainWindow::Session m_session;
    std::unique_ptr<MainWindow> m_window; // destroyed before the workspace it shows
};
