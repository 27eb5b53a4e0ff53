#pragma once

#include "SendConnector.h"
#include "Task.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How API values read in the user's language: mechanisms, states, offers, licences, dates.
// Shared by the models and the widgets so that a value is worded the same everywhere.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString authMechanism(AuthMechanism mechanism);
    static QString connectorState(ConnectorState state);
    static QString taskStatus(TaskStatus status);
    static QString offer(const QString &offer);
    static QString objectState(const QString &state); // accounts, domains, services
    static QString licence(const QString &licence);
    static QString platformServer();
    // The same, in a table cell.
    static QString platformServerShort();
    static QString hostAndPort(const QString &host, int port);
    static QString dateTime(const QDateTime &dateTime);
    static QString unsupportedOfferWarning();
    // A tooltip that shows `plainText` literally: API values (names, hosts, error messages)
    // may hold markup, which a tooltip would otherwise render.
    static QString toolTip(const QString &plainText);
};
