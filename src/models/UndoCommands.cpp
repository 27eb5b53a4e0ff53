#include "UndoCommands.h"

#include "AccountBinder.h"
#include "ServiceStore.h"

#include <utility>

AttachCommand::AttachCommand(AccountBinder *binder, const ServiceRef &ref, QList<AccountMove> moves,
                             const QString &text)
    : QUndoCommand(text)
    , m_binder(binder)
    , m_ref(ref)
    , m_moves(std::move(moves))
{}

void AttachCommand::runJob(QList<AccountMove> moves)
{
    if (m_job)
        m_job->cancel();
    m_job = moves.isEmpty() ? nullptr : m_binder->run(m_ref, moves);
}

void AttachCommand::whenIdle(std::function<void()> next)
{
    if (!m_job || !m_job->isRunning()) {
        next();
        return;
    }
    const bool alreadyWaiting = bool(m_next);
    m_next = std::move(next);
    if (alreadyWaiting)
        return;
    m_job->cancel();
    const std::weak_ptr<bool> alive = m_alive;
    QObject::connect(m_job, &AttachJob::finished, m_binder, [this, alive] {
        if (alive.expired())
            return; // the command left the stack meanwhile
        if (auto next = std::exchange(m_next, {}))
            next();
    });
}

QList<AccountMove> AttachCommand::movesForward() const
{
    QList<AccountMove> forward;
    if (const ServiceStore *store = m_binder->store(m_ref))
        for (const AccountMove &move : std::as_const(m_moves))
            if (const Account *account = store->account(move.email))
                if (account->sendConnectorId != move.to)
                    forward << AccountMove{move.email, account->sendConnectorId, move.to};
    return forward;
}

QList<AccountMove> AttachCommand::movesBack() const
{
    QList<AccountMove> back;
    if (const ServiceStore *store = m_binder->store(m_ref))
        for (const AccountMove &move : std::as_const(m_moves))
            if (const Account *account = store->account(move.email))
                if (account->sendConnectorId == move.to && move.from != move.to)
                    back << AccountMove{move.email, move.to, move.from};
    return back;
}

void AttachCommand::redo()
{
    whenIdle([this] { runJob(movesForward()); });
}

void AttachCommand::undo()
{
    whenIdle([this] { runJob(movesBack()); });
}

DefaultConnectorCommand::DefaultConnectorCommand(AccountBinder *binder, const ServiceRef &ref,
                                                 const QString &domain, ConnectorId from,
                                                 ConnectorId to, const QString &text)
    : QUndoCommand(text)
    , m_binder(binder)
    , m_ref(ref)
    , m_domain(domain)
    , m_from(from)
    , m_to(to)
{}

void DefaultConnectorCommand::redo()
{
    m_binder->changeDefault(m_ref, m_domain, m_to);
}

void DefaultConnectorCommand::undo()
{
    m_binder->changeDefault(m_ref, m_domain, m_from);
}
