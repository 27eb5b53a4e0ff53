#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

// Where the API lives: a known region (ovh-eu, ovh-ca, ovh-us) or any base URL, as go-ovh
// accepts. Plain http is accepted only for loopback hosts (the simulator and tests).
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    QString name;  // "ovh-eu", or the URL itself for a custom endpoint
    QUrl baseUrl;  // e.g. https://eu.api.ovh.com/1.0 (no trailing slash)
    QUrl tokenUrl; // OAuth2 token URL; empty for custom endpoints
    QUrl createAppUrl;

    static std::optional<Endpoint> resolve(const QString &nameOrUrl, QString *error);
    static QStringList knownNames();
    static bool isLoopbackHost(const QString &host);

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};
