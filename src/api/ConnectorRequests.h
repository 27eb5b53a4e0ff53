#pragma once

#include "SendConnector.h"

#include <QJsonObject>
#include <optional>

// The body of POST …/sendConnector. user and password are write-only in the API.
struct NewConnector
{
    QString displayName;
    QString smartHost;
    int port = SendConnector::DefaultPort;
    bool requireTls = true;
    int maxSendSizeMb = SendConnector::MaxSendSizeLimitMb;
    AuthMechanism authMechanism = AuthMechanism::None;
    QString user;
    QString password;

    QJsonObject toJson() const;
};

// The body of PUT …/sendConnector/{id}: only the fields that change are sent.
struct ConnectorChanges
{
    std::optional<QString> displayName;
    std::optional<QString> smartHost;
    std::optional<int> port;
    std::optional<bool> requireTls;
    std::optional<int> maxSendSizeMb;

    bool isEmpty() const { return toJson().isEmpty(); }
    QJsonObject toJson() const;
    // Whether every field these changes set already has its new value in `connector`.
    bool isVisibleIn(const SendConnector &connector) const;
    // The fields of `edited` that differ from `original`.
    static ConnectorChanges between(const SendConnector &original, const SendConnector &edited);
};

// The body of POST …/sendConnector/{id}/changeAuthentication.
struct AuthenticationChange
{
    AuthMechanism authMechanism = AuthMechanism::None;
    QString user;
    QString password;

    QJsonObject toJson() const;
};
