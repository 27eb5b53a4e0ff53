// smarthost-cli against smarthost-sim with one injected fault per run: every fault kind on a
// read and on a mutation. Each run must end with a clear reason (OVHcloud's text and query id
// when it sent an error body), never wait past --timeout, never send a mutation twice, and a
// later run must see exactly what the simulator holds.
#include "SimulatorProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString org = u"private-zz111111-1"_s;
const QString connectorList = u"/sendConnector$"_s;
const QString guideConnector = u"/sendConnector/29$"_s;
const QString contactAccount = u"/account/contact@mydomain.ovh$"_s;

// What the simulator must hold after the faulted run.
enum class After { Unchanged, Edited, Attached, Deleted, Deleting };

// The fields a user sees, without the dates the simulator sets when a process starts.
QJsonArray connectorsView(const QByteArray &json)
{
    QJsonArray view;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        QJsonObject connector = value.toObject();
        connector.remove(u"lastUpdateDate"_s);
        connector.remove(u"creationDate"_s);
        view.append(connector);
    }
    return view;
}

QJsonObject accountsView(const QByteArray &json)
{
    QJsonObject view;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        view.insert(value[u"primaryEmailAddress"_s].toString(),
                    value[u"sendConnectorId"_s].toInteger());
    return view;
}

QStringList editArguments()
{
    return {u"connector-edit"_s, org, org, u"29"_s, u"--port"_s, u"2525"_s, u"--json"_s};
}

QStringList attachArguments()
{
    return {u"attach"_s, org, org, u"29"_s, u"contact@mydomain.ovh"_s};
}

QStringList deleteArguments()
{
    return {u"connector-delete"_s, org, org, u"29"_s};
}

QStringList listArguments()
{
    return {u"connectors"_s, org, org, u"--json"_s};
}

// A read of the connector list makes two list calls when the first fails (the paged read,
// then the plain id list), each tried up to 4 times on 5xx and network errors, twice on
// QUERY_TIME_OUT (once more after learning the server's time) and once otherwise. The
// read faults fire exactly that many times, so that the next run sees no fault.
QString readFault(const QString &kind, int firings)
{
    return u"GET:%1:%2:1:%3"_s.arg(connectorList, kind).arg(firings);
}

QString mutationFault(const QString &method, const QString &path, const QString &kind)
{
    return u"%1:%2:%3:1:1"_s.arg(method, path, kind);
}
} // namespace

Q_DECLARE_METATYPE(After)

class TestCliFaults : public QObject
{
    Q_OBJECT

    QJsonArray m_connectors; // the seeded world, read without faults
    QJsonObject m_accounts;

private Q_SLOTS:
    void initTestCase()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), "smarthost-sim did not start");
        auto run = sim.cli(listArguments());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        m_connectors = connectorsView(run.out);
        QCOMPARE(m_connectors.size(), 1);
        run = sim.cli({u"accounts"_s, org, org, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        m_accounts = accountsView(run.out);
        QCOMPARE(m_accounts.value(u"contact@mydomain.ovh"_s).toInteger(), 0);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("messages"); // all of them on stderr
        QTest::addColumn<bool>("queryId");         // an answer came: its query id is shown
        QTest::addColumn<After>("after");

        const QStringList timeout3{u"--timeout"_s, u"3"_s};
        const QString appliedNote = u"Reading it back shows the change was applied"_s;
        const QString notAppliedNote = u"Reading it back shows the change was not applied"_s;

        // Reads: the connector list. (502 takes the same path as 500 and 503 on a read, seven
        // seconds of retries each: it is checked on the edit only.)
        QTest::newRow("read 500") << readFault(u"500"_s, 8) << listArguments() << 1
                                  << QStringList{u"Internal server error"_s,
                                                 u"Server::InternalServerError"_s}
                                  << true << After::Unchanged;
        QTest::newRow("read 503") << readFault(u"503"_s, 8) << listArguments() << 1
                                  << QStringList{u"The service is temporarily unavailable"_s,
                                                 u"Server::ServiceUnavailable"_s}
                                  << true << After::Unchanged;
        QTest::newRow("read 503 twice, retried") << readFault(u"503"_s, 2) << listArguments() << 0
                                                 << QStringList{} << false << After::Unchanged;
        QTest::newRow("read hang") << readFault(u"hang"_s, 2) << listArguments() + timeout3 << 1
                                   << QStringList{u"No usable answer from the API within 3"_s}
                                   << false << After::Unchanged;
        QTest::newRow("read reset")
            << readFault(u"reset"_s, 8) << listArguments() << 1
            << QStringList{u"The answer was cut off"_s, u"Connection closed"_s} << true
            << After::Unchanged;
        QTest::newRow("read malformed-json")
            << readFault(u"malformed-json"_s, 2) << listArguments() << 1
            << QStringList{u"Unexpected answer from the API: expected a list of ids"_s} << true
            << After::Unchanged;
        QTest::newRow("read truncated-json")
            << readFault(u"truncated-json"_s, 2) << listArguments() << 1
            << QStringList{u"Unexpected answer from the API: expected a list of ids"_s} << true
            << After::Unchanged;
        // Objects of the wrong shape in the paged read: the plain id list and single GETs
        // take over.
        QTest::newRow("read unexpected-shape, tolerated")
            << readFault(u"unexpected-shape"_s, 2) << listArguments() << 0 << QStringList{} << false
            << After::Unchanged;
        QTest::newRow("read invalid-credential")
            << readFault(u"invalid-credential"_s, 2) << listArguments() << 1
            << QStringList{u"This credential does not exist"_s, u"INVALID_CREDENTIAL"_s} << true
            << After::Unchanged;
        QTest::newRow("read query-time-out")
            << readFault(u"query-time-out"_s, 4) << listArguments() << 1
            << QStringList{u"Query out of time"_s, u"QUERY_TIME_OUT"_s} << true << After::Unchanged;

        // Mutations: edit the guide's connector, attach an account, delete the connector.
        const auto edit = [](const QString &kind) {
            return mutationFault(u"PUT"_s, guideConnector, kind);
        };
        QTest::newRow("edit 500") << edit(u"500"_s) << editArguments() << 1
                                  << QStringList{u"Internal server error"_s,
                                                 u"Server::InternalServerError"_s}
                                  << true << After::Unchanged;
        QTest::newRow("edit 502") << edit(u"502"_s) << editArguments() << 1
                                  << QStringList{u"Bad gateway"_s, u"Server::BadGateway"_s} << true
                                  << After::Unchanged;
        QTest::newRow("edit 503") << edit(u"503"_s) << editArguments() << 1
                                  << QStringList{u"The service is temporarily unavailable"_s}
                                  << true << After::Unchanged;
        QTest::newRow("edit hang") << edit(u"hang"_s) << editArguments() + timeout3 << 1
                                   << QStringList{u"No usable answer from the API within 3"_s,
                                                  notAppliedNote, u"Nothing was sent again"_s}
                                   << false << After::Unchanged;
        QTest::newRow("edit reset, applied")
            << edit(u"reset"_s) << editArguments() << 0
            << QStringList{u"Warning: The answer was cut off"_s, appliedNote} << true
            << After::Edited;
        QTest::newRow("edit malformed-json, applied")
            << edit(u"malformed-json"_s) << editArguments() << 0
            << QStringList{u"Warning: The API answered with malformed JSON"_s, appliedNote} << true
            << After::Edited;
        QTest::newRow("edit, read back with an unexpected shape")
            << u"GET:%1:unexpected-shape:1:1"_s.arg(guideConnector) << editArguments() << 1
            << QStringList{u"Unexpected answer from the API"_s,
                           u"The change was accepted; only reading it back failed"_s}
            << true << After::Edited;
        QTest::newRow("edit invalid-credential")
            << edit(u"invalid-credential"_s) << editArguments() << 1
            << QStringList{u"This credential does not exist"_s, u"INVALID_CREDENTIAL"_s} << true
            << After::Unchanged;
        // Refused before it was acted on: sent once more with the server's time.
        QTest::newRow("edit query-time-out, resent once")
            << edit(u"query-time-out"_s) << editArguments() << 0 << QStringList{} << false
            << After::Edited;

        const auto attach = [](const QString &kind) {
            return mutationFault(u"PUT"_s, contactAccount, kind);
        };
        QTest::newRow("attach 503")
            << attach(u"503"_s) << attachArguments() << 1
            << QStringList{u"contact@mydomain.ovh"_s, u"The service is temporarily unavailable"_s}
            << true << After::Unchanged;
        QTest::newRow("attach reset, applied")
            << attach(u"reset"_s) << attachArguments() << 0
            << QStringList{u"contact@mydomain.ovh"_s, appliedNote} << true << After::Attached;
        QTest::newRow("attach hang")
            << attach(u"hang"_s) << attachArguments() + timeout3 << 1
            << QStringList{u"contact@mydomain.ovh"_s, notAppliedNote} << false << After::Unchanged;

        const auto remove = [](const QString &kind) {
            return mutationFault(u"DELETE"_s, guideConnector, kind);
        };
        QTest::newRow("delete task-error")
            << remove(u"task-error"_s) << deleteArguments() << 1
            << QStringList{u"status \"error\""_s} << false << After::Unchanged;
        QTest::newRow("delete task-cancelled")
            << remove(u"task-cancelled"_s) << deleteArguments() << 1
            << QStringList{u"status \"cancelled\""_s} << false << After::Unchanged;
        QTest::newRow("delete task-never-ends")
            << remove(u"task-never-ends"_s) << deleteArguments() + timeout3 << 1
            << QStringList{u"is still \"doing\" after 3 second"_s} << true << After::Deleting;
        // The answer is unusable but the deletion was received: its task is followed.
        QTest::newRow("delete unexpected-shape, applied")
            << remove(u"unexpected-shape"_s) << deleteArguments() << 0
            << QStringList{u"Unexpected answer from the API"_s, appliedNote, u"done"_s} << true
            << After::Deleted;
        QTest::newRow("delete truncated-json, applied")
            << remove(u"truncated-json"_s) << deleteArguments() << 0
            << QStringList{u"malformed JSON"_s, appliedNote, u"done"_s} << true << After::Deleted;
        QTest::newRow("delete reset, applied")
            << remove(u"reset"_s) << deleteArguments() << 0
            << QStringList{u"The answer was cut off"_s, appliedNote, u"done"_s} << true
            << After::Deleted;
    }

    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, messages);
        QFETCH(bool, queryId);
        QFETCH(After, after);

        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--task-ms"_s, u"50"_s, u"--fault"_s, fault}),
                 "smarthost-sim did not start");
        QElapsedTimer elapsed;
        elapsed.start();
        const auto run = sim.cli(arguments);
        const QByteArray report = "exit " + QByteArray::number(run.exitCode) + "\nstdout:\n" +
                                  run.out + "\nstderr:\n" + run.err;
        QVERIFY2(run.exitCode == exitCode, report.constData());
        // --timeout 3 bounds every wait: far below the 90 s default.
        if (arguments.contains(u"--timeout"_s))
            QVERIFY2(elapsed.elapsed() < 30'000, report.constData());
        if (exitCode != 0)
            QVERIFY2(!run.err.trimmed().isEmpty(), report.constData());
        for (const QString &message : messages)
            QVERIFY2(run.err.contains(message.toUtf8()),
                     qPrintable(message + u'\n' + QString::fromUtf8(report)));
        // The simulator's query ids look like OVHcloud's: EU.ext-3.6b081a68.17921.<32 hex>.
        static const QRegularExpression queryIdPattern(
            u"EU\\.ext-\\d\\.[0-9a-f]+\\.\\d+\\.[0-9a-f]{32}"_s);
        QVERIFY2(queryIdPattern.match(QString::fromUtf8(run.err)).hasMatch() == queryId,
                 report.constData());

        // A fresh run sees what the simulator holds.
        QJsonArray connectors = m_connectors;
        QJsonObject accounts = m_accounts;
        QJsonObject guide = connectors.at(0).toObject();
        switch (after) {
        case After::Unchanged:
            break;
        case After::Edited:
            guide.insert(u"port"_s, 2525);
            connectors.replace(0, guide);
            break;
        case After::Attached:
            accounts.insert(u"contact@mydomain.ovh"_s, 29);
            break;
        case After::Deleting:
            guide.insert(u"state"_s, u"deleting"_s);
            guide.insert(u"taskPendingId"_s, QJsonValue());
            connectors.replace(0, guide);
            break;
        case After::Deleted:
            connectors = {};
            accounts.insert(u"newsletter@mydomain.ovh"_s, 0);
            break;
        }
        QJsonArray seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto list = sim.cli(listArguments());
                seen = connectorsView(list.out);
                if (after == After::Deleting && !seen.isEmpty()) {
                    QJsonObject first = seen.at(0).toObject();
                    first.insert(u"taskPendingId"_s, QJsonValue());
                    seen.replace(0, first);
                }
                return list.exitCode == 0 && seen == connectors;
            }(),
            10'000);
        const auto accountRun = sim.cli({u"accounts"_s, org, org, u"--json"_s});
        QVERIFY2(accountRun.exitCode == 0, accountRun.err.constData());
        QCOMPARE(accountsView(accountRun.out), accounts);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
