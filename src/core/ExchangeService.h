#pragma once

#include "ServiceRef.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

// email.exchange.ExchangeService. `ref` is not in the API object: it is where it was read.
struct ExchangeService
{
    ServiceRef ref;
    QString displayName;
    QString domain;
    QString hostname;
    QString offer; // dedicated, dedicatedCluster, hosted, provider
    QString state; // inMaintenance, ok, suspended
    int maxSendSizeMb = 0;
    int maxReceiveSizeMb = 0;
    QString webUrl;

    // Send connectors are meant for Private and Trusted Exchange (the dedicated offers).
    bool supportsConnectors() const
    {
        return offer == QLatin1StringView("dedicated") ||
               offer == QLatin1StringView("dedicatedCluster");
    }

    static std::optional<ExchangeService> fromJson(const ServiceRef &ref, const QJsonObject &object,
                                                   QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const ExchangeService &, const ExchangeService &) = default;
};

Q_DECLARE_METATYPE(ExchangeService)
