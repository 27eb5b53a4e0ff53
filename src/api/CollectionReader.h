#pragma once

#include "ExchangeApi.h"

#include <algorithm>
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
// The objects of one page or batch as soon as they arrive, for views that fill as the
// collection loads. An object may arrive twice, and one that arrived may be gone by the end:
// the CollectionHandler's result is what exists.
template<typename T> using ArrivalHandler = std::function<void(const QList<T> &)>;

// Reads every connector, account or domain of a service in as few round trips as the API
// allows (see BulkReadJob).
class CollectionReader : public QObject
{
    Q_OBJECT

public:
    // Large enough for few round trips, small enough that no single answer (about 0.5 MB
    // for 1,000 accounts) keeps the GUI thread busy receiving it: pages 2… are read in
    // parallel once the first gives the total.
    static constexpr int DefaultPageSize = 1000;

    explicit CollectionReader(ExchangeApi *api, QObject *parent = nullptr);

    // Objects per page in pages mode (tests use small pages to read a collection in several).
    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 10000); }
    int pageSize() const { return m_pageSize; }

    void readConnectors(const ServiceRef &ref, QObject *context,
                        CollectionHandler<SendConnector> done, ProgressHandler progress = {},
                        ArrivalHandler<SendConnector> arrived = {});
    void readAccounts(const ServiceRef &ref, QObject *context, CollectionHandler<Account> done,
                      ProgressHandler progress = {}, ArrivalHandler<Account> arrived = {});
    void readDomains(const ServiceRef &ref, QObject *context, CollectionHandler<Domain> done,
                     ProgressHandler progress = {}, ArrivalHandler<Domain> arrived = {});

private:
    ExchangeApi *m_api;
    int m_pageSize = DefaultPageSize;
};
