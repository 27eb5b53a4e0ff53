// Every fault the simulator injects, met by the main window: loading a service, editing and
// deleting a connector. Each time the user sees a clear message (OVHcloud's text and query id
// when OVHcloud sent one), the window keeps working, a lost answer to a change is read back
// (never sent again), and after a refresh the window shows what the simulator holds.
#include "../models/SimFixture.h"

#include "ConnectorActions.h"
#include "ConnectorController.h"
#include "ConnectorCreator.h"
#include "ConnectorDialog.h"
#include "MainWindow.h"
#include "MutationReadBack.h"
#include "NotificationBar.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeModel.h"
#include "SimService.h"
#include "TaskTracker.h"
#include "WindowActions.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FaultKind)

namespace {
constexpr int Timeout = 20'000;
const MainWindow::Session session{u"simulator at test"_s, u"test-profile"_s, true};
const ConnectorId Guide(SimWorld::GuideConnectorId);

// What the user must read for each fault: OVHcloud's own words and the query id when it sent
// an error body, otherwise what went wrong in plain words ("a|b": either).
QStringList expectedWords(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Http500:
        return {u"Internal server error"_s, u"Server::InternalServerError"_s, u"query id"_s};
    case FaultKind::Http502:
        return {u"Bad gateway"_s, u"Server::BadGateway"_s, u"query id"_s};
    case FaultKind::Http503:
        return {u"The service is temporarily unavailable"_s, u"Server::ServiceUnavailable"_s,
                u"query id"_s};
    case FaultKind::InvalidCredential:
        return {u"This credential does not exist"_s, u"INVALID_CREDENTIAL"_s, u"query id"_s};
    case FaultKind::QueryTimeOut:
        return {u"Query out of time"_s, u"QUERY_TIME_OUT"_s, u"query id"_s};
    case FaultKind::Hang:
        return {u"did not answer in time"_s};
    case FaultKind::ResetMidBody:
        return {u"cut off|Network error"_s};
    case FaultKind::MalformedJson:
    case FaultKind::TruncatedJson:
    case FaultKind::UnexpectedShape:
        return {u"Unexpected answer from the API|malformed JSON"_s};
    default:
        return {};
    }
}

QString missingWord(const QString &text, const QStringList &words)
{
    for (const QString &word : words) {
        const QStringList either = word.split(u'|');
        if (std::none_of(either.begin(), either.end(),
                         [&text](const QString &w) { return text.contains(w); }))
            return word;
    }
    return {};
}

// The answer-replacing faults: each row of the load and edit matrices.
void addAnswerFaultRows()
{
    QTest::addColumn<FaultKind>("kind");
    for (FaultKind kind :
         {FaultKind::Http500, FaultKind::Http502, FaultKind::Http503, FaultKind::Hang,
          FaultKind::ResetMidBody, FaultKind::MalformedJson, FaultKind::TruncatedJson,
          FaultKind::UnexpectedShape, FaultKind::InvalidCredential, FaultKind::QueryTimeOut})
        QTest::newRow(qPrintable(FaultRule::kindName(kind))) << kind;
}

int countRequests(const Simulator &sim, const QByteArray &prefix)
{
    int count = 0;
    for (const QByteArray &line : sim.requestLog())
        count += line.startsWith(prefix) ? 1 : 0;
    return count;
}

// A window on the simulator with short limits: a hang costs a second or two, not minutes.
struct Window
{
    Window()
    {
        OvhClient::Limits limits = fx.client->limits();
        limits.transferTimeoutMs = 300;
        limits.deadlineMs = 2000;
        limits.retryBaseDelayMs = 20;
        fx.client->setLimits(limits);
        TaskWatcher::Timing timing = SimFixture::fastTiming();
        timing.timeoutMs = 1500;
        fx.workspace->tracker()->setTiming(timing);
        window = std::make_unique<MainWindow>(fx.workspace.get(), session);
        window->setPersistent(false);
        window->controller()->setConfirmFunction(
            [](QWidget *, const QString &, const QString &, const QString &) { return true; });
        window->show();
    }

    bool loaded()
    {
        window->start();
        return QTest::qWaitFor([this] { return window->currentConnector() == Guide; }, Timeout);
    }

    ServiceStore *store() const { return fx.workspace->catalog()->store(fx.guide()); }
    SimService &simService() { return *fx.simulator.world().service(fx.guide()); }
    NotificationBar *bar() const { return window->notificationBar(); }

    void refresh() { window->windowActions()->refresh()->trigger(); }

    // Empty when the tree shows the simulator's connectors (names too) and every account under
    // the connector the simulator has for it; otherwise the first difference.
    QString differenceFromSimulator()
    {
        const ServiceTreeModel *model = window->treeModel();
        const ServiceStore *s = store();
        if (!s || s->loadState() != LoadState::Loaded || s->isBusy())
            return u"not loaded"_s;
        const QModelIndex group = model->groupIndex(fx.guide(), NodeKind::ConnectorGroup);
        if (model->rowCount(group) != int(simService().connectors.size()))
            return u"%1 connectors in the tree, %2 in the simulator"_s.arg(model->rowCount(group))
                .arg(simService().connectors.size());
        for (const auto &[id, sim] : simService().connectors) {
            const QModelIndex index = model->connectorIndex(fx.guide(), ConnectorId(id));
            const SendConnector *shown = s->connector(ConnectorId(id));
            if (!index.isValid() || !shown)
                return u"connector %1 missing"_s.arg(id);
            if (shown->displayName != sim.connector.displayName ||
                shown->state != sim.connector.state)
                return u"connector %1: %2 vs %3"_s.arg(id).arg(shown->displayName,
                                                               sim.connector.displayName);
            if (!index.data().toString().contains(sim.connector.displayName))
                return u"connector %1 shown as %2"_s.arg(id).arg(index.data().toString());
        }
        if (s->accountEmails().size() != qsizetype(simService().accounts.size()))
            return u"account count differs"_s;
        for (const auto &[key, sim] : simService().accounts) {
            const QString email = sim.account.primaryEmailAddress;
            const Account *shown = s->account(email);
            if (!shown || shown->sendConnectorId != sim.account.sendConnectorId)
                return u"account %1 under another connector"_s.arg(email);
            const QModelIndex parent =
                sim.account.sendConnectorId.isNull()
                    ? model->groupIndex(fx.guide(), NodeKind::PlatformGroup)
                    : model->connectorIndex(fx.guide(), sim.account.sendConnectorId);
            if (model->accountIndex(fx.guide(), email).parent() != parent)
                return u"account %1 in the wrong place in the tree"_s.arg(email);
        }
        return {};
    }

    bool showsSimulator()
    {
        return QTest::qWaitFor([this] { return differenceFromSimulator().isEmpty(); }, Timeout);
    }

    SimFixture fx;
    std::unique_ptr<MainWindow> window;
};
} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadFault_data();
    void loadFault();
    void refreshFaultKeepsTheView_data() { addAnswerFaultRows(); }
    void refreshFaultKeepsTheView();
    void editFault_data() { addAnswerFaultRows(); }
    void editFault();
    void editFaultThroughTheDialog_data();
    void editFaultThroughTheDialog();
    void createAnswerLost();
    void changeAuthenticationFault_data();
    void changeAuthenticationFault();
    void deleteFault_data();
    void deleteFault();

private:
    QTemporaryDir m_settingsDir;
};

void TestFaultMatrix::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"smarthost"_s);
    QCoreApplication::setApplicationName(u"smarthost"_s);
}

void TestFaultMatrix::loadFault_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<QString>("path");
    for (FaultKind kind :
         {FaultKind::Http500, FaultKind::Http502, FaultKind::Http503, FaultKind::Hang,
          FaultKind::ResetMidBody, FaultKind::MalformedJson, FaultKind::TruncatedJson,
          FaultKind::UnexpectedShape, FaultKind::InvalidCredential, FaultKind::QueryTimeOut}) {
        const QString name = FaultRule::kindName(kind);
        QTest::addRow("connectors %s", qPrintable(name)) << kind << u"/sendConnector"_s;
        QTest::addRow("accounts %s", qPrintable(name)) << kind << u"/account"_s;
    }
}

// The first load fails: the service's row in the tree says why, the window stays usable, and a
// refresh once the fault is gone shows the simulator's state.
void TestFaultMatrix::loadFault()
{
    QFETCH(FaultKind, kind);
    QFETCH(QString, path);
    Window w;
    w.fx.simulator.addFault(FaultRule("GET", path, kind));
    w.window->start();
    QTRY_VERIFY_WITH_TIMEOUT(w.store() && w.store()->loadState() == LoadState::Failed, Timeout);
    // The service's row holds the error, with OVHcloud's words, in the tree.
    ServiceTreeModel *model = w.window->treeModel();
    const QModelIndex service = model->serviceIndex(w.fx.guide());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(service), 1, Timeout);
    const QModelIndex error = model->index(0, 0, service);
    QCOMPARE(model->kind(error), NodeKind::Error);
    QTRY_VERIFY_WITH_TIMEOUT(w.window->treeView()->isExpanded(service), Timeout);
    QVERIFY(w.window->treeView()->visualRect(error).isValid());
    const QString text = error.data().toString();
    QVERIFY2(missingWord(text, expectedWords(kind)).isEmpty(), qPrintable(text));
    QVERIFY(w.fx.simulator.faultsFired() > 0);

    QVERIFY(w.window->isEnabled());
    QVERIFY(w.window->windowActions()->refresh()->isEnabled());
    w.fx.simulator.clearFaults();
    w.refresh();
    QVERIFY2(w.showsSimulator(), qPrintable(w.differenceFromSimulator()));
}

// A loaded window whose refresh fails keeps what it showed, says why, and a refresh once the
// fault is gone shows the simulator's state (changed meanwhile).
void TestFaultMatrix::refreshFaultKeepsTheView()
{
    QFETCH(FaultKind, kind);
    Window w;
    QVERIFY(w.loaded());
    const int connectors = int(w.store()->connectorIds().size());
    w.fx.simulator.addFault(FaultRule("GET", u"/sendConnector"_s, kind));
    w.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(w.bar()->isVisible(), Timeout);
    const QString text = w.bar()->text();
    QVERIFY2(missingWord(text, expectedWords(kind)).isEmpty(), qPrintable(text));
    QTRY_VERIFY_WITH_TIMEOUT(!w.store()->isBusy(), Timeout);
    QCOMPARE(int(w.store()->connectorIds().size()), connectors);
    QCOMPARE(w.window->currentConnector(), Guide);
    QVERIFY(w.window->windowActions()->edit()->isEnabled());

    w.fx.simulator.clearFaults();
    w.fx.simulator.world().service(w.fx.guide())->connectors[Guide.value()].connector.displayName =
        u"renamed meanwhile"_s;
    w.refresh();
    QVERIFY2(w.showsSimulator(), qPrintable(w.differenceFromSimulator()));
}

// The fault hits the PUT of an edit made through ConnectorActions. An error OVHcloud sent is
// shown as is; a lost or garbled answer is read back: the view shows what OVHcloud holds and
// the message says whether the change was applied. The PUT is sent once (QUERY_TIME_OUT: the
// server refused the stale timestamp before acting, so the API layer resends it once).
void TestFaultMatrix::editFault()
{
    QFETCH(FaultKind, kind);
    Window w;
    QVERIFY(w.loaded());
    w.fx.simulator.addFault(FaultRule("PUT", u"/sendConnector/29$"_s, kind));
    w.fx.simulator.clearRequestLog();
    ConnectorChanges changes;
    changes.displayName = u"edited"_s;
    std::optional<ApiError> answer;
    QObject context;
    w.fx.workspace->actions()->edit(w.fx.guide(), Guide, changes, &context,
                                    [&answer](const ApiError &error) { answer = error; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), Timeout);
    const QString text = answer->toText();
    const bool applied =
        w.fx.simulator.world().connector(w.fx.guide(), Guide)->displayName == u"edited"_s;
    if (kind == FaultKind::UnexpectedShape) {
        // A PUT answers null: an object in its place is a success like any other.
        QVERIFY(applied);
        QVERIFY2(!answer->isError(), qPrintable(text));
    } else if (answer->kind == ApiError::Kind::Http) {
        // OVHcloud refused before acting: its words and query id.
        QVERIFY2(missingWord(text, expectedWords(kind)).isEmpty(), qPrintable(text));
        QVERIFY(!applied);
    } else {
        // Lost or garbled: read back, and what it found said in words and as the outcome.
        QVERIFY2(missingWord(text, expectedWords(kind)).isEmpty(), qPrintable(text));
        QVERIFY2(text.contains(applied ? u"shows the change was applied"_s
                                       : u"shows the change was not applied"_s),
                 qPrintable(text));
        QCOMPARE(answer->isError(), !applied);
    }
    // The store already shows the truth, before any refresh.
    QTRY_COMPARE_WITH_TIMEOUT(w.store()->connector(Guide)->displayName,
                              w.fx.simulator.world().connector(w.fx.guide(), Guide)->displayName,
                              Timeout);
    const int puts = countRequests(w.fx.simulator, "PUT ");
    QCOMPARE(puts, kind == FaultKind::QueryTimeOut ? 2 : 1);

    w.fx.simulator.clearFaults();
    w.refresh();
    QVERIFY2(w.showsSimulator(), qPrintable(w.differenceFromSimulator()));
    QCOMPARE(countRequests(w.fx.simulator, "PUT "), puts);
}

void TestFaultMatrix::editFaultThroughTheDialog_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::newRow("500") << FaultKind::Http500;
    QTest::newRow("reset mid-body") << FaultKind::ResetMidBody;
    QTest::newRow("hang") << FaultKind::Hang;
}

// The same through the real dialog: OVHcloud's refusal inline (the dialog stays open), a
// change applied though its answer was lost closes the dialog with a notice that says so.
void TestFaultMatrix::editFaultThroughTheDialog()
{
    QFETCH(FaultKind, kind);
    Window w;
    QVERIFY(w.loaded());
    w.fx.simulator.addFault(FaultRule("PUT", u"/sendConnector/29$"_s, kind));
    w.fx.simulator.clearRequestLog();
    QPointer<ConnectorDialog> dialog = w.window->controller()->editConnector(w.fx.guide(), Guide);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"displayNameEdit"_s);
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"edited"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    if (kind == FaultKind::ResetMidBody) {
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(w.bar()->isVisible(), Timeout);
        QVERIFY2(w.bar()->text().contains(u"shows the change was applied"_s),
                 qPrintable(w.bar()->text()));
        QCOMPARE(w.bar()->level(), NotificationBar::Level::Information);
        QCOMPARE(w.store()->connector(Guide)->displayName, u"edited"_s);
    } else {
        auto *error = dialog->findChild<QLabel *>(u"apiError"_s);
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
        QVERIFY2(missingWord(error->text(), expectedWords(kind)).isEmpty(),
                 qPrintable(error->text()));
        if (kind == FaultKind::Hang)
            QVERIFY2(error->text().contains(u"shows the change was not applied"_s),
                     qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->okButton()->isEnabled()); // the user may try again
        QCOMPARE(w.store()->connector(Guide)->displayName, u"testconnector"_s);
        dialog->reject();
    }
    QCOMPARE(countRequests(w.fx.simulator, "PUT "), 1);
    w.fx.simulator.clearFaults();
    w.refresh();
    QVERIFY2(w.showsSimulator(), qPrintable(w.differenceFromSimulator()));
}

// The POST of a new connector is applied, then its answer is cut off: the user reads that it
// may or may not have been made, the POST is not sent again, and the connector list is read
// again at once, so the tree shows the connector OVHcloud did create.
void TestFaultMatrix::createAnswerLost()
{
    Window w;
    QVERIFY(w.loaded());
    w.fx.simulator.addFault(FaultRule("POST", u"/sendConnector$"_s, FaultKind::ResetMidBody));
    w.fx.simulator.clearRequestLog();
    NewConnector connector;
    connector.displayName = u"created-anyway"_s;
    connector.smartHost = u"smtp.example.com"_s;
    ConnectorCreator *creator = w.fx.workspace->actions()->create(w.fx.guide(), connector);
    std::optional<ApiError> failure;
    connect(creator, &ConnectorCreator::failed, this,
            [&failure](const ApiError &error) { failure = error; });
    QTRY_VERIFY_WITH_TIMEOUT(failure.has_value(), Timeout);
    QCOMPARE(failure->kind, ApiError::Kind::Network);
    QVERIFY2(failure->toText().contains(u"may or may not have been applied"_s),
             qPrintable(failure->toText()));
    QCOMPARE(countRequests(w.fx.simulator, "POST "), 1);
    const auto created = [&w] {
        for (ConnectorId id : w.store()->connectorIds())
            if (w.store()->connector(id)->displayName == u"created-anyway"_s)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(created(), Timeout);
    // Its addSendConnector task is not known (its answer was lost): once it is over on
    // OVHcloud's side, a refresh shows the connector ready.
    QTRY_VERIFY_WITH_TIMEOUT(
        w.fx.simulator.world().connector(w.fx.guide(), ConnectorId(30)) &&
            w.fx.simulator.world().connector(w.fx.guide(), ConnectorId(30))->state ==
                ConnectorState::Ok,
        Timeout);
    w.fx.simulator.clearFaults();
    w.refresh();
    QVERIFY2(w.showsSimulator(), qPrintable(w.differenceFromSimulator()));
}

void TestFaultMatrix::changeAuthenticationFault_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::newRow("500") << FaultKind::Http500;
    QTest::newRow("reset mid-body") << FaultKind::ResetMidBody;
    QTest::newRow("hang") << FaultKind::Hang;
    QTest::newRow("malformed") << FaultKind::MalformedJson;
}

// changeAuthentication with the fault on its POST: a lost answer is read back; a change found
// applied (its task pending on the connector) is followed like any other task.
void TestFaultMatrix::changeAuthenticationFault()
{
    QFETCH(FaultKind, kind);
    Window w;
    QVERIFY(w.loaded());
    w.fx.simulator.addFault(FaultRule("POST", u"/changeAuthentication$"_s, kind));
    w.fx.simulator.clearRequestLog();
    AuthenticationChange change;
    change.authMechanism = AuthMechanism::BasicAuth;
    change.user = u"relay-user"_s;
    change.password = u"relay-secret"_s;
    std::optional<ApiError> answer;
    QObject context;
    w.fx.workspace->actions()->changeAuthentication(
        w.fx.guide(), Guide, change, &context,
        [&answer](const ApiError &error) { answer = error; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), Timeout);
    const QString text = answer->toText();
    QVERIFY2(missingWord(text, expectedWords(kind)).isEmpty(), qPrintable(text));
    const bool started =
        !w.fx.simulator.world().connector(w.fx.guide(), Guide)->taskPendingId.isNull() ||
        w.fx.simulator.world().connector(w.fx.guide(), Guide)->authMechanism ==
            AuthMechanism::BasicAuth;
    if (answer->kind == ApiError::Kind::Http) {
        QVERIFY(!started);
    } else {
        QVERIFY2(text.contains(started ? u"shows the change was applied"_s
                                       : u"shows the change was not applied"_s),
                 qPrintable(text));
        QCOMPARE(answer->isError(), !started);
        QCOMPARE(MutationReadBack::isNote(*answer), started);
    }
    QCOMPARE(countRequests(w.fx.simulator, "POST "), 1);
    // A task found applied is followed to its end, and the store reads the connector again.
    QTRY_COMPARE_WITH_TIMEOUT(w.fx.workspace->tracker()->runningCount(), 0, Timeout);
    QCOMPARE(w.fx.workspace->tracker()->count() > 0, started);
    QTRY_COMPARE_WITH_TIMEOUT(w.store()->connector(Guide)->authMechanism,
                              w.fx.simulator.world().connector(w.fx.guide(), Guide)->authMechanism,
                              Timeout);
    QCOMPARE(w.store()->connector(Guide)->authMechanism == AuthMechanism::BasicAuth, started);
    w.fx.simulator.clearFaults();
    w.refresh();
    QVERIFY2(w.showsSimulator(), qPrintable(w.differenceFromSimulator()));
}

void TestFaultMatrix::deleteFault_data()
{
    QTest::addColumn<FaultKind>("kind");
    for (FaultKind kind :
         {FaultKind::TaskError, FaultKind::TaskCancelled, FaultKind::TaskNeverEnds,
          FaultKind::Http500, FaultKind::Http502, FaultKind::Http503, FaultKind::Hang,
          FaultKind::ResetMidBody, FaultKind::MalformedJson, FaultKind::TruncatedJson,
          FaultKind::UnexpectedShape, FaultKind::InvalidCredential, FaultKind::QueryTimeOut})
        QTest::newRow(qPrintable(FaultRule::kindName(kind))) << kind;
}

// Delete from the window's action with the fault on the DELETE or on the task it starts: the
// notification says what happened, the DELETE is sent once, and once the task is over (or
// given up) a refresh shows the simulator's state.
void TestFaultMatrix::deleteFault()
{
    QFETCH(FaultKind, kind);
    Window w;
    QVERIFY(w.loaded());
    w.fx.simulator.addFault(FaultRule("DELETE", u"/sendConnector/29$"_s, kind));
    w.fx.simulator.clearRequestLog();
    w.window->windowActions()->remove()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.bar()->isVisible(), Timeout);
    const QString text = w.bar()->text();
    switch (kind) {
    case FaultKind::TaskError:
    case FaultKind::TaskCancelled:
        QVERIFY2(text.contains(u"deleteSendConnector"_s), qPrintable(text));
        QVERIFY2(text.contains(kind == FaultKind::TaskError ? u"Failed"_s : u"Cancelled"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"testconnector"_s), qPrintable(text));
        break;
    case FaultKind::TaskNeverEnds:
        QVERIFY2(text.contains(u"deleteSendConnector"_s), qPrintable(text));
        QVERIFY2(text.contains(u"testconnector"_s), qPrintable(text));
        break;
    default: {
        QVERIFY2(missingWord(text, expectedWords(kind)).isEmpty(), qPrintable(text));
        if (!text.contains(u"query id"_s)) {
            const bool deleting = w.fx.simulator.world().connector(w.fx.guide(), Guide)->state ==
                                  ConnectorState::Deleting;
            QVERIFY2(text.contains(deleting ? u"shows the change was applied"_s
                                            : u"shows the change was not applied"_s),
                     qPrintable(text));
        }
        break;
    }
    }
    QCOMPARE(countRequests(w.fx.simulator, "DELETE "), kind == FaultKind::QueryTimeOut ? 2 : 1);
    // Once no task runs any more (ended, or given up on), the view equals the simulator.
    QTRY_COMPARE_WITH_TIMEOUT(w.fx.workspace->tracker()->runningCount(), 0, Timeout);
    w.fx.simulator.clearFaults();
    w.refresh();
    QVERIFY2(w.showsSimulator(), qPrintable(w.differenceFromSimulator()));
    const bool gone = !w.fx.simulator.world().connector(w.fx.guide(), Guide).has_value();
    if (kind == FaultKind::TaskError || kind == FaultKind::TaskCancelled)
        QVERIFY(!gone);
    QCOMPARE(w.store()->hasConnector(Guide), !gone);
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
