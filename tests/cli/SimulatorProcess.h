#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

// Runs the built smarthost-sim as a child process and smarthost-cli against it.
class SimulatorProcess
{
public:
    ~SimulatorProcess();

    bool start(const QStringList &arguments = {});
    QUrl baseUrl() const { return m_baseUrl; }
    QProcessEnvironment cliEnvironment() const;

    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs smarthost-cli with the simulator's credentials in the environment.
    CliRun cli(const QStringList &arguments, const QByteArray &stdinData = {},
               const QProcessEnvironment &environment = {}) const;

    static QString binary(const QString &name);

private:
    QProcess m_process;
    QUrl m_baseUrl;
};
