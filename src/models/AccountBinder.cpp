#include "AccountBinder.h"

#include "DisplayText.h"
#include "ExchangeApi.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "UndoCommands.h"

#include <QSet>
#include <QUndoStack>

AccountBinder::AccountBinder(ExchangeApi *api, ServiceCatalog *catalog, HistoryStore *history,
                             QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_catalog(catalog)
    , m_history(history)
    , m_undoStack(new QUndoStack(this))
{}

AccountBinder::~AccountBinder() = default;

ServiceStore *AccountBinder::store(const ServiceRef &ref) const
{
    return m_catalog->store(ref);
}

namespace {
QString connectorRefusal(const ServiceStore *store, ConnectorId id)
{
    if (id.isNull())
        return {};
    const SendConnector *connector = store->connector(id);
    if (!connector)
        return AccountBinder::tr("Connector %1 no longer exists.").arg(id.toString());
    if (connector->state != ConnectorState::Ok)
        //: %1 is a connector's name, %2 its state (creating, deleting, suspended…).
        return AccountBinder::tr("“%1” is %2: wait until it is ready.")
            .arg(connector->displayName, DisplayText::connectorState(connector->state));
    return {};
}
} // namespace

QString AccountBinder::attachRefusal(const ServiceRef &ref, const QStringList &emails,
                                     ConnectorId target) const
{
    const ServiceStore *s = store(ref);
    if (!s || s->loadState() != LoadState::Loaded)
        return tr("The service %1 is not loaded.").arg(ref.displayText());
    if (emails.isEmpty())
        return tr("No account is selected.");
    for (const QString &email : emails)
        if (!s->account(email))
            return tr("%1 is not an account of %2.").arg(email, ref.displayText());
    return connectorRefusal(s, target);
}

QString AccountBinder::defaultRefusal(const ServiceRef &ref, const QString &domain,
                                      ConnectorId id) const
{
    const ServiceStore *s = store(ref);
    if (!s || s->loadState() != LoadState::Loaded)
        return tr("The service %1 is not loaded.").arg(ref.displayText());
    if (!s->domain(domain))
        return tr("%1 is not a domain of %2.").arg(domain, ref.displayText());
    return connectorRefusal(s, id);
}

AttachJob *AccountBinder::attach(const ServiceRef &ref, const QStringList &emails,
                                 ConnectorId target)
{
    if (!attachRefusal(ref, emails, target).isEmpty())
        return nullptr;
    const ServiceStore *s = store(ref);
    QList<AccountMove> moves;
    QSet<QString> seen;
    for (const QString &email : emails) {
        const Account *account = s->account(email);
        if (seen.contains(email) || account->sendConnectorId == target || s->isPending(email))
            continue;
        seen.insert(email);
        moves << AccountMove{email, account->sendConnectorId, target};
    }
    if (moves.isEmpty())
        return nullptr;
    const int n = int(moves.size());
    const QString text =
        target.isNull()
            ? tr("Detach %n account(s)", nullptr, n)
            //: Undo/redo text; %1 is the connector's name.
            : tr("Attach %n account(s) to %1", nullptr, n).arg(s->connectorName(target));
    auto *command = new AttachCommand(this, ref, moves, text);
    m_undoStack->push(command);
    return command->job();
}

bool AccountBinder::setDomainDefault(const ServiceRef &ref, const QString &domain, ConnectorId id)
{
    if (!defaultRefusal(ref, domain, id).isEmpty())
        return false;
    const ServiceStore *s = store(ref);
    const ConnectorId previous = s->domain(domain)->sendConnectorIdDefault;
    if (previous == id)
        return false;
    //: Undo/redo text; %1 is a domain, %2 a connector or the platform's server.
    const QString text = tr("Default connector of %1: %2").arg(domain, s->connectorName(id));
    m_undoStack->push(new DefaultConnectorCommand(this, ref, domain, previous, id, text));
    return true;
}

AttachJob *AccountBinder::run(const ServiceRef &ref, const QList<AccountMove> &moves)
{
    ServiceStore *s = store(ref);
    if (!s)
        return nullptr;
    auto *job = new AttachJob(m_api, s, moves, this);
    connect(job, &AttachJob::accountDone, this, [this, ref](const AccountMoveResult &result) {
        if (result.outcome == AccountMoveResult::Outcome::Cancelled)
            return;
        const auto action =
            result.move.to.isNull() ? HistoryEntry::Action::Detach : HistoryEntry::Action::Attach;
        QStringList targets{result.move.email};
        if (ServiceStore *s = store(ref))
            targets << s->connectorName(result.move.to);
        record(ref, action, targets, result.error, result.queryId);
    });
    Q_EMIT jobStarted(job);
    job->start();
    return job;
}

void AccountBinder::changeDefault(const ServiceRef &ref, const QString &domain, ConnectorId id)
{
    m_api->changeDefaultConnector(ref, domain, id, this,
                                  [this, ref, domain, id](const ApiResult<NoContent> &result) {
                                      ServiceStore *s = store(ref);
                                      QStringList targets{domain};
                                      if (s)
                                          targets << s->connectorName(id);
                                      record(ref, HistoryEntry::Action::DefaultConnector, targets,
                                             result.error, result.queryId);
                                      if (result.ok() && s)
                                          if (const Domain *known = s->domain(domain)) {
                                              Domain changed = *known;
                                              changed.sendConnectorIdDefault = id;
                                              s->applyDomain(changed);
                                          }
                                      Q_EMIT domainDefaultChanged(ref, domain, id, result.error);
                                  });
}

void AccountBinder::record(const ServiceRef &ref, HistoryEntry::Action action,
                           const QStringList &targets, const ApiError &error,
                           const QString &queryId)
{
    if (!m_history)
        return;
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = m_profile;
    entry.service = ref.displayText();
    entry.action = action;
    entry.targets = targets;
    entry.ok = !error.isError();
    entry.result = entry.ok ? tr("OK") : error.toText();
    entry.queryId = queryId.isEmpty() ? error.queryId : queryId;
    m_history->append(entry);
}
