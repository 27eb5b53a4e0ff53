#include "LaunchOptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<LaunchOptions> LaunchOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the SMTP send connectors of OVHcloud Private and Trusted Exchange."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, tr("Work on simulated data: no account or network "
                                                "needed."));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        tr("Wait until the first load is finished, save the window to FILE (PNG) "
           "and exit."),
        tr("FILE"));
    const QCommandLineOption language(u"lang"_s, tr("Use language LANG (e.g. fr)."), tr("LANG"));
    const QCommandLineOption profile(u"profile"_s, tr("Use the saved profile NAME."), tr("NAME"));
    QCommandLineOption screenshotOf(u"screenshot-of"_s,
                                    tr("What --screenshot grabs: main, new-connector, "
                                       "edit-connector, change-authentication or "
                                       "header-viewer."),
                                    tr("WHAT"), u"main"_s);
    screenshotOf.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption timeout(u"screenshot-timeout"_s, tr("Give up after SECONDS."), tr("SECONDS"),
                               u"60"_s);
    timeout.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption demoAccounts(
        u"demo-accounts"_s, tr("Generated accounts in the demo (default 12)."), tr("N"), u"12"_s);
    demoAccounts.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addPositionalArgument(
        u"message"_s,
        tr("A received message (.eml) or a header saved as text, to open in the header viewer."),
        tr("[MESSAGE]"));
    for (const QCommandLineOption &option :
         {demo, screenshot, language, profile, screenshotOf, timeout, demoAccounts})
        parser.addOption(option);

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    LaunchOptions options;
    options.helpText = parser.helpText();
    options.helpRequested = parser.isSet(help);
    options.versionRequested = parser.isSet(version);
    options.demo = parser.isSet(demo);
    options.screenshotPath = parser.value(screenshot);
    options.screenshotOf = parser.value(screenshotOf);
    options.language = parser.value(language);
    options.profile = parser.value(profile);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        *error = tr("Unexpected argument: %1").arg(files.at(1));
        return std::nullopt;
    }
    options.messageFile = files.value(0);
    static const QRegularExpression languageCode(u"^[a-z]{2,3}([_-][A-Za-z]{2})?$"_s);
    if (!options.language.isEmpty() && !languageCode.match(options.language).hasMatch()) {
        *error = tr("--lang expects a language code such as fr or pt_BR, not \"%1\".")
                     .arg(options.language);
        return std::nullopt;
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0) {
        *error = tr("--screenshot-timeout expects a number of seconds.");
        return std::nullopt;
    }
    options.screenshotTimeoutMs = seconds * 1000;
    options.demoAccounts = parser.value(demoAccounts).toInt(&ok);
    if (!ok || options.demoAccounts < 0 || options.demoAccounts > 20'000) {
        *error = tr("--demo-accounts expects a number between 0 and 20000.");
        return std::nullopt;
    }
    return options;
}
