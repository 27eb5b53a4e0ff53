#pragma once

#include "Credentials.h"
#include "SecretStore.h"

#include <QObject>
#include <QStringList>
#include <functional>

// Named profiles (one per customer, say). The non-secret part (endpoint, application key,
// client id) lives in QSettings; application secret, consumer key and client secret live
// only in the secret store, one entry per profile ("profile/NAME").
class ProfileVault : public QObject
{
    Q_OBJECT

public:
    explicit ProfileVault(SecretStore *store, QObject *parent = nullptr);

    QStringList profileNames() const;
    bool hasProfile(const QString &name) const;
    QString lastUsedProfile() const;
    void setLastUsedProfile(const QString &name);

    using LoadHandler = std::function<void(const Credentials &, const SecretResult &)>;
    void load(const QString &name, QObject *context, LoadHandler done);
    void save(const QString &name, const Credentials &credentials, QObject *context,
              SecretHandler done);
    void remove(const QString &name, QObject *context, SecretHandler done);

    static QString secretKey(const QString &profileName);

private:
    SecretStore *m_store;
};
