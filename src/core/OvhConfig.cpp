#include "OvhConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

std::optional<OvhConfigFile> OvhConfigFile::parse(const QByteArray &text, const QString &fileName,
                                                  QString *error)
{
    OvhConfigFile config;
    QString section;
    QString lastKey;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto fail = [&](const QString &problem) {
            if (error)
                *error = u"%1:%2: %3"_s.arg(fileName).arg(i + 1).arg(problem);
            return std::nullopt;
        };
        QByteArray raw = lines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.contains('\0'))
            return fail(tr("binary data, not a configuration file"));
        const QString line = QString::fromUtf8(raw);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !lastKey.isEmpty()) {
            // Continuation line, as ConfigParser reads it.
            QString &value = config.m_sections[section][lastKey];
            value += u'\n' + trimmed;
            continue;
        }
        if (trimmed.startsWith(u'[')) {
            if (!trimmed.endsWith(u']') || trimmed.size() < 3)
                return fail(tr("malformed section header: %1").arg(trimmed.left(80)));
            section = trimmed.mid(1, trimmed.size() - 2).trimmed();
            config.m_sections[section];
            lastKey.clear();
            continue;
        }
        const qsizetype eq = trimmed.indexOf(u'=');
        const qsizetype colon = trimmed.indexOf(u':');
        qsizetype sep = eq;
        if (sep < 0 || (colon >= 0 && colon < sep))
            sep = colon;
        if (sep <= 0)
            return fail(
                tr("expected \"key = value\" or a [section], found: %1").arg(trimmed.left(80)));
        if (section.isEmpty())
            return fail(
                tr("\"%1\" stands before any [section]").arg(trimmed.left(sep).trimmed().left(80)));
        lastKey = trimmed.left(sep).trimmed().toLower();
        config.m_sections[section][lastKey] = trimmed.mid(sep + 1).trimmed();
    }
    return config;
}

std::optional<OvhConfigFile> OvhConfigFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return OvhConfigFile();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    constexpr qint64 maxSize = 1024 * 1024;
    if (file.size() > maxSize) {
        if (error)
            *error = tr("%1: larger than 1 MB, not a configuration file").arg(path);
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

QString OvhConfigFile::value(const QString &section, const QString &key) const
{
    return m_sections.value(section).value(key);
}

OvhConfigResolver::OvhConfigResolver()
    : m_environment(QProcessEnvironment::systemEnvironment())
    , m_paths(defaultSearchPaths())
{}

QStringList OvhConfigResolver::defaultSearchPaths()
{
    return {QDir::current().filePath(u"ovh.conf"_s), QDir::home().filePath(u".ovh.conf"_s),
            u"/etc/ovh.conf"_s};
}

std::optional<Credentials> OvhConfigResolver::resolve(const QString &endpointOverride,
                                                      QString *error) const
{
    QList<OvhConfigFile> files;
    for (const QString &path : m_paths) {
        auto file = OvhConfigFile::load(path, error);
        if (!file)
            return std::nullopt;
        files << *file;
    }
    const auto fromFiles = [&](const QString &section, const QString &key) {
        for (const OvhConfigFile &file : files) {
            const QString value = file.value(section, key);
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    const auto pick = [&](const char *variable, const QString &section, const QString &key) {
        const QString fromEnv = m_environment.value(QString::fromLatin1(variable));
        return fromEnv.isEmpty() ? fromFiles(section, key) : fromEnv;
    };

    Credentials c;
    c.endpoint = endpointOverride;
    if (c.endpoint.isEmpty())
        c.endpoint = pick("OVH_ENDPOINT", u"default"_s, u"endpoint"_s);
    const QString section = c.endpoint;
    c.applicationKey = pick("OVH_APPLICATION_KEY", section, u"application_key"_s);
    c.applicationSecret = pick("OVH_APPLICATION_SECRET", section, u"application_secret"_s);
    c.consumerKey = pick("OVH_CONSUMER_KEY", section, u"consumer_key"_s);
    c.clientId = pick("OVH_CLIENT_ID", section, u"client_id"_s);
    c.clientSecret = pick("OVH_CLIENT_SECRET", section, u"client_secret"_s);
    if (!c.applicationKey.isEmpty() && !c.clientId.isEmpty()) {
        if (error)
            *error = tr("Both an application key and an OAuth2 client id are configured for "
                        "endpoint %1: choose one.")
                         .arg(section);
        return std::nullopt;
    }
    return c;
}
