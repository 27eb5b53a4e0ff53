#pragma once

#include "StrongId.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

enum class AuthMechanism { None, BasicAuth, BasicAuthRequireTls };
enum class ConnectorState {
    Creating,
    Deleting,
    InternalMigration,
    Ok,
    Reopening,
    Suspended,
    Suspending
};

QString authMechanismToApi(AuthMechanism mechanism);
std::optional<AuthMechanism> authMechanismFromApi(const QString &text);
QString connectorStateToApi(ConnectorState state);
std::optional<ConnectorState> connectorStateFromApi(const QString &text);

// email.exchange.sendConnector as the API returns it. user and password are write-only
// in the API, so they are not part of this type.
struct SendConnector
{
    Q_DECLARE_TR_FUNCTIONS(SendConnector)

public:
    static constexpr int DefaultPort = 587;
    static constexpr int MaxSendSizeLimitMb = 100;

    ConnectorId id;
    QString displayName;
    QString smartHost;
    int port = DefaultPort;
    bool requireTls = false;
    int maxSendSizeMb = MaxSendSizeLimitMb;
    AuthMechanism authMechanism = AuthMechanism::None;
    ConnectorState state = ConnectorState::Ok;
    TaskId taskPendingId;
    QDateTime creationDate;
    QDateTime lastUpdateDate;

    static std::optional<SendConnector> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    friend bool operator==(const SendConnector &, const SendConnector &) = default;
};

Q_DECLARE_METATYPE(SendConnector)
