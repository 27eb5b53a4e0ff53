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

    // One GET per key, all queued at once (the client caps how many run together).
    template<typename T, typename Key>
    static void fetchEach(const QList<Key> &keys,
                          std::function<void(const Key &, ResultHandler<T>)> fetchOne,
                          std::function<QString(const Key &)> keyText, CollectionHandler<T> done,
                          ProgressHandler progress);

private:
    ExchangeApi *m_api;
};

template<typename T, typename Key>
void CollectionReader::fetchEach(const QList<Key> &keys,
                                 std::function<void(const Key &, ResultHandler<T>)> fetchOne,
                                 std::function<QString(const Key &)> keyText,
                                 CollectionHandler<T> done, ProgressHandler progress)
{
    struct State
    {
        std::vector<std::optional<T>> items;
        std::vector<std::optional<ApiError>> errors;
        int remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->items.resize(keys.size());
    state->errors.resize(keys.size());
    state->remaining = int(keys.size());
    const auto finish = [state, keys, keyText, done] {
        CollectionResult<T> result;
        result.items.reserve(keys.size());
        for (size_t i = 0; i < state->items.size(); ++i) {
            if (state->items[i])
                result.items << *state->items[i];
            else if (state->errors[i])
                result.failures << qMakePair(keyText(keys.at(qsizetype(i))), *state->errors[i]);
        }
        done(result);
    };
    if (keys.isEmpty()) {
        finish();
        return;
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        fetchOne(keys.at(i), [state, i, finish, progress,
                              total = int(keys.size())](const ApiResult<T> &result) {
            if (result.ok())
                state->items[size_t(i)] = *result;
            else
                state->errors[size_t(i)] = result.error;
            --state->remaining;
            if (progress)
                progress(total - state->remaining, total);
            if (state->remaining == 0)
                finish();
        });
    }
}
