#include "CliRunner.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("smarthost"));
    QCoreApplication::setApplicationName(QStringLiteral("smarthost"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMARTHOST_VERSION));
    Translations::install(Translations::systemLanguage());
    CliRunner runner;
    QObject::connect(&runner, &CliRunner::finished, &app, &QCoreApplication::exit);
    const int immediate = runner.start(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
