#pragma once

#include "ExchangeApi.h"
#include "OvhClient.h"
#include "Simulator.h"
#include "TaskTracker.h"
#include "Workspace.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

// The OVHcloud simulator on loopback and a Workspace talking to it over real HTTP with the
// simulator's demo credentials. Tasks take a few tens of milliseconds.
struct SimFixture
{
    static SimOptions fastOptions()
    {
        SimOptions options;
        options.taskStepMs = 60;
        return options;
    }
    static TaskWatcher::Timing fastTiming()
    {
        TaskWatcher::Timing timing;
        timing.firstIntervalMs = 40;
        timing.maxIntervalMs = 120;
        timing.timeoutMs = 30'000;
        return timing;
    }

    explicit SimFixture(const SimOptions &options = fastOptions())
        : simulator(options)
    {
        QString error;
        if (!simulator.listen(0, &error))
            qFatal("simulator: %s", qPrintable(error));
        Credentials credentials;
        credentials.endpoint = simulator.baseUrl().toString();
        credentials.applicationKey = options.applicationKey;
        credentials.applicationSecret = options.applicationSecret;
        credentials.consumerKey = options.consumerKey;
        const auto endpoint = Endpoint::resolve(credentials.endpoint, &error);
        if (!endpoint)
            qFatal("endpoint: %s", qPrintable(error));
        client = std::make_unique<OvhClient>(&network, *endpoint, credentials);
        api = std::make_unique<ExchangeApi>(client.get());
        workspace = std::make_unique<Workspace>(api.get());
        workspace->tracker()->setTiming(fastTiming());
    }

    // GETs fail at the first error instead of retrying with backoff.
    void noRetries()
    {
        OvhClient::Limits limits = client->limits();
        limits.maxGetAttempts = 1;
        client->setLimits(limits);
    }

    ServiceRef guide() const { return SimWorld::guideService(); }

    // One more connector on the guide's service (relay.example.net:587).
    void addGuideConnector(ConnectorId id, const QString &name, ConnectorState state)
    {
        SimConnector c;
        c.connector.id = id;
        c.connector.displayName = name;
        c.connector.smartHost = QStringLiteral("relay.example.net");
        c.connector.port = 587;
        c.connector.state = state;
        simulator.world().addConnector(SimWorld::guideService(), c);
    }

    Simulator simulator;
    QNetworkAccessManager network;
    std::unique_ptr<OvhClient> client;
    std::unique_ptr<ExchangeApi> api;
    std::unique_ptr<Workspace> workspace;
};
