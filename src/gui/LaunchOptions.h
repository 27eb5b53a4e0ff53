#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// What `smarthost` was started with.
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    bool demo = false;      // --demo: the simulator, in-process, on loopback
    int demoAccounts = 12;  // --demo-accounts N (hidden): generated accounts in the demo
    QString screenshotPath; // --screenshot FILE.png: grab the window once loaded, then exit
    QString screenshotOf; // --screenshot-of main|new-connector|edit-connector|change-authentication
                          // |header-viewer
    int screenshotTimeoutMs = 60'000;
    QString language;    // --lang xx: forces the language (else View → Language, else the system)
    QString profile;     // --profile NAME: a saved keychain profile
    QString messageFile; // MESSAGE: a .eml or header file opened in the header viewer
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;

    bool takesScreenshot() const { return !screenshotPath.isEmpty(); }

    // Returns nullopt and sets error on a bad command line.
    static std::optional<LaunchOptions> parse(const QStringList &arguments, QString *error);
};
