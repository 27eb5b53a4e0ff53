#pragma once

#include "ApiError.h"
#include "AttachJob.h"
#include "HistoryStore.h"
#include "ServiceRef.h"
#include "StrongId.h"

#include <QObject>
#include <QStringList>

class ExchangeApi;
class QUndoStack;
class ServiceCatalog;
class ServiceStore;

// Binds accounts to send connectors and domains to default connectors, as the user asks by
// drag and drop, menus or keyboard. Each request is one entry of the undo stack; every call's
// outcome goes to the change history. The rules of what may go where (for drops, menus and
// paste alike) live here.
class AccountBinder : public QObject
{
    Q_OBJECT

public:
    // `history` may be null (nothing is recorded).
    AccountBinder(ExchangeApi *api, ServiceCatalog *catalog, HistoryStore *history,
                  QObject *parent = nullptr);
    ~AccountBinder() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    HistoryStore *history() const { return m_history; }
    ServiceCatalog *catalog() const { return m_catalog; }
    // The profile named in the history.
    void setProfile(const QString &profile) { m_profile = profile; }

    // Why these accounts cannot go to `target` (a null id: the platform's server), or empty
    // when they can.
    QString attachRefusal(const ServiceRef &ref, const QStringList &emails,
                          ConnectorId target) const;
    // Why `id` cannot become the domain's default connector, or empty.
    QString defaultRefusal(const ServiceRef &ref, const QString &domain, ConnectorId id) const;

    // Moves the accounts (those not already there) to `target` as one undoable step. Returns
    // the running job, or null when refused or nothing needs to move.
    AttachJob *attach(const ServiceRef &ref, const QStringList &emails, ConnectorId target);
    // Sets (or, with a null id, resets) the default connector of the domain's new accounts
    // as one undoable step; false when refused or already so.
    bool setDomainDefault(const ServiceRef &ref, const QString &domain, ConnectorId id);

    // For the undo commands: runs the moves now (history recorded, jobStarted emitted).
    AttachJob *run(const ServiceRef &ref, const QList<AccountMove> &moves);
    // For the undo commands: calls changeDefaultSBR now.
    void changeDefault(const ServiceRef &ref, const QString &domain, ConnectorId id);
    ServiceStore *store(const ServiceRef &ref) const;
    // Adds an entry to the change history (any change the app made, not only bindings).
    void record(const ServiceRef &ref, HistoryEntry::Action action, const QStringList &targets,
                const ApiError &error, const QString &queryId);

Q_SIGNALS:
    void jobStarted(AttachJob *job);
    // After the changeDefaultSBR answer (error.isError() on failure).
    void domainDefaultChanged(const ServiceRef &ref, const QString &domain, ConnectorId id,
                              const ApiError &error);

private:
    ExchangeApi *m_api;
    ServiceCatalog *m_catalog;
    HistoryStore *m_history;
    QUndoStack *m_undoStack;
    QString m_profile;
};
