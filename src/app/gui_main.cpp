#include "LanguageMenu.h"
#include "Launcher.h"
#include "Translations.h"

#include <QApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"smarthost"_s);
    QCoreApplication::setApplicationName(u"smarthost"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SMARTHOST_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Smarthost"_s);
    QGuiApplication::setDesktopFileName(u"smarthost"_s);


    QString error;
    const std::optional<LaunchOptions> options =
        LaunchOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "smarthost: %s\n", qPrintable(error));
        return 2;
    }
    // Smarthost's and Qt's own strings: --lang wins, else View → Language's saved choice, else
    // the system's language.
    Translations::install(LanguageMenu::startupLanguage(options->language));
    if (options->helpRequested) {
        std::fputs(qPrintable(options->helpText), stdout);
        return 0;
    }
    if (options->versionRequested) {
        std::printf("smarthost %s\n", SMARTHOST_VERSION);
        return 0;
    }
    Launcher launcher(*options);
    // Queued: the launcher may decide to quit before the event loop runs.
    QObject::connect(&launcher, &Launcher::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    launcher.start();
    return QApplication::exec();
}
