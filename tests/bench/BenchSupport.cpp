#include "BenchSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace Bench {

SimProcess::SimProcess(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(SMARTHOST_BINARY_DIR "/bin/smarthost-sim"), arguments);
    m_process.waitForStarted();
    while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) {
    }
    static const QRegularExpression pattern(u"listening on (\\S+)"_s);
    m_url = pattern.match(QString::fromUtf8(m_process.readLine())).captured(1);
    if (m_url.isEmpty())
        qFatal("smarthost-sim did not start");
}

SimProcess::~SimProcess()
{
    m_process.terminate();
    m_process.waitForFinished(5000);
}

Credentials demoCredentials(const QString &url)
{
    Credentials c;
    c.endpoint = url;
    c.applicationKey = u"smarthost-demo-ak"_s;
    c.applicationSecret = u"smarthost-demo-as"_s;
    c.consumerKey = u"smarthost-demo-ck"_s;
    return c;
}

std::optional<Options> parseOptions(const QStringList &arguments, QString *error)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--quick"_s) {
            options.quick = true;
        } else if (argument == u"--rate-limit"_s && i + 1 < arguments.size()) {
            bool ok = false;
            options.rateLimit = arguments.at(++i).toDouble(&ok);
            if (!ok || options.rateLimit < 0) {
                *error = u"--rate-limit expects a number of requests per second (0: off)"_s;
                return std::nullopt;
            }
        } else {
            *error = u"usage: %1 [--quick] [--rate-limit N]"_s.arg(arguments.value(0));
            return std::nullopt;
        }
    }
    return options;
}

qint64 cpuMs()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    const auto ms = [](const timeval &t) {
        return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double value = file.readAll().split(' ').value(0).toDouble(&ok);
    return ok ? value : -1;
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace Bench
