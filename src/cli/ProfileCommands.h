#pragma once

#include "CliCommand.h"
#include "Credentials.h"

#include <QNetworkAccessManager>

class SecretStore;

// `login --application-key AK --application-secret-stdin --consumer-key-stdin
// [--endpoint E] [--profile NAME]`: tests the key, then keeps the secrets in the system
// keychain and the rest in the settings. The secrets come from stdin, one per line.
class LoginCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override;
    void run(CliSession *session) override;
    bool needsApi() const override { return false; }

private:
    void save();
    QString profileName() const;

    Credentials m_credentials;
    QNetworkAccessManager m_network;
    SecretStore *m_store = nullptr;
};

// `logout [--profile NAME]`: deletes the profile's secrets from the keychain and the profile.
class LogoutCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString prepare() override { return {}; }
    void run(CliSession *session) override;
    bool needsApi() const override { return false; }
};
