#include "ExchangeRoutes.h"

#include "AccountRoutes.h"
#include "BatchReader.h"
#include "CollectionPager.h"
#include "ConnectorRoutes.h"
#include "DomainRoutes.h"
#include "SimOptions.h"
#include "SimRequest.h"
#include "SimWorld.h"
#include "TaskRoutes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QString sendConnector = u"sendConnector"_s;
const QString account = u"account"_s;
const QString domain = u"domain"_s;
const QString task = u"task"_s;
} // namespace

ExchangeRoutes::ExchangeRoutes(SimWorld &world, const SimOptions &options)
    : m_world(world)
    , m_options(options)
{}

bool ExchangeRoutes::startsTask(const SimRequest &request)
{
    const QStringList &s = request.segments;
    if (s.size() < 6 || s.at(0) != u"email"_s || s.at(1) != u"exchange"_s ||
        s.at(5) != sendConnector)
        return false;
    if (request.method == "POST")
        return s.size() == 6 || (s.size() == 8 && s.at(7) == u"changeAuthentication"_s);
    return request.method == "DELETE" && s.size() == 7;
}

SimReply ExchangeRoutes::handle(const SimRequest &request, TaskOutcome outcome)
{
    const QStringList &s = request.segments;
    if (s.size() < 2 || s.at(0) != u"email"_s || s.at(1) != u"exchange"_s)
        return SimReply::invalidRoute();
    const bool isGet = request.method == "GET";
    if (s.size() == 2)
        return isGet ? SimReply::json(QJsonArray::fromStringList(m_world.organizations()))
                     : SimReply::invalidRoute();
    if (s.size() == 3 || s.at(3) != u"service"_s)
        return SimReply::invalidRoute();
    const QString organization = s.at(2);
    if (!m_world.organizations().contains(organization))
        return SimReply::objectNotFound(u"organizationName"_s, organization);
    if (s.size() == 4)
        return isGet ? SimReply::json(QJsonArray::fromStringList(m_world.servicesOf(organization)))
                     : SimReply::invalidRoute();
    SimService *service = m_world.service({organization, s.at(4)});
    if (!service)
        return SimReply::objectNotFound(u"exchangeService"_s, s.at(4));
    return handleService(*service, request, outcome);
}

SimReply ExchangeRoutes::serviceObject(const SimService &service)
{
    QJsonObject object = service.info.toJson();
    object.insert(u"lastUpdateDate"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"sslExpirationDate"_s, u"2026-03-14T01:00:00+01:00"_s);
    object.insert(u"spamAndVirusConfiguration"_s, QJsonObject{{u"checkDKIM"_s, false},
                                                              {u"checkSPF"_s, true},
                                                              {u"deleteSpam"_s, false},
                                                              {u"deleteVirus"_s, true},
                                                              {u"putInJunk"_s, true},
                                                              {u"tagSpam"_s, true},
                                                              {u"tagVirus"_s, true}});
    object.insert(u"complexityEnabled"_s, true);
    object.insert(u"minPasswordLength"_s, 8);
    object.insert(u"passwordHistoryCount"_s, 3);
    object.insert(u"lockoutThreshold"_s, 10);
    object.insert(u"lockoutDuration"_s, 30);
    object.insert(u"lockoutObservationWindow"_s, 30);
    object.insert(u"maxPasswordAge"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"minPasswordAge"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"serverDiagnostic"_s, QJsonObject{{u"ip"_s, u"198.51.100.25"_s},
                                                     {u"ipV6"_s, QJsonValue(QJsonValue::Null)},
                                                     {u"isAValid"_s, true},
                                                     {u"isAaaaValid"_s, false},
                                                     {u"isPtrValid"_s, true},
                                                     {u"isPtrV6Valid"_s, false},
                                                     {u"commercialVersion"_s, u"2019"_s},
                                                     {u"version"_s, 15}});
    return SimReply::json(object);
}

SimReply ExchangeRoutes::handleService(SimService &service, const SimRequest &request,
                                       TaskOutcome outcome)
{
    const QStringList &s = request.segments;
    if (s.size() == 5)
        return request.method == "GET" ? serviceObject(service) : SimReply::invalidRoute();
    const QString collection = s.at(5);
    if (s.size() == 6)
        return handleCollection(service, collection, request, outcome);
    const QString key = s.at(6);
    if (s.size() == 7)
        return handleObject(service, collection, key, request, outcome);
    if (s.size() == 8 && collection == sendConnector && s.at(7) == u"changeAuthentication"_s &&
        request.method == "POST")
        return ConnectorRoutes(m_world, service).changeAuthentication(key, request, outcome);
    if (s.size() == 8 && collection == domain && s.at(7) == u"changeDefaultSBR"_s &&
        request.method == "PUT")
        return DomainRoutes(service).changeDefaultSbr(key, request);
    return SimReply::invalidRoute();
}

SimReply ExchangeRoutes::handleCollection(SimService &service, const QString &collection,
                                          const SimRequest &request, TaskOutcome outcome)
{
    if (collection == sendConnector && request.method == "POST")
        return ConnectorRoutes(m_world, service).create(request, outcome);
    if (request.method != "GET")
        return SimReply::invalidRoute();

    const bool pages = m_options.pagesEnabled && CollectionPager::wantsPages(request);
    if (collection == sendConnector) {
        ConnectorRoutes routes(m_world, service);
        return pages ? CollectionPager::page(routes.objects(), request) : routes.list();
    }
    if (collection == account) {
        AccountRoutes routes(service);
        return pages ? CollectionPager::page(routes.objects(), request) : routes.list(request);
    }
    if (collection == domain) {
        DomainRoutes routes(service);
        return pages ? CollectionPager::page(routes.objects(), request) : routes.list();
    }
    if (collection == task) {
        TaskRoutes routes(service);
        return pages ? CollectionPager::page(routes.objects(), request) : routes.list();
    }
    return SimReply::invalidRoute();
}

SimReply ExchangeRoutes::readObject(SimService &service, const QString &collection,
                                    const QString &key)
{
    if (collection == sendConnector)
        return ConnectorRoutes(m_world, service).get(key);
    if (collection == account)
        return AccountRoutes(service).get(key);
    if (collection == domain)
        return DomainRoutes(service).get(key);
    if (collection == task)
        return TaskRoutes(service).get(key);
    return SimReply::invalidRoute();
}

SimReply ExchangeRoutes::handleObject(SimService &service, const QString &collection,
                                      const QString &key, const SimRequest &request,
                                      TaskOutcome outcome)
{
    if (request.method == "GET") {
        if (m_options.batchEnabled && BatchReader::wantsBatch(request)) {
            if (!QStringList{sendConnector, account, domain, task}.contains(collection))
                return SimReply::invalidRoute();
            return BatchReader::read(request, key, [&](const QString &one) {
                return readObject(service, collection, one);
            });
        }
        return readObject(service, collection, key);
    }
    if (collection == sendConnector) {
        ConnectorRoutes routes(m_world, service);
        if (request.method == "PUT")
            return routes.update(key, request);
        if (request.method == "DELETE")
            return routes.remove(key, outcome);
    }
    if (collection == account && request.method == "PUT")
        return AccountRoutes(service).update(key, request);
    return SimReply::invalidRoute();
}
