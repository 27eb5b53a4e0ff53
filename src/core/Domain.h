#pragma once

#include "StrongId.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

// email.exchange.domain: sendConnectorIdDefault is the connector new accounts of this
// domain get (0 or null: the platform's outgoing server). Existing accounts keep theirs.
struct Domain
{
    QString name;
    QString state;
    QString type;
    TaskId taskPendingId;
    ConnectorId sendConnectorIdDefault;
    QString sbrDefault;

    static std::optional<Domain> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const Domain &, const Domain &) = default;
};

Q_DECLARE_METATYPE(Domain)
