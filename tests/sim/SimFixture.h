#pragma once

#include "SimTestClient.h"
#include "Simulator.h"

#include <memory>

// The guide's service path and a started simulator with a client holding the demo keys.
inline const QByteArray servicePath =
    "/email/exchange/private-zz111111-1/service/private-zz111111-1";

struct SimFixture
{
    explicit SimFixture(const SimOptions &options)
        : sim(options)
    {}

    Simulator sim;
    std::unique_ptr<SimTestClient> client;

    SimHttpResult call(const QByteArray &method, const QByteArray &pathAndQuery,
                       const QByteArray &body = {},
                       const QList<SimTestClient::Header> &headers = {})
    {
        return client->call(method, pathAndQuery, body, headers);
    }
    // Below the guide's service: get("/sendConnector/29").
    SimHttpResult get(const QByteArray &below, const QList<SimTestClient::Header> &headers = {})
    {
        return call("GET", servicePath + below, {}, headers);
    }
};

// nullptr when the simulator cannot listen (the test then fails on QVERIFY(fixture)).
inline std::unique_ptr<SimFixture> startSimulator(const SimOptions &options = SimOptions())
{
    auto fixture = std::make_unique<SimFixture>(options);
    if (!fixture->sim.listen())
        return nullptr;
    fixture->client =
        std::make_unique<SimTestClient>(fixture->sim.baseUrl(), options.applicationKey,
                                        options.applicationSecret, options.consumerKey);
    return fixture;
}

inline SimOptions fastTasks(int stepMs = 50)
{
    SimOptions options;
    options.taskStepMs = stepMs;
    return options;
}
