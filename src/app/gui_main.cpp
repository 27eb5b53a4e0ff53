#include "LanguageMenu.h"
#include "Launcher.h"
#include "Translations.h"

#include <QApplication>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"smarthost"_s);
    QCoreApplication::setApplicationName(u"smarthost"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SMARTHOST_VERSION));
}

// Reads the command line without a display, so that --help, --version and mistakes work in
// any terminal. Returns the exit code when there is nothing more to do.
std::optional<int> readOptions(int argc, char *argv[], std::optional<LaunchOptions> *options)
{
    QCoreApplication core(argc, argv);
    setApplicationNames();
    QString error;
    *options = LaunchOptions::parse(QCoreApplication::arguments(), &error);
    if (!*options) {
        std::fprintf(stderr, "smarthost: %s\n", qPrintable(error));
        return 2;
    }
    Translations::install(LanguageMenu::startupLanguage((*options)->language));
    if ((*options)->helpRequested) {
        // Parsed again for the help text in the user's language.
        std::fputs(qPrintable(LaunchOptions::parse(QCoreApplication::arguments(), &error)
                                  .value_or(**options)
                                  .helpText),
                   stdout);
        return 0;
    }
    if ((*options)->versionRequested) {
        std::printf("smarthost %s\n", SMARTHOST_VERSION);
        return 0;
    }
    return std::nullopt;
}
} // namespace

int main(int argc, char *argv[])
{
    std::optional<LaunchOptions> options;
    if (const std::optional<int> done = readOptions(argc, argv, &options))
        return *done;

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(u"Smarthost"_s);
    QGuiApplication::setDesktopFileName(u"smarthost"_s);
    // Smarthost's and Qt's own strings: --lang wins, else View → Language's saved choice, else
    // the system's language.
    Translations::install(LanguageMenu::startupLanguage(options->language));

    Launcher launcher(*options);
    // Queued: the launcher may decide to quit before the event loop runs.
    QObject::connect(&launcher, &Launcher::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    launcher.start();
    return QApplication::exec();
}
