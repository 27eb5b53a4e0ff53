#pragma once

#include <QString>
#include <QStringList>

// What the routing verdict checks the headers against: the send connector's smartHost and
// any other names or addresses the relay is known by (its provider often hands the message
// to differently named hosts). An empty connector means "no connector": no verdict.
struct RelayConnector
{
    QString smartHost;   // e.g. "smtp-relay.example.com" or an IP address
    QStringList aliases; // extra host names, domains ("example.net") or IP addresses

    // Domains of the mail platform itself (OVHcloud), whose outgoing servers send the mail
    // when no connector is used. A relay domain that is one of these is compared by exact
    // name and address only.
    QStringList platformDomains = ovhcloudDomains();

    bool isEmpty() const { return smartHost.trimmed().isEmpty() && aliases.isEmpty(); }

    static QStringList ovhcloudDomains()
    {
        return {QStringLiteral("ovh.net"), QStringLiteral("ovh.com"), QStringLiteral("ovh.ca"),
                QStringLiteral("ovhcloud.com")};
    }
};
