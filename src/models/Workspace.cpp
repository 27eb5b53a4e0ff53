#include "Workspace.h"

#include "ConnectorActions.h"
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
