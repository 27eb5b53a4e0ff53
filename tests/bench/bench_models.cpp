// The GUI's models and views with large services, against `smarthost-sim` in its own process:
// - the worst event-loop stall (a 10 ms heartbeat timer) while 5,000 accounts load at 50 ms
//   latency into the service tree and the accounts pane (its sorted, filtered table);
// - with 10,000 accounts loaded: the peak RSS, filtering the accounts table by a substring
//   (the pane's own proxy), sorting it, and inserting 10,000 more rows into the tree model;
// - dragging 1,000 accounts onto a connector (the tree model's drop, the binder's undoable
//   job, the status bar's progress) at 50 ms latency: wall time, requests, peak in flight and
//   the worst event-loop stall while the answers come back.
// The views are shown on the offscreen platform (QT_QPA_PLATFORM=offscreen unless set).
#include "AccountBinder.h"
#include "AccountMoveMimeData.h"
#include "AccountTableModel.h"
#include "AccountsPane.h"
#include "AttachJob.h"
#include "AttachProgress.h"
#include "BenchSupport.h"
#include "BenchTargets.h"
#include "Endpoint.h"
#include "ExchangeApi.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "ServiceTreeView.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
const ServiceRef service{u"private-zz111111-1"_s, u"private-zz111111-1"_s};
constexpr int SimDefaultAccounts = 2;
QTextStream out(stdout);
// What happened when (ms since the heartbeat started), to explain long gaps.
QElapsedTimer clock;
QStringList timeline;

void note(const QString &what)
{
    timeline << u"%1 ms: %2"_s.arg(QString::number(double(clock.nsecsElapsed()) / 1e6, 'f', 1),
                                   what);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// The window's parts over one simulated service: the tree (model and view) and the accounts
// pane, shown on the offscreen platform.
struct Gui
{
    Gui(const QString &url, const Bench::Options &options)
    {
        QString error;
        client = std::make_unique<OvhClient>(&network, *Endpoint::resolve(url, &error),
                                             Bench::demoCredentials(url));
        OvhClient::Limits limits;
        limits.requestsPerSecond = options.rateLimit;
        client->setLimits(limits);
        api = std::make_unique<ExchangeApi>(client.get());
        workspace = std::make_unique<Workspace>(api.get());
        tree = std::make_unique<ServiceTreeModel>(workspace->catalog());
        treeView = std::make_unique<ServiceTreeView>(tree.get());
        treeView->resize(600, 800);
        treeView->show();
        pane.resize(800, 800);
        pane.show();
        workspace->catalog()->load();
        waitUntil([this] { return workspace->catalog()->loadState() == LoadState::Loaded; });
        store = workspace->catalog()->store(service);
        if (!store)
            qFatal("the simulator has no %s", qPrintable(service.displayText()));
        pane.setStore(store);
        QObject::connect(pane.model(), &QAbstractItemModel::rowsInserted, pane.model(),
                         [this](const QModelIndex &, int first, int last) {
                             ++insertions;
                             note(u"%1 rows inserted"_s.arg(last - first + 1));
                         });
        QObject::connect(pane.model(), &QAbstractItemModel::modelReset, pane.model(),
                         [this] { ++resets; });
    }

    // Loads the service; returns the wall time in ms.
    double load()
    {
        QElapsedTimer timer;
        timer.start();
        QObject::connect(pane.model(), &QAbstractItemModel::rowsInserted, pane.model(), [&, this] {
            if (firstRowMs < 0)
                firstRowMs = msSince(timer);
        });
        store->load();
        waitUntil([this] { return store->loadState() != LoadState::Loading; });
        if (store->loadState() != LoadState::Loaded)
            qFatal("load failed: %s", qPrintable(store->loadError().toText()));
        return msSince(timer);
    }

    QNetworkAccessManager network;
    std::unique_ptr<OvhClient> client;
    std::unique_ptr<ExchangeApi> api;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ServiceTreeModel> tree;
    std::unique_ptr<ServiceTreeView> treeView;
    AccountsPane pane;
    ServiceStore *store = nullptr;
    int insertions = 0;
    int resets = 0;
    double firstRowMs = -1;
};

// CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000 + double(t.tv_nsec) / 1e6;
}

// The worst gap between the ticks of a 10 ms timer while the event loop runs, and how much
// of it the GUI thread spent working (the rest it waited for a CPU: the machine is shared).
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double gap = msSince(m_since);
            const double cpu = threadCpuMs();
            const double busy = cpu - m_cpuAtTick;
            if (gap > 30)
                note(u"heartbeat after %1 ms (GUI thread busy %2 ms of it)"_s.arg(
                    QString::number(gap, 'f', 1), QString::number(busy, 'f', 1)));
            m_worst = std::max(m_worst, gap);
            m_worstBusy = std::max(m_worstBusy, busy);
            m_since.restart();
            m_cpuAtTick = cpu;
        });
        clock.start();
        m_since.start();
        m_cpuAtTick = threadCpuMs();
        m_timer.start();
    }
    double worstGapMs() const { return std::max(m_worst, msSince(m_since)); }
    double worstBusyMs() const { return m_worstBusy; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_worst = 0;
    double m_worstBusy = 0;
    double m_cpuAtTick = 0;
};

// Notes in the timeline every event whose delivery kept the GUI thread busy for more than
// 15 ms (receiver class, event type): what a long heartbeat gap was spent on.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        const int type = int(event->type());
        const double before = threadCpuMs();
        const bool result = QApplication::notify(receiver, event);
        const double busy = threadCpuMs() - before;
        if (busy > 15 && clock.isValid())
            note(u"event %1 to %2 took %3 ms"_s.arg(type).arg(
                QString::fromLatin1(receiver->metaObject()->className()), ms(busy)));
        return result;
    }
};

QList<Account> syntheticAccounts(int count, ConnectorId connector)
{
    QList<Account> accounts;
    accounts.reserve(count);
    for (int i = 0; i < count; ++i) {
        Account a;
        a.primaryEmailAddress = u"bulk%1@mydomain.ovh"_s.arg(i, 5, 10, QChar(u'0'));
        a.login = a.primaryEmailAddress.section(u'@', 0, 0);
        a.domain = u"mydomain.ovh"_s;
        a.displayName = u"Bulk user %1"_s.arg(i);
        a.accountLicense = u"basic"_s;
        a.state = u"ok"_s;
        a.sendConnectorId = i % 3 == 0 ? connector : ConnectorId();
        accounts << a;
    }
    return accounts;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QString error;
    const std::optional<Bench::Options> options = Bench::parseOptions(app.arguments(), &error);
    if (!options) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    BenchTargets targets;
    out << u"# load average %1\n"_s.arg(Bench::loadAverage());

    // 5,000 accounts at 50 ms: rows as pages arrive, the event loop keeps ticking.
    {
        Bench::SimProcess sim({u"--accounts"_s, QString::number(5000 - SimDefaultAccounts),
                               u"--latency-ms"_s, u"50"_s});
        Gui gui(sim.url(), *options);
        Heartbeat heartbeat;
        const double wall = gui.load();
        const double stall = heartbeat.worstGapMs();
        out << u"gui_load_5000_wall: %1 ms\n"_s.arg(ms(wall));
        out << u"gui_load_5000_first_rows: %1 ms\n"_s.arg(ms(gui.firstRowMs));
        out << u"gui_load_5000_worst_heartbeat_gap: %1 ms\n"_s.arg(ms(stall));
        out << u"gui_load_5000_worst_gui_thread_busy_between_ticks: %1 ms\n"_s.arg(
            ms(heartbeat.worstBusyMs()));
        out << u"gui_load_5000_row_insertions: %1 batches\n"_s.arg(gui.insertions);
        out << u"gui_load_5000_model_resets: %1 resets\n"_s.arg(gui.resets);
        out << u"gui_load_5000_rows: %1 rows\n"_s.arg(gui.pane.model()->rowCount());
        for (const QString &line : std::as_const(timeline))
            out << u"#   "_s << line << '\n';
        out.flush();
        targets.atMost(u"event-loop stall"_s, stall, 50, u"ms"_s);
    }

    // 10,000 accounts loaded (no latency): memory, filter, sort, tree insertion.
    {
        Bench::SimProcess sim({u"--accounts"_s, QString::number(10000 - SimDefaultAccounts)});
        Gui gui(sim.url(), *options);
        const double wall = gui.load();
        QCoreApplication::processEvents();
        const qint64 rssKb = Bench::peakRssKb();
        out << u"gui_load_10000_wall: %1 ms\n"_s.arg(ms(wall));
        out << u"gui_load_10000_rows: %1 rows\n"_s.arg(gui.pane.model()->rowCount());
        out << u"peak_rss_10000_accounts: %1 MB\n"_s.arg(ms(rssKb / 1024.0));
        targets.atMost(u"peak RSS"_s, rssKb / 1024.0, 150, u"MB"_s);

        QElapsedTimer timer;
        timer.start();
        gui.pane.filterEdit()->setText(u"user12"_s);
        const double filter = msSince(timer);
        const int shown = gui.pane.proxy()->rowCount();
        timer.restart();
        gui.pane.filterEdit()->clear();
        const double unfilter = msSince(timer);
        out << u"filter_10000_rows: %1 ms (%2 rows shown)\n"_s.arg(ms(filter)).arg(shown);
        out << u"filter_10000_rows_cleared: %1 ms\n"_s.arg(ms(unfilter));
        targets.atMost(u"filter"_s, filter, 50, u"ms"_s);

        timer.restart();
        gui.pane.table()->sortByColumn(int(AccountTableModel::Column::DisplayName),
                                       Qt::DescendingOrder);
        out << u"sort_10000_rows: %1 ms\n"_s.arg(ms(msSince(timer)));

        // The tree model alone (the pane looks away): 10,000 more accounts in one batch,
        // a third of them under the connector.
        gui.pane.setStore(nullptr);
        const ConnectorId connector = gui.store->connectorIds().value(0);
        const QList<Account> batch = syntheticAccounts(10000, connector);
        int treeRows = 0;
        QObject::connect(
            gui.tree.get(), &QAbstractItemModel::rowsInserted,
            [&](const QModelIndex &, int first, int last) { treeRows += last - first + 1; });
        timer.restart();
        gui.store->addAccounts(batch);
        const double insert = msSince(timer);
        out << u"tree_insert_10000_rows: %1 ms (%2 rows)\n"_s.arg(ms(insert)).arg(treeRows);
        out << u"peak_rss_after_20000_accounts: %1 MB\n"_s.arg(ms(Bench::peakRssKb() / 1024.0));
    }

    // 1,000 accounts dropped onto a connector at 50 ms latency: the progress in the status
    // bar moves, the event loop keeps ticking, every account ends on the connector.
    {
        constexpr int Dragged = 1000;
        Bench::SimProcess sim(
            {u"--accounts"_s, QString::number(Dragged * 2), u"--latency-ms"_s, u"50"_s});
        Gui gui(sim.url(), *options);
        gui.load();
        AccountBinder binder(gui.api.get(), gui.workspace->catalog(), nullptr);
        gui.tree->setBinder(&binder);
        AttachProgress progress;
        progress.resize(500, 40);
        progress.show();
        QObject::connect(&binder, &AccountBinder::jobStarted, &progress, &AttachProgress::track);
        const ConnectorId target = gui.store->connectorIds().value(0);
        QStringList emails = gui.store->accountsUsing(ConnectorId());
        emails.sort();
        emails = emails.mid(0, Dragged);
        if (emails.size() < Dragged) {
            out << u"only %1 accounts without a connector\n"_s.arg(emails.size());
            return 1;
        }
        const int onTargetBefore = gui.store->accountCount(target);
        std::unique_ptr<QMimeData> drag(AccountMoveMimeData::encode(
            AccountMoveMimeData::Accounts{AccountMoveMimeData::Version, service, emails}));
        const QModelIndex connector = gui.tree->connectorIndex(service, target);
        const quint64 requestsBefore = gui.client->requestsSent();
        AttachJob *job = nullptr;
        QObject::connect(&binder, &AccountBinder::jobStarted,
                         [&job](AttachJob *started) { job = started; });
        int progressUpdates = 0;
        QObject::connect(progress.bar(), &QProgressBar::valueChanged, [&] { ++progressUpdates; });
        bool finished = false;
        timeline.clear();
        Heartbeat heartbeat;
        QElapsedTimer timer;
        timer.start();
        gui.tree->dropMimeData(drag.get(), Qt::MoveAction, -1, 0, connector);
        if (!job) {
            out << "the drop started no job\n";
            return 1;
        }
        const int total = job->total();
        QObject::connect(job, &AttachJob::finished, [&] { finished = true; });
        waitUntil([&] { return finished; });
        const double wall = msSince(timer);
        const double stall = heartbeat.worstGapMs();
        QCoreApplication::processEvents();
        const int moved = gui.store->accountCount(target) - onTargetBefore;
        out << u"drag_attach_1000_wall: %1 ms (rate limit %2/s)\n"_s.arg(ms(wall)).arg(
            options->rateLimit);
        out << u"drag_attach_1000_requests: %1 requests\n"_s.arg(gui.client->requestsSent() -
                                                                 requestsBefore);
        out << u"drag_attach_1000_peak_in_flight: %1 calls\n"_s.arg(gui.client->peakInFlight());
        out << u"drag_attach_1000_accounts_moved: %1 of %2\n"_s.arg(moved).arg(total);
        out << u"drag_attach_1000_progress_updates: %1 updates\n"_s.arg(progressUpdates);
        out << u"drag_attach_1000_worst_heartbeat_gap: %1 ms\n"_s.arg(ms(stall));
        out << u"drag_attach_1000_worst_gui_thread_busy_between_ticks: %1 ms\n"_s.arg(
            ms(heartbeat.worstBusyMs()));
        for (const QString &line : std::as_const(timeline))
            out << u"#   "_s << line << '\n';
        out.flush();
        if (moved != Dragged || total != Dragged) {
            out << u"%1 of %2 accounts moved\n"_s.arg(moved).arg(Dragged);
            return 1;
        }
        targets.atMost(u"event-loop stall during a 1,000-account drag"_s, stall, 50, u"ms"_s);
    }
    out << '\n';
    targets.print(out);
    out.flush();
    return 0;
}
