#include "CollectionReader.h"

#include "BulkReadJob.h"

namespace {
template<typename T>
void runJob(OvhClient *client, int pageSize, CollectionKind<T> kind, QObject *context,
            CollectionHandler<T> done, ProgressHandler progress, ArrivalHandler<T> arrived)
{
    auto job = std::make_shared<BulkReadJob<T>>(client, std::move(kind), context, std::move(done),
                                                std::move(progress), std::move(arrived));
    job->setPageSize(pageSize);
    job->start();
}
} // namespace

CollectionReader::CollectionReader(ExchangeApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void CollectionReader::readConnectors(const ServiceRef &ref, QObject *context,
                                      CollectionHandler<SendConnector> done,
                                      ProgressHandler progress,
                                      ArrivalHandler<SendConnector> arrived)
{
    CollectionKind<SendConnector> kind{
        ApiPath::service(ref) / "sendConnector",
        [](const SendConnector &c) { return c.id.toString(); }, &SendConnector::fromJson,
        [this, ref](const QString &key, QObject *ctx, ResultHandler<SendConnector> one) {
            return m_api->connector(ref, ConnectorId(key.toLongLong()), ctx, std::move(one));
        }};
    runJob(m_api->client(), m_pageSize, std::move(kind), context, std::move(done),
           std::move(progress), std::move(arrived));
}

void CollectionReader::readAccounts(const ServiceRef &ref, QObject *context,
                                    CollectionHandler<Account> done, ProgressHandler progress,
                                    ArrivalHandler<Account> arrived)
{
    CollectionKind<Account> kind{
        ApiPath::service(ref) / "account", [](const Account &a) { return a.primaryEmailAddress; },
        &Account::fromJson,
        [this, ref](const QString &key, QObject *ctx, ResultHandler<Account> one) {
            return m_api->account(ref, key, ctx, std::move(one));
        }};
    runJob(m_api->client(), m_pageSize, std::move(kind), context, std::move(done),
           std::move(progress), std::move(arrived));
}

void CollectionReader::readDomains(const ServiceRef &ref, QObject *context,
                                   CollectionHandler<Domain> done, ProgressHandler progress,
                                   ArrivalHandler<Domain> arrived)
{
    CollectionKind<Domain> kind{
        ApiPath::service(ref) / "domain", [](const Domain &d) { return d.name; }, &Domain::fromJson,
        [this, ref](const QString &key, QObject *ctx, ResultHandler<Domain> one) {
            return m_api->domain(ref, key, ctx, std::move(one));
        }};
    runJob(m_api->client(), m_pageSize, std::move(kind), context, std::move(done),
           std::move(progress), std::move(arrived));
}
