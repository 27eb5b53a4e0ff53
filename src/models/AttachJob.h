#pragma once

#include "ApiError.h"
#include "ServiceRef.h"
#include "StrongId.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class ExchangeApi;
class ServiceStore;

// One account going from one connector to another (a null id: the platform's server).
struct AccountMove
{
    QString email;
    ConnectorId from;
    ConnectorId to;
};

// How one account's move ended.
struct AccountMoveResult
{
    enum class Outcome { Moved, Failed, Cancelled };
    AccountMove move;
    Outcome outcome = Outcome::Failed;
    ApiError error;  // Failed: OVHcloud's message and query id
    QString queryId; // of the PUT, either way
};

// A batch of attaches and detaches: one `PUT …/account/{email}` with only sendConnectorId per
// account, all handed to the client at once (its cap decides how many are in flight). The
// accounts are pending in their store while their call runs. A success moves the account in
// the store; a failure reads the account again, so that it is shown where OVHcloud says it
// is and reported moved when the change was made although its answer was lost. Emits progress()
// after each answer and finished() once; deletes itself after finished().
class AttachJob : public QObject
{
    Q_OBJECT

public:
    AttachJob(ExchangeApi *api, ServiceStore *store, QList<AccountMove> moves,
              QObject *parent = nullptr);
    ~AttachJob() override;

    const ServiceRef &ref() const { return m_ref; }
    const QList<AccountMove> &moves() const { return m_moves; }
    int total() const { return int(m_moves.size()); }
    int answered() const { return int(m_results.size()); }
    bool isRunning() const { return m_started && !m_finished; }
    bool isCancelled() const { return m_cancelled; }

    void start();
    // Calls still waiting in the client's queue are dropped; those already sent finish.
    void cancel();

    const QList<AccountMoveResult> &results() const { return m_results; }
    int movedCount() const { return count(AccountMoveResult::Outcome::Moved); }
    int failedCount() const { return count(AccountMoveResult::Outcome::Failed); }
    int cancelledCount() const { return count(AccountMoveResult::Outcome::Cancelled); }
    QList<AccountMoveResult> failures() const;
    // "3 attached, 1 failed" and the like.
    QString summary() const;

Q_SIGNALS:
    void progress(int answered, int total);
    void accountDone(const AccountMoveResult &result);
    void finished();

private:
    int count(AccountMoveResult::Outcome outcome) const;
    void onAnswer(const AccountMove &move, const ApiError &error, const QString &queryId);
    void readBack(AccountMoveResult result);
    void record(const AccountMoveResult &result);
    void finishIfDone();

    ExchangeApi *m_api;
    QPointer<ServiceStore> m_store;
    ServiceRef m_ref;
    QList<AccountMove> m_moves;
    QHash<QString, QPointer<ApiCall>> m_calls;
    QList<AccountMoveResult> m_results;
    int m_readingBack = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
