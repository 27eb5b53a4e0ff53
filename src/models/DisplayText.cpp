#include "DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString DisplayText::authMechanism(AuthMechanism mechanism)
{
    switch (mechanism) {
    case AuthMechanism::None:
        //: Send connector authentication: the relay accepts mail without a login.
        return tr("None");
    case AuthMechanism::BasicAuth:
        //: Send connector authentication: user name and password (API value basicAuth).
        return tr("Basic (user and password)");
    case AuthMechanism::BasicAuthRequireTls:
        //: Send connector authentication: user name and password, only over TLS (API value
        //: basicAuthRequireTLS).
        return tr("Basic, TLS required");
    }
    return {};
}

QString DisplayText::connectorState(ConnectorState state)
{
    switch (state) {
    case ConnectorState::Creating:
        return tr("Creating");
    case ConnectorState::Deleting:
        return tr("Deleting");
    case ConnectorState::InternalMigration:
        //: State of a send connector while OVHcloud moves it internally.
        return tr("Migrating");
    case ConnectorState::Ok:
        //: State of a send connector that works normally.
        return tr("OK");
    case ConnectorState::Reopening:
        return tr("Reopening");
    case ConnectorState::Suspended:
        return tr("Suspended");
    case ConnectorState::Suspending:
        return tr("Suspending");
    }
    return {};
}

QString DisplayText::taskStatus(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        //: Status of an OVHcloud task that has not started yet.
        return tr("Waiting");
    case TaskStatus::Doing:
        return tr("Running");
    case TaskStatus::Done:
        return tr("Done");
    case TaskStatus::Error:
        return tr("Failed");
    case TaskStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DisplayText::offer(const QString &offer)
{
    if (offer == u"dedicated"_s)
        //: Exchange offer "dedicated" (Private Exchange).
        return tr("Private Exchange");
    if (offer == u"dedicatedCluster"_s)
        //: Exchange offer "dedicatedCluster" (Trusted Exchange).
        return tr("Trusted Exchange");
    if (offer == u"hosted"_s)
        //: Exchange offer "hosted" (shared platform).
        return tr("Hosted Exchange");
    if (offer == u"provider"_s)
        //: Exchange offer "provider" (shared platform sold by a reseller).
        return tr("Provider Exchange");
    return offer;
}

QString DisplayText::objectState(const QString &state)
{
    if (state == u"ok"_s)
        return tr("OK");
    if (state == u"suspended"_s)
        return tr("Suspended");
    if (state == u"inMaintenance"_s)
        return tr("In maintenance");
    if (state == u"creating"_s)
        return tr("Creating");
    if (state == u"deleting"_s)
        return tr("Deleting");
    if (state == u"reopening"_s)
        return tr("Reopening");
    if (state == u"suspending"_s)
        return tr("Suspending");
    return state;
}

QString DisplayText::licence(const QString &licence)
{
    if (licence == u"basic"_s)
        //: Exchange account licence.
        return tr("Basic");
    if (licence == u"standard"_s)
        //: Exchange account licence.
        return tr("Standard");
    if (licence == u"enterprise"_s)
        //: Exchange account licence.
        return tr("Enterprise");
    return licence;
}

QString DisplayText::platformServer()
{
    //: Where accounts without a send connector send from: the Exchange platform's own server.
    return tr("Platform outgoing server");
}

QString DisplayText::platformServerShort()
{
    //: Table cell: the account sends through the platform's own outgoing server.
    return tr("Platform server");
}

QString DisplayText::hostAndPort(const QString &host, int port)
{
    if (host.contains(u':')) // an IPv6 address
        return u"[%1]:%2"_s.arg(host).arg(port);
    return u"%1:%2"_s.arg(host).arg(port);
}

QString DisplayText::dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        //: A date that has no value (e.g. a connector that was never updated).
        return tr("Never");
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayText::unsupportedOfferWarning()
{
    return tr("Send connectors are meant for Private and Trusted Exchange. OVHcloud may disable a "
              "connector added to this service at any time.");
}

QString DisplayText::toolTip(const QString &plainText)
{
    if (plainText.isEmpty())
        return {};
    // <qt> makes the tooltip rich text whatever it holds, so the escaped markup stays literal.
    QString escaped = plainText.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<qt>") + escaped + QStringLiteral("</qt>");
}
