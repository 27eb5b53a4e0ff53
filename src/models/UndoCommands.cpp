#include "UndoCommands.h"

#include "AccountBinder.h"
#include "ServiceStore.h"

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

void AttachCommand::redo()
{
    const ServiceStore *store = m_binder->store(m_ref);
    if (!store)
        return;
    QList<AccountMove> forward;
    for (const AccountMove &move : std::as_const(m_moves))
        if (const Account *account = store->account(move.email))
            if (account->sendConnectorId != move.to)
                forward << AccountMove{move.email, account->sendConnectorId, move.to};
    runJob(forward);
}

void AttachCommand::undo()
{
    const ServiceStore *store = m_binder->store(m_ref);
    if (!store)
        return;
    QList<AccountMove> back;
    for (const AccountMove &move : std::as_const(m_moves))
        if (const Account *account = store->account(move.email))
            if (account->sendConnectorId == move.to && move.from != move.to)
                back << AccountMove{move.email, move.to, move.from};
    runJob(back);
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
