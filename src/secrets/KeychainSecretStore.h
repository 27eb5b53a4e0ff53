#pragma once

#include "SecretStore.h"

// Secrets in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain. Never falls back to plain text: when no keychain
// answers, the result says Unavailable and the caller decides what to tell the user.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("smarthost"),
                                 QObject *parent = nullptr);

    void read(const QString &key, QObject *context, SecretHandler done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               SecretHandler done) override;
    void remove(const QString &key, QObject *context, SecretHandler done) override;
    QString description() const override;

private:
    QString m_service;
};
