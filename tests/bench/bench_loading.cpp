// Loading a 5,000-account service from `smarthost-sim --latency-ms 50`: requests, wall time
// and peak in flight for pages, batch and single-GET modes, side by side with the naive
// strategy (one GET per account, one after the other), measured in the same run.
#include "CollectionReader.h"
#include "Endpoint.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
const ServiceRef service{u"private-zz111111-1"_s, u"private-zz111111-1"_s};
constexpr int Accounts = 5000;

struct Measure
{
    QString name;
    quint64 requests = 0;
    qint64 wallMs = 0;
    int peak = 0;
    int objects = 0;
};

QTextStream out(stdout);

class SimProcess
{
public:
    explicit SimProcess(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(SMARTHOST_BINARY_DIR "/bin/smarthost-sim"), arguments);
        m_process.waitForStarted();
        while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) {
        }
        static const QRegularExpression pattern(u"listening on (\\S+)"_s);
        m_url = pattern.match(QString::fromUtf8(m_process.readLine())).captured(1);
    }
    ~SimProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

Credentials demoCredentials(const QString &url)
{
    Credentials c;
    c.endpoint = url;
    c.applicationKey = u"smarthost-demo-ak"_s;
    c.applicationSecret = u"smarthost-demo-as"_s;
    c.consumerKey = u"smarthost-demo-ck"_s;
    return c;
}

Measure loadWithReader(const QString &name, const QStringList &simArguments,
                       OvhClient::BulkMode mode)
{
    SimProcess sim(simArguments);
    QNetworkAccessManager network;
    QString error;
    OvhClient client(&network, *Endpoint::resolve(sim.url(), &error), demoCredentials(sim.url()));
    OvhClient::Limits limits;
    limits.requestsPerSecond = 0; // the rate limit is a fair-use choice, not a speed
    client.setLimits(limits);
    client.stepDownBulkMode(mode);
    ExchangeApi api(&client);
    CollectionReader reader(&api);
    QElapsedTimer timer;
    timer.start();
    Measure m{name};
    bool done = false;
    QObject context;
    reader.readAccounts(service, &context, [&](const CollectionResult<Account> &r) {
        m.objects = int(r.items.size());
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    m.wallMs = timer.elapsed();
    m.requests = client.requestsSent();
    m.peak = client.peakInFlight();
    return m;
}

Measure loadNaively(const QStringList &simArguments)
{
    SimProcess sim(simArguments);
    QNetworkAccessManager network;
    QString error;
    OvhClient client(&network, *Endpoint::resolve(sim.url(), &error), demoCredentials(sim.url()));
    OvhClient::Limits limits;
    limits.requestsPerSecond = 0;
    limits.maxInFlight = 1;
    client.setLimits(limits);
    ExchangeApi api(&client);
    QElapsedTimer timer;
    timer.start();
    Measure m{u"naive"_s};
    QObject context;
    QStringList emails;
    bool listed = false;
    api.accountAddresses(service, &context, [&](const ApiResult<QStringList> &r) {
        emails = r.value.value_or(QStringList());
        listed = true;
    });
    while (!listed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    for (const QString &email : std::as_const(emails)) {
        bool one = false;
        api.account(service, email, &context, [&](const ApiResult<Account> &r) {
            m.objects += r.ok();
            one = true;
        });
        while (!one)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    m.wallMs = timer.elapsed();
    m.requests = client.requestsSent();
    m.peak = client.peakInFlight();
    return m;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList base{u"--accounts"_s, QString::number(Accounts - 2), u"--latency-ms"_s,
                           u"50"_s};
    const bool quick = app.arguments().contains(u"--quick"_s);
    QList<Measure> measures;
    measures << loadWithReader(u"pages"_s, base, OvhClient::BulkMode::Pages);
    measures << loadWithReader(u"batch"_s, base + QStringList{u"--no-pages"_s},
                               OvhClient::BulkMode::Pages);
    measures << loadWithReader(u"single"_s, base + QStringList{u"--no-pages"_s, u"--no-batch"_s},
                               OvhClient::BulkMode::Pages);
    if (!quick)
        measures << loadNaively(base);

    for (const Measure &m : std::as_const(measures)) {
        out << u"load_%1_requests: %2 requests\n"_s.arg(m.name).arg(m.requests);
        out << u"load_%1_wall: %2 ms\n"_s.arg(m.name).arg(m.wallMs);
        out << u"load_%1_peak_in_flight: %2 requests\n"_s.arg(m.name).arg(m.peak);
        out << u"load_%1_objects: %2 accounts\n"_s.arg(m.name).arg(m.objects);
    }
    out << u"\n%1 %2 %3 %4 %5\n"_s.arg(u"mode"_s, -8)
               .arg(u"requests"_s, 9)
               .arg(u"wall ms"_s, 9)
               .arg(u"peak"_s, 5)
               .arg(u"accounts"_s, 9);
    for (const Measure &m : std::as_const(measures))
        out << u"%1 %2 %3 %4 %5\n"_s.arg(m.name, -8)
                   .arg(m.requests, 9)
                   .arg(m.wallMs, 9)
                   .arg(m.peak, 5)
                   .arg(m.objects, 9);
    out.flush();
    return 0;
}
