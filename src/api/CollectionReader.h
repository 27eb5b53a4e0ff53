#pragma once

#include "ExchangeApi.h"

#include <memory>
#include <vector>

// Reads whole collections (every connector, account or domain of a service): the list of
// keys, then each object. Objects come back in the order of the keys; the objects that
// could not be read are reported with their key and error, never silently dropped.
template<typename T> struct CollectionResult
{
    QList<T> items;
    QList<QPair<QString, ApiError>> failures; // key, why
    ApiError listError;                       // the key list itself could not be read

    bool ok() const { return !listError.isError() && failures.isEmpty(); }
};

template<typename T> using CollectionHandler = std::function<void(const CollectionResult<T> &)>;
using ProgressHandler = std::function<void(int done, int total)>;

// Reads every connector, account or domain of a service in as few round trips as the API
// allows (see BulkReadJob).
class CollectionReader : public QObject
{
    Q_OBJECT

public:
    explicit CollectionReader(ExchangeApi *api, QObject *parent = nullptr);

    void readConnectors(const ServiceRef &ref, QObject *context,
                        CollectionHandler<SendConnector> done, ProgressHandler progress = {});
    void readAccounts(const ServiceRef &ref, QObject *context, CollectionHandler<Account> done,
                      ProgressHandler progress = {});
    void readDomains(const ServiceRef &ref, QObject *context, CollectionHandler<Domain> done,
                     ProgressHandler progress = {});

private:
    ExchangeApi *m_api;
};
