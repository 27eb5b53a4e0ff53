#pragma once

#include "SimReply.h"
#include "SimService.h"

struct SimOptions;
struct SimRequest;
class SimWorld;

// Dispatches /email/exchange… requests (already authenticated) to the per-collection
// routes, with the bulk-reading modes on top:
//   GET /email/exchange                        organization names
//   GET /email/exchange/{org}/service          service names
//   GET /email/exchange/{org}/service/{svc}    ExchangeService
//   …/sendConnector, …/account, …/domain, …/task   see ConnectorRoutes and friends
// A GET of a collection with the pages headers returns full objects (CollectionPager) when
// pagesEnabled; a GET of an object with X-Ovh-Batch returns a batch (BatchReader) when
// batchEnabled. Unknown organization or service → 404; unknown route → 404.
class ExchangeRoutes
{
public:
    ExchangeRoutes(SimWorld &world, const SimOptions &options);

    SimReply handle(const SimRequest &request, TaskOutcome outcome);
    // Whether the request is one that starts a task (so task faults may apply to it).
    static bool startsTask(const SimRequest &request);

private:
    SimReply handleService(SimService &service, const SimRequest &request, TaskOutcome outcome);
    SimReply handleCollection(SimService &service, const QString &collection,
                              const SimRequest &request, TaskOutcome outcome);
    SimReply handleObject(SimService &service, const QString &collection, const QString &key,
                          const SimRequest &request, TaskOutcome outcome);
    SimReply readObject(SimService &service, const QString &collection, const QString &key);
    static SimReply serviceObject(const SimService &service);

    SimWorld &m_world;
    const SimOptions &m_options;
};
