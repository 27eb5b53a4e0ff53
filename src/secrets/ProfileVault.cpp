#include "ProfileVault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
QString group(const QString &name)
{
    return u"profiles/"_s +
           QString::fromLatin1(name.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

ProfileVault::ProfileVault(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

QString ProfileVault::secretKey(const QString &profileName)
{
    return u"profile/"_s + profileName;
}

QStringList ProfileVault::profileNames() const
{
    QSettings settings;
    settings.beginGroup(u"profiles"_s);
    QStringList names;
    for (const QString &child : settings.childGroups()) {
        const QString name = settings.value(child + u"/name"_s).toString();
        if (!name.isEmpty())
            names << name;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool ProfileVault::hasProfile(const QString &name) const
{
    return QSettings().contains(group(name) + u"/name"_s);
}

QString ProfileVault::lastUsedProfile() const
{
    return QSettings().value(u"lastProfile"_s).toString();
}

void ProfileVault::setLastUsedProfile(const QString &name)
{
    QSettings().setValue(u"lastProfile"_s, name);
}

void ProfileVault::load(const QString &name, QObject *context, LoadHandler done)
{
    QSettings settings;
    settings.beginGroup(group(name));
    Credentials credentials;
    credentials.endpoint = settings.value(u"endpoint"_s).toString();
    credentials.applicationKey = settings.value(u"applicationKey"_s).toString();
    credentials.clientId = settings.value(u"clientId"_s).toString();
    m_store->read(secretKey(name), context,
                  [credentials, done = std::move(done)](const SecretResult &result) mutable {
                      if (result.ok()) {
                          const QJsonObject secrets = QJsonDocument::fromJson(result.data).object();
                          credentials.applicationSecret =
                              secrets.value(u"applicationSecret"_s).toString();
                          credentials.consumerKey = secrets.value(u"consumerKey"_s).toString();
                          credentials.clientSecret = secrets.value(u"clientSecret"_s).toString();
                      }
                      done(credentials, result);
                  });
}

void ProfileVault::save(const QString &name, const Credentials &credentials, QObject *context,
                        SecretHandler done)
{
    const QJsonObject secrets{{u"applicationSecret"_s, credentials.applicationSecret},
                              {u"consumerKey"_s, credentials.consumerKey},
                              {u"clientSecret"_s, credentials.clientSecret}};
    const QByteArray data = QJsonDocument(secrets).toJson(QJsonDocument::Compact);
    m_store->write(secretKey(name), data, context,
                   [name, credentials, done = std::move(done)](const SecretResult &result) {
                       if (result.ok()) {
                           // Only once the secrets are safe does the profile appear in the
                           // settings.
                           QSettings settings;
                           settings.beginGroup(group(name));
                           settings.setValue(u"name"_s, name);
                           settings.setValue(u"endpoint"_s, credentials.endpoint);
                           settings.setValue(u"applicationKey"_s, credentials.applicationKey);
                           settings.setValue(u"clientId"_s, credentials.clientId);
                       }
                       done(result);
                   });
}

void ProfileVault::remove(const QString &name, QObject *context, SecretHandler done)
{
    m_store->remove(secretKey(name), context,
                    [name, done = std::move(done)](const SecretResult &r) {
                        if (r.ok() || r.status == SecretResult::Status::NotFound) {
                            QSettings settings;
                            settings.remove(group(name));
                            if (settings.value(u"lastProfile"_s).toString() == name)
                                settings.remove(u"lastProfile"_s);
                        }
                        done(r);
                    });
}
