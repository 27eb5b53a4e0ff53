#include "CollectionReader.h"

CollectionReader::CollectionReader(ExchangeApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void CollectionReader::readConnectors(const ServiceRef &ref, QObject *context,
                                      CollectionHandler<SendConnector> done,
                                      ProgressHandler progress)
{
    m_api->connectorIds(ref, context, [=, this](const ApiResult<QList<ConnectorId>> &ids) {
        if (!ids.ok()) {
            CollectionResult<SendConnector> failed;
            failed.listError = ids.error;
            return done(failed);
        }
        fetchEach<SendConnector, ConnectorId>(
            *ids,
            [=, this](const ConnectorId &id, ResultHandler<SendConnector> one) {
                m_api->connector(ref, id, context, std::move(one));
            },
            [](const ConnectorId &id) { return id.toString(); }, done, progress);
    });
}

void CollectionReader::readAccounts(const ServiceRef &ref, QObject *context,
                                    CollectionHandler<Account> done, ProgressHandler progress)
{
    m_api->accountAddresses(ref, context, [=, this](const ApiResult<QStringList> &emails) {
        if (!emails.ok()) {
            CollectionResult<Account> failed;
            failed.listError = emails.error;
            return done(failed);
        }
        fetchEach<Account, QString>(
            *emails,
            [=, this](const QString &email, ResultHandler<Account> one) {
                m_api->account(ref, email, context, std::move(one));
            },
            [](const QString &email) { return email; }, done, progress);
    });
}

void CollectionReader::readDomains(const ServiceRef &ref, QObject *context,
                                   CollectionHandler<Domain> done, ProgressHandler progress)
{
    m_api->domainNames(ref, context, [=, this](const ApiResult<QStringList> &names) {
        if (!names.ok()) {
            CollectionResult<Domain> failed;
            failed.listError = names.error;
            return done(failed);
        }
        fetchEach<Domain, QString>(
            *names,
            [=, this](const QString &name, ResultHandler<Domain> one) {
                m_api->domain(ref, name, context, std::move(one));
            },
            [](const QString &name) { return name; }, done, progress);
    });
}
