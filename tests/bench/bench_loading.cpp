// Loading a 5,000-account service from `smarthost-sim --latency-ms 50`: requests, wall time
// and peak in flight for pages, batch and single-GET modes, side by side with the naive
// strategy (one GET per account, one after the other), measured in the same run.
//
// Options: --rate-limit N (requests per second; default 0 = off, as the limit is a fair-use
// choice, not a speed) and --quick (the naive run reads 500 accounts instead of 5,000 — about
// 25 s instead of 4+ minutes; the output says so).
#include "BenchSupport.h"
#include "BenchTargets.h"
#include "CollectionReader.h"
#include "Endpoint.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
const ServiceRef service{u"private-zz111111-1"_s, u"private-zz111111-1"_s};
constexpr int Accounts = 5000;
constexpr int QuickNaiveAccounts = 500;
constexpr int LatencyMs = 50;
constexpr int SimDefaultAccounts = 2; // the simulator's guide service has two of its own

struct Measure
{
    QString name;
    int accounts = 0; // in the service
    quint64 requests = 0;
    qint64 wallMs = 0;
    int peak = 0;
    int objects = 0;  // read
    qint64 cpuMs = 0; // this process's CPU time during the load (the simulator's not included)
};

QTextStream out(stdout);

QStringList simArguments(int accounts)
{
    return {u"--accounts"_s, QString::number(accounts - SimDefaultAccounts), u"--latency-ms"_s,
            QString::number(LatencyMs)};
}

std::unique_ptr<OvhClient> makeClient(QNetworkAccessManager *network, const QString &url,
                                      const Bench::Options &options, int maxInFlight)
{
    QString error;
    auto client = std::make_unique<OvhClient>(network, *Endpoint::resolve(url, &error),
                                              Bench::demoCredentials(url));
    OvhClient::Limits limits;
    limits.requestsPerSecond = options.rateLimit;
    limits.maxInFlight = maxInFlight;
    client->setLimits(limits);
    return client;
}

Measure loadWithReader(const QString &name, const QStringList &simFlags,
                       const Bench::Options &options)
{
    Bench::SimProcess sim(simArguments(Accounts) + simFlags);
    QNetworkAccessManager network;
    auto client = makeClient(&network, sim.url(), options, OvhClient::Limits().maxInFlight);
    ExchangeApi api(client.get());
    CollectionReader reader(&api);
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = Bench::cpuMs();
    Measure m{name, Accounts};
    bool done = false;
    QObject context;
    reader.readAccounts(service, &context, [&](const CollectionResult<Account> &r) {
        m.objects = int(r.items.size());
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    m.wallMs = timer.elapsed();
    m.cpuMs = Bench::cpuMs() - cpuBefore;
    m.requests = client->requestsSent();
    m.peak = client->peakInFlight();
    return m;
}

Measure loadNaively(int accounts, const Bench::Options &options)
{
    Bench::SimProcess sim(simArguments(accounts));
    QNetworkAccessManager network;
    auto client = makeClient(&network, sim.url(), options, 1);
    ExchangeApi api(client.get());
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = Bench::cpuMs();
    Measure m{u"naive"_s, accounts};
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
    m.cpuMs = Bench::cpuMs() - cpuBefore;
    m.requests = client->requestsSent();
    m.peak = client->peakInFlight();
    return m;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const std::optional<Bench::Options> options = Bench::parseOptions(app.arguments(), &error);
    if (!options) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    out << u"# %1 accounts, simulator latency %2 ms, rate limit %3\n"_s.arg(Accounts)
               .arg(LatencyMs)
               .arg(options->rateLimit > 0 ? u"%1 requests/s"_s.arg(options->rateLimit) : u"off"_s);
    out << u"# requests include the one clock request (GET /auth/time); load average %1\n"_s.arg(
        Bench::loadAverage());
    out.flush();
    QList<Measure> measures;
    measures << loadWithReader(u"pages"_s, {}, *options);
    measures << loadWithReader(u"batch"_s, {u"--no-pages"_s}, *options);
    measures << loadWithReader(u"single"_s, {u"--no-pages"_s, u"--no-batch"_s}, *options);
    const int naiveAccounts = options->quick ? QuickNaiveAccounts : Accounts;
    if (options->quick)
        out << u"# --quick: the naive run reads %1 accounts, not %2\n"_s.arg(naiveAccounts)
                   .arg(Accounts);
    measures << loadNaively(naiveAccounts, *options);

    for (const Measure &m : std::as_const(measures)) {
        out << u"load_%1_requests: %2 requests\n"_s.arg(m.name).arg(m.requests);
        out << u"load_%1_wall: %2 ms\n"_s.arg(m.name).arg(m.wallMs);
        out << u"load_%1_peak_in_flight: %2 requests\n"_s.arg(m.name).arg(m.peak);
        out << u"load_%1_objects: %2 accounts\n"_s.arg(m.name).arg(m.objects);
        out << u"load_%1_client_cpu: %2 ms\n"_s.arg(m.name).arg(m.cpuMs);
    }
    out << u"\n%1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"mode"_s, -8)
               .arg(u"accounts"_s, 9)
               .arg(u"requests"_s, 9)
               .arg(u"wall ms"_s, 9)
               .arg(u"peak"_s, 5)
               .arg(u"read"_s, 6)
               .arg(u"cpu ms"_s, 7);
    for (const Measure &m : std::as_const(measures))
        out << u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(m.name, -8)
                   .arg(m.accounts, 9)
                   .arg(m.requests, 9)
                   .arg(m.wallMs, 9)
                   .arg(m.peak, 5)
                   .arg(m.objects, 6)
                   .arg(m.cpuMs, 7);
    out << '\n';

    BenchTargets targets;
    const Measure &pages = measures.at(0);
    const Measure &batch = measures.at(1);
    const Measure &single = measures.at(2);
    targets.atMost(u"pages requests"_s, double(pages.requests), 10, u"requests"_s);
    targets.atMost(u"pages wall"_s, double(pages.wallMs), 2000, u"ms"_s);
    targets.atMost(u"batch requests"_s, double(batch.requests), 130, u"requests"_s);
    targets.atMost(u"single requests"_s, double(single.requests), 5100, u"requests"_s);
    targets.atMost(u"single peak in flight"_s, single.peak, 8, u"requests"_s);
    for (const Measure &m : std::as_const(measures))
        targets.atMost(u"%1 missing accounts"_s.arg(m.name), m.accounts - m.objects, 0,
                       u"accounts"_s);
    targets.print(out);
    out.flush();
    return 0;
}
