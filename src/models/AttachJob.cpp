#include "AttachJob.h"

#include "ApiCall.h"
#include "ExchangeApi.h"
#include "MutationReadBack.h"
#include "ServiceStore.h"

#include <QTimer>

AttachJob::AttachJob(ExchangeApi *api, ServiceStore *store, QList<AccountMove> moves,
                     QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_ref(store->ref())
    , m_moves(std::move(moves))
{}

AttachJob::~AttachJob()
{
    // Gone before its answers (the window closed): drop what still waits in the queue.
    for (const QPointer<ApiCall> &call : std::as_const(m_calls))
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            if (!call->isRunning())
                call->cancel();
        }
}

void AttachJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QStringList emails;
    for (const AccountMove &move : std::as_const(m_moves))
        emails << move.email;
    if (m_store)
        m_store->setPending(emails, true);
    for (const AccountMove &move : std::as_const(m_moves)) {
        ApiCall *call = m_api->setAccountConnector(
            m_ref, move.email, move.to, this, [this, move](const ApiResult<NoContent> &result) {
                onAnswer(move, result.error, result.queryId);
            });
        m_calls.insert(move.email, call);
    }
    if (m_moves.isEmpty())
        QTimer::singleShot(0, this, &AttachJob::finishIfDone);
}

void AttachJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    const auto calls = m_calls;
    for (const QPointer<ApiCall> &call : calls)
        if (call && !call->isRunning())
            call->cancel();
}

void AttachJob::onAnswer(const AccountMove &move, const ApiError &error, const QString &queryId)
{
    m_calls.remove(move.email);
    AccountMoveResult result;
    result.move = move;
    result.queryId = queryId;
    if (!error.isError()) {
        result.outcome = AccountMoveResult::Outcome::Moved;
        if (m_store) {
            if (const Account *known = m_store->account(move.email)) {
                Account moved = *known;
                moved.sendConnectorId = move.to;
                m_store->setPending({move.email}, false);
                m_store->applyAccount(moved);
            }
        }
        record(result);
    } else if (error.kind == ApiError::Kind::Cancelled) {
        result.outcome = AccountMoveResult::Outcome::Cancelled;
        result.error = error;
        if (m_store)
            m_store->setPending({move.email}, false);
        record(result);
    } else {
        result.outcome = AccountMoveResult::Outcome::Failed;
        result.error = error;
        readBack(result);
    }
}

void AttachJob::record(const AccountMoveResult &result)
{
    m_results << result;
    Q_EMIT accountDone(result);
    Q_EMIT progress(answered(), total());
    finishIfDone();
}

// After a failure the account is read again before the outcome is told: it is shown where
// OVHcloud says it is, and a change that was made although its answer was lost (a reset, a
// timeout) counts as made. The PUT itself is never sent again.
void AttachJob::readBack(AccountMoveResult result)
{
    ++m_readingBack;
    const QString email = result.move.email;
    m_api->account(m_ref, email, this, [this, result](const ApiResult<Account> &account) mutable {
        --m_readingBack;
        if (m_store) {
            m_store->setPending({result.move.email}, false);
            if (account.ok())
                m_store->applyAccount(*account);
        }
        if (account.ok() && account->sendConnectorId == result.move.to) {
            result.outcome = AccountMoveResult::Outcome::Moved;
            result.error = ApiError();
        } else if (!account.ok()) {
            result.error.message +=
                u' ' + tr("The account could not be read back: %1").arg(account.error.toText());
        } else if (MutationReadBack::answerUnclear(result.error)) {
            result.error =
                MutationReadBack::verdict(result.error, MutationReadBack::Outcome::NotApplied);
        }
        record(result);
    });
}

void AttachJob::finishIfDone()
{
    if (m_finished || answered() < total() || m_readingBack > 0)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

int AttachJob::count(AccountMoveResult::Outcome outcome) const
{
    int n = 0;
    for (const AccountMoveResult &result : m_results)
        n += result.outcome == outcome ? 1 : 0;
    return n;
}

QList<AccountMoveResult> AttachJob::failures() const
{
    QList<AccountMoveResult> list;
    for (const AccountMoveResult &result : m_results)
        if (result.outcome == AccountMoveResult::Outcome::Failed)
            list << result;
    return list;
}

QString AttachJob::summary() const
{
    bool detaching = !m_moves.isEmpty();
    for (const AccountMove &move : m_moves)
        detaching = detaching && move.to.isNull();
    QString text = detaching ? tr("%n detached", nullptr, movedCount())
                             : tr("%n attached", nullptr, movedCount());
    if (failedCount() > 0)
        text = tr("%1, %n failed", nullptr, failedCount()).arg(text);
    if (cancelledCount() > 0)
        text = tr("%1, %n cancelled", nullptr, cancelledCount()).arg(text);
    return text;
}
