#pragma once

#include "SecretStore.h"

#include <QHash>

// Secrets kept in this process only: for tests, and for a session the user chose to run
// without a keychain. Answers asynchronously, like the keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, SecretHandler done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               SecretHandler done) override;
    void remove(const QString &key, QObject *context, SecretHandler done) override;
    QString description() const override;

private:
    void answer(QObject *context, SecretHandler done, SecretResult result);
    QHash<QString, QByteArray> m_secrets;
};
