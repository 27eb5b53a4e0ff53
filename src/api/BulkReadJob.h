#pragma once

#include "CollectionReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <cmath>
#include <map>
#include <memory>
#include <utility>

// What the bulk reader needs to know about one kind of object.
template<typename T> struct CollectionKind
{
    ApiPath collection;                    // …/account
    std::function<QString(const T &)> key; // its id in the path
    std::function<std::optional<T>(const QJsonObject &, QString *)> decode;
    std::function<ApiCall *(const QString &, QObject *, ResultHandler<T>)> fetchOne;
};

// Reads a whole collection as fast as the API allows: full objects in pages
// (X-Pagination-Mode: CachedObjectList-Pages); when that is not honoured, the key list then
// batch GETs of 50 (X-Ovh-Batch); when those fail, one GET per object. Every mode stays
// within the client's concurrency cap and rate limit, and the result never loses or
// duplicates an object: objects are keyed, and the key
// list, read after the pages, decides. The client remembers which mode works for the rest of the
// session. The objects of each page or batch are also handed over as they arrive (single GETs
// in groups of BatchSize), so that views fill while the rest loads.
template<typename T> class BulkReadJob : public std::enable_shared_from_this<BulkReadJob<T>>
{
public:
    static constexpr int BatchSize = 50;

    BulkReadJob(OvhClient *client, CollectionKind<T> kind, QObject *context,
                CollectionHandler<T> done, ProgressHandler progress, ArrivalHandler<T> arrived = {})
        : m_client(client)
        , m_kind(std::move(kind))
        , m_context(context)
        , m_done(std::move(done))
        , m_progress(std::move(progress))
        , m_arrived(std::move(arrived))
    {}

    void setPageSize(int size) { m_pageSize = size; }

    void start()
    {
        switch (m_client->bulkMode()) {
        case OvhClient::BulkMode::Pages:
            return readPage(1);
        case OvhClient::BulkMode::Batch:
        case OvhClient::BulkMode::Single:
            return readKeys();
        }
    }

private:
    using Self = std::shared_ptr<BulkReadJob<T>>;

    void send(ApiRequest request, std::function<void(const ApiResponse &)> handle)
    {
        ApiCall *call = m_client->send(std::move(request));
        QObject::connect(
            call, &ApiCall::finished, m_context,
            [self = this->shared_from_this(), handle](const ApiResponse &r) { handle(r); });
    }

    // An answer that could not be understood, said as ExchangeApi says it for single calls.
    static ApiError unexpected(const QString &problem, const QString &queryId)
    {
        return ApiError::make(ApiError::Kind::BadAnswer,
                              ExchangeApi::tr("Unexpected answer from the API: %1").arg(problem),
                              queryId);
    }

    // --- Pages -------------------------------------------------------------------------
    ApiRequest pageRequest(int number) const
    {
        ApiRequest request = ApiRequest::get(m_kind.collection);
        request.headers = {{"X-Pagination-Mode", "CachedObjectList-Pages"},
                           {"X-Pagination-Size", QByteArray::number(m_pageSize)},
                           {"X-Pagination-Number", QByteArray::number(number)},
                           {"Pragma", "no-cache"}};
        return request;
    }

    // A page parsed and decoded. A page of thousands of objects takes tens of milliseconds
    // to parse: that happens on a worker thread, so the event loop (and the window) never
    // waits for it.
    struct DecodedPage
    {
        bool objects = false;   // full objects came back: the mode is honoured
        bool plainList = false; // an array of something else (plain ids)
        QList<T> items;
        QStringList problems;
    };

    static DecodedPage decodePage(const CollectionKind<T> &kind, const ApiResponse &r)
    {
        DecodedPage page;
        const QJsonDocument document = QJsonDocument::fromJson(r.body);
        const QJsonArray array = document.array();
        page.objects =
            r.ok() && document.isArray() && (array.isEmpty() || array.first().isObject());
        page.plainList = r.ok() && document.isArray() && !page.objects;
        if (!page.objects)
            return page;
        page.items.reserve(array.size());
        for (const QJsonValue &value : array) {
            QString problem;
            if (auto item = kind.decode(value.toObject(), &problem))
                page.items << *item;
            else
                page.problems << problem;
        }
        return page;
    }

    void readPage(int number)
    {
        send(pageRequest(number), [this, number](const ApiResponse &r) {
            QPointer<QObject> context = m_context;
            QThreadPool::globalInstance()->start(
                [self = this->shared_from_this(), context, number, r] {
                    auto page = std::make_shared<DecodedPage>(decodePage(self->m_kind, r));
                    // Back on the thread of the application (the job's), unless the reader's
                    // context is gone meanwhile.
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [self, context, number, r, page] {
                            if (context)
                                self->onPage(number, r, *page);
                        },
                        Qt::QueuedConnection);
                });
        });
    }

    void onPage(int number, const ApiResponse &r, const DecodedPage &page)
    {
        if (!page.objects) {
            if (number == 1) {
                // Not honoured: plain ids came back (use them), or an error (ask again).
                m_client->stepDownBulkMode(OvhClient::BulkMode::Batch);
                if (page.plainList)
                    return onKeys(r);
                return readKeys();
            }
        } else {
            m_client->confirmBulkMode();
            bool ok = false;
            const int total = r.header("X-Pagination-Elements").toInt(&ok);
            if (ok)
                m_total = total;
            for (const T &item : page.items)
                keep(item);
            for (const QString &problem : page.problems)
                m_failures << qMakePair(QString(), unexpected(problem, r.queryId));
            hand();
            report();
        }
        if (number == 1) {
            const int pages = m_total > 0 ? int(std::ceil(double(m_total) / m_pageSize)) : 1;
            m_pagesPending = pages - 1;
            for (int next = 2; next <= pages; ++next)
                readPage(next);
        } else {
            --m_pagesPending;
        }
        if (m_pagesPending == 0) {
            // Pages are read one after the other while the collection may change: the key
            // list (one cheap request) decides what exists, and only what is missing is
            // fetched (in batches).
            m_failures.clear();
            readKeys();
        }
    }

    // --- Keys, then batch or single GETs ------------------------------------------------
    void readKeys()
    {
        send(ApiRequest::get(m_kind.collection), [this](const ApiResponse &r) {
            if (!r.ok())
                return failList(r.error);
            onKeys(r);
        });
    }

    void onKeys(const ApiResponse &r)
    {
        const QJsonDocument document = QJsonDocument::fromJson(r.body);
        if (!document.isArray())
            return failList(unexpected(ExchangeApi::tr("expected a list of ids"), r.queryId));
        QStringList keys;
        for (const QJsonValue &value : document.array()) {
            if (value.isString())
                keys << value.toString();
            else if (value.isDouble())
                keys << QString::number(qint64(value.toDouble()));
            else
                return failList(unexpected(ExchangeApi::tr("expected a list of ids"), r.queryId));
        }
        m_keys = keys;
        m_total = int(keys.size());
        // Objects already read in pages stay; those no longer listed go.
        const QSet<QString> listed(keys.begin(), keys.end());
        for (auto it = m_items.begin(); it != m_items.end();)
            it = listed.contains(it->first) ? std::next(it) : m_items.erase(it);
        QStringList missing;
        for (const QString &key : keys)
            if (!m_items.contains(key))
                missing << key;
        report();
        if (missing.isEmpty())
            return finish();
        if (m_client->bulkMode() == OvhClient::BulkMode::Single)
            return readSingly(missing);
        readBatches(missing);
    }

    void readBatches(const QStringList &keys)
    {
        m_pendingCalls = 0;
        if (!m_client->isBulkModeConfirmed() && keys.size() > BatchSize) {
            // Not known to work yet: the first batch tells, and the others wait for its
            // answer, so that a refusal costs one request rather than one per batch.
            m_deferredKeys = keys.mid(BatchSize);
            return sendBatches(keys.first(BatchSize));
        }
        sendBatches(keys);
    }

    void sendBatches(const QStringList &keys)
    {
        for (qsizetype i = 0; i < keys.size(); i += BatchSize) {
            const QStringList chunk = keys.mid(i, BatchSize);
            QByteArray joined;
            for (const QString &key : chunk)
                joined += (joined.isEmpty() ? "" : ",") + ApiPath::encodeSegment(key);
            ApiRequest request =
                ApiRequest::get(ApiPath(m_kind.collection.encoded() + '/' + joined));
            request.headers = {{"X-Ovh-Batch", ","}};
            ++m_pendingCalls;
            send(request, [this, chunk](const ApiResponse &r) { onBatch(chunk, r); });
        }
    }

    void onBatch(const QStringList &chunk, const ApiResponse &r)
    {
        --m_pendingCalls;
        const QJsonDocument document = QJsonDocument::fromJson(r.body);
        const QJsonArray array = document.array();
        const bool honoured = r.ok() && document.isArray() &&
                              (array.isEmpty() || array.first().toObject().contains(u"key"));
        if (!honoured) {
            // Batch GETs do not work here: this chunk (and, from now on, the session) goes
            // one object at a time.
            m_client->stepDownBulkMode(OvhClient::BulkMode::Single);
            m_singleKeys << chunk;
        } else {
            m_client->confirmBulkMode();
            QSet<QString> answered;
            for (const QJsonValue &entry : array) {
                const QJsonObject object = entry.toObject();
                const QString key = object.value(u"key").toVariant().toString();
                answered.insert(key);
                const QJsonValue value = object.value(u"value");
                QString problem;
                if (value.isObject()) {
                    if (auto item = m_kind.decode(value.toObject(), &problem)) {
                        keep(*item);
                        continue;
                    }
                    m_failures << qMakePair(key, unexpected(problem, r.queryId));
                    continue;
                }
                problem = object.value(u"error").toString();
                m_failures << qMakePair(key,
                                        ApiError::make(ApiError::Kind::Http, problem, r.queryId));
            }
            for (const QString &key : chunk)
                if (!answered.contains(key))
                    m_singleKeys << key; // never silently dropped
            hand();
            report();
        }
        if (m_pendingCalls == 0) {
            if (!m_deferredKeys.isEmpty()) {
                if (m_client->bulkMode() == OvhClient::BulkMode::Single)
                    m_singleKeys << std::exchange(m_deferredKeys, {});
                else
                    return sendBatches(std::exchange(m_deferredKeys, {}));
            }
            if (!m_singleKeys.isEmpty())
                return readSingly(std::exchange(m_singleKeys, {}));
            finish();
        }
    }

    void readSingly(const QStringList &keys)
    {
        m_pendingCalls = int(keys.size());
        for (const QString &key : keys) {
            m_kind.fetchOne(key, m_context,
                            [self = this->shared_from_this(), this, key](const ApiResult<T> &r) {
                                if (r.ok())
                                    keep(*r);
                                else
                                    m_failures << qMakePair(key, r.error);
                                const bool last = --m_pendingCalls == 0;
                                if (last || m_arrivals.size() >= BatchSize)
                                    hand();
                                report();
                                if (last)
                                    finish();
                            });
        }
    }

    // --- Results -----------------------------------------------------------------------
    void keep(const T &item)
    {
        m_items.insert_or_assign(m_kind.key(item), item);
        if (m_arrived)
            m_arrivals << item;
    }

    // Hands what arrived since last time to the arrival handler.
    void hand()
    {
        if (m_arrived && !m_arrivals.isEmpty())
            m_arrived(std::exchange(m_arrivals, {}));
    }

    void report()
    {
        if (m_progress)
            m_progress(int(m_items.size()), std::max(m_total, int(m_items.size())));
    }

    void failList(const ApiError &error)
    {
        CollectionResult<T> result;
        result.listError = error;
        m_done(result);
    }

    void finish()
    {
        CollectionResult<T> result;
        result.failures = m_failures;
        // In the order of the key list, which is always read last.
        result.items.reserve(m_keys.size());
        for (const QString &key : std::as_const(m_keys))
            if (auto it = m_items.find(key); it != m_items.end())
                result.items << it->second;
        m_done(result);
    }

    OvhClient *m_client;
    CollectionKind<T> m_kind;
    QObject *m_context;
    CollectionHandler<T> m_done;
    ProgressHandler m_progress;
    ArrivalHandler<T> m_arrived;
    QList<T> m_arrivals; // kept, not handed over yet
    int m_pageSize = CollectionReader::DefaultPageSize;
    std::map<QString, T> m_items;
    QStringList m_keys; // the key list: what exists, in the order of the result
    QStringList m_singleKeys;
    QStringList m_deferredKeys; // batches waiting for the first one's answer
    QList<QPair<QString, ApiError>> m_failures;
    int m_total = -1;
    int m_pagesPending = 0;
    int m_pendingCalls = 0;
};
