#pragma once

#include "AttachJob.h"
#include "ServiceRef.h"
#include "StrongId.h"

#include <QPointer>
#include <QUndoCommand>
#include <functional>
#include <memory>

class AccountBinder;

// One attach/detach batch. Redo moves to the target the accounts that are not there; undo
// moves back to its own previous connector each account that is (still) on the target, so
// that accounts that came from different connectors return to theirs and those whose move
// failed are left alone. Starting one direction cancels what is queued of the other and waits
// for the calls already sent, so an undo pressed mid-batch also brings back the accounts
// whose calls were in flight.
class AttachCommand : public QUndoCommand
{
public:
    AttachCommand(AccountBinder *binder, const ServiceRef &ref, QList<AccountMove> moves,
                  const QString &text);

    void redo() override;
    void undo() override;

    const QList<AccountMove> &moves() const { return m_moves; }
    AttachJob *job() const { return m_job; }

private:
    QList<AccountMove> movesForward() const;
    QList<AccountMove> movesBack() const;
    // Runs `next` now, or, while this command's job still runs, cancels what is queued and
    // runs it when the calls already sent have answered: the moves are computed from where
    // the accounts really are then. A later undo/redo replaces a waiting one.
    void whenIdle(std::function<void()> next);
    void runJob(QList<AccountMove> moves);

    AccountBinder *m_binder;
    ServiceRef m_ref;
    QList<AccountMove> m_moves;
    QPointer<AttachJob> m_job;
    std::function<void()> m_next;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

// A domain's default connector for new accounts, from one id to another.
class DefaultConnectorCommand : public QUndoCommand
{
public:
    DefaultConnectorCommand(AccountBinder *binder, const ServiceRef &ref, const QString &domain,
                            ConnectorId from, ConnectorId to, const QString &text);

    void redo() override;
    void undo() override;

private:
    AccountBinder *m_binder;
    ServiceRef m_ref;
    QString m_domain;
    ConnectorId m_from;
    ConnectorId m_to;
};
