#pragma once

#include "SendConnector.h"

#include <QCoreApplication>
#include <QString>

struct NewConnector;
struct ConnectorChanges;

// What a send connector's fields must be, checked before anything is sent: the dialog
// marks fields with these messages and the CLI refuses with them. An empty string means
// the value is fine.
class ConnectorRules
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorRules)

public:
    static constexpr int MaxDisplayNameLength = 255;
    static constexpr int MaxHostLength = 253;
    static constexpr int MaxCredentialLength = 1024;

    static QString checkDisplayName(const QString &name);
    static QString checkSmartHost(const QString &host);
    static QString checkPort(qint64 port);
    static QString checkMaxSendSize(qint64 megabytes);
    static QString checkCredentials(AuthMechanism mechanism, const QString &user,
                                    const QString &password);

    // The first problem of a whole request, or an empty string.
    static QString check(const NewConnector &connector);
    static QString check(const ConnectorChanges &changes);
};
