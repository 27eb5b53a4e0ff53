#include "SimulatorProcess.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

SimulatorProcess::~SimulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SimulatorProcess::binary(const QString &name)
{
    return QStringLiteral(SMARTHOST_BINARY_DIR) + u"/bin/"_s + name;
}

bool SimulatorProcess::start(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(binary(u"smarthost-sim"_s), arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10000))
            return false;
    }
    const QString first = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression pattern(u"^Smarthost simulator listening on (http://\\S+)$"_s);
    const auto match = pattern.match(first);
    if (!match.hasMatch())
        return false;
    m_baseUrl = QUrl(match.captured(1));
    return m_baseUrl.isValid();
}

QProcessEnvironment SimulatorProcess::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OVH_ENDPOINT"_s, m_baseUrl.toString());
    env.insert(u"OVH_APPLICATION_KEY"_s, u"smarthost-demo-ak"_s);
    env.insert(u"OVH_APPLICATION_SECRET"_s, u"smarthost-demo-as"_s);
    env.insert(u"OVH_CONSUMER_KEY"_s, u"smarthost-demo-ck"_s);
    return env;
}

SimulatorProcess::CliRun SimulatorProcess::cli(const QStringList &arguments,
                                               const QByteArray &stdinData,
                                               const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? cliEnvironment() : environment);
    process.start(binary(u"smarthost-cli"_s), arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
