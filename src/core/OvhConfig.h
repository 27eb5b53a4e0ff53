#pragma once

#include "Credentials.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

// One python-ovh style INI file: [default] endpoint=…, then a section per endpoint with
// application_key, application_secret, consumer_key (or client_id, client_secret).
class OvhConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(OvhConfigFile)

public:
    // Parses text; on a malformed line returns nullopt and sets error to "FILE:LINE: problem".
    static std::optional<OvhConfigFile> parse(const QByteArray &text, const QString &fileName,
                                              QString *error);
    // Reads and parses a file. A missing file is not an error: it returns an empty config.
    static std::optional<OvhConfigFile> load(const QString &path, QString *error);

    QString value(const QString &section, const QString &key) const;
    bool isEmpty() const { return m_sections.isEmpty(); }

private:
    QHash<QString, QHash<QString, QString>> m_sections;
};

// Resolves credentials in python-ovh's order: OVH_* environment variables, then ./ovh.conf,
// ~/.ovh.conf, /etc/ovh.conf (or only the given file with --config). The keychain comes
// after these and is consulted by the caller for whatever is still missing.
class OvhConfigResolver
{
    Q_DECLARE_TR_FUNCTIONS(OvhConfigResolver)

public:
    OvhConfigResolver();

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // Files from highest to lowest priority.
    void setSearchPaths(const QStringList &paths) { m_paths = paths; }
    static QStringList defaultSearchPaths();

    // endpointOverride (e.g. --endpoint) beats everything else for the endpoint.
    std::optional<Credentials> resolve(const QString &endpointOverride, QString *error) const;

private:
    QProcessEnvironment m_environment;
    QStringList m_paths;
};
