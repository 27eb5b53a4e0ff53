#pragma once

#include "CollectionReader.h"
#include "ExchangeApi.h"
#include "Simulator.h"
#include "TaskWatcher.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

// A simulator on loopback and a real client talking to it over HTTP.
struct ApiTestFixture
{
    explicit ApiTestFixture(SimOptions options = quickOptions())
        : sim(options)
    {
        QString error;
        if (!sim.listen(0, &error))
            qFatal("simulator: %s", qPrintable(error));
        client = std::make_unique<OvhClient>(&network, endpoint(), credentials());
        api = std::make_unique<ExchangeApi>(client.get());
    }

    static SimOptions quickOptions()
    {
        SimOptions options;
        options.taskStepMs = 60;
        return options;
    }

    Endpoint endpoint() const
    {
        QString error;
        return *Endpoint::resolve(sim.baseUrl().toString(), &error);
    }

    Credentials credentials() const
    {
        Credentials c;
        c.endpoint = sim.baseUrl().toString();
        c.applicationKey = sim.options().applicationKey;
        c.applicationSecret = sim.options().applicationSecret;
        c.consumerKey = sim.options().consumerKey;
        return c;
    }

    // Runs a typed call and waits for its result.
    template<typename T, typename Call> ApiResult<T> wait(Call call, int timeoutMs = 20000)
    {
        std::optional<ApiResult<T>> result;
        call([&](const ApiResult<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            return ApiResult<T>::failure(
                ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test timed out")));
        return *result;
    }

    static TaskWatcher::Timing fastTiming()
    {
        TaskWatcher::Timing timing;
        timing.firstIntervalMs = 30;
        timing.maxIntervalMs = 100;
        timing.timeoutMs = 10000;
        return timing;
    }

    Simulator sim;
    QNetworkAccessManager network;
    std::unique_ptr<OvhClient> client;
    std::unique_ptr<ExchangeApi> api;
    ServiceRef ref{QStringLiteral("private-zz111111-1"), QStringLiteral("private-zz111111-1")};
};
