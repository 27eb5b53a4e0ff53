#pragma once

#include "StrongId.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

// email.exchange.Account: the fields Smarthost shows or changes. sendConnectorId 0 (or null
// in the API) means the platform's own outgoing server.
struct Account
{
    QString primaryEmailAddress;
    QString id;
    QString displayName;
    QString login;
    QString domain;
    QString accountLicense;
    QString state;
    TaskId taskPendingId;
    ConnectorId sendConnectorId;
    bool deleteVirus = true; // spamAndVirusConfiguration.deleteVirus

    bool usesConnector() const { return !sendConnectorId.isNull(); }

    static std::optional<Account> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const Account &, const Account &) = default;
};

Q_DECLARE_METATYPE(Account)
