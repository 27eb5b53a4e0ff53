// smarthost-sim: the OVHcloud API simulator as a standalone server for demos and scripts.
#include "SignalWatcher.h"
#include "SimCommandLine.h"
#include "Simulator.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"smarthost-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SMARTHOST_VERSION));

    int exitCode = 0;
    QString output;
    const auto settings = SimCommandLine::parse(QCoreApplication::arguments(), &exitCode, &output);
    if (!settings) {
        print(exitCode == 0 ? stdout : stderr, output.endsWith(u'\n') ? output : output + u'\n');
        return exitCode;
    }

    Simulator simulator(settings->options);
    for (const FaultRule &rule : settings->faults)
        simulator.addFault(rule);
    QString error;
    if (!simulator.listen(settings->port, &error)) {
        print(stderr, SimCommandLine::listenFailure(settings->port, error) + u'\n');
        return 1;
    }
    if (settings->verbose) {
        QObject::connect(&simulator, &Simulator::requestAnswered, &simulator,
                         [](const QByteArray &method, const QByteArray &target, int status,
                            const QByteArray &queryId) {
                             print(stderr, u"%1 %2 %3 %4\n"_s.arg(QString::fromLatin1(method),
                                                                  QString::fromUtf8(target),
                                                                  QString::number(status),
                                                                  QString::fromLatin1(queryId)));
                         });
    }
    print(stdout, SimCommandLine::banner(simulator));

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);
    return app.exec();
}
