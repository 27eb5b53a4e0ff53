#include "Workspace.h"

#include "AccountBinder.h"
#include "ConnectorActions.h"
#include "HistoryStore.h"
#include "ServiceCatalog.h"
#include "TaskTracker.h"

Workspace::Workspace(ExchangeApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_catalog(new ServiceCatalog(api, this))
    , m_tracker(new TaskTracker(api, this))
    , m_actions(new ConnectorActions(api, m_catalog, m_tracker, this))
{}

Workspace::~Workspace() = default;

AccountBinder *Workspace::binder()
{
    if (!m_binder) {
        auto *history = new HistoryStore(HistoryStore::defaultFilePath(), this);
        m_binder = new AccountBinder(m_api, m_catalog, history, this);
    }
    return m_binder;
}
