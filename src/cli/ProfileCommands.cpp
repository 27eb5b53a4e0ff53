#include "ProfileCommands.h"

#include "CliFormat.h"
#include "CredentialCheck.h"
#include "Endpoint.h"
#include "KeychainSecretStore.h"
#include "OvhClient.h"
#include "ProfileVault.h"

using namespace Qt::StringLiterals;

QString LoginCommand::profileName() const
{
    return m_args.profile.isEmpty() ? u"default"_s : m_args.profile;
}

QString LoginCommand::prepare()
{
    if (m_args.applicationKey.isEmpty() || !m_args.applicationSecretFromStdin ||
        !m_args.consumerKeyFromStdin)
        return tr("Usage: smarthost-cli login [--endpoint NAME|URL] --application-key AK "
                  "--application-secret-stdin --consumer-key-stdin [--profile NAME]\n"
                  "The application secret and the consumer key are read from standard input, "
                  "one per line.");
    m_credentials.endpoint = m_args.endpoint.isEmpty() ? u"ovh-eu"_s : m_args.endpoint;
    QString error;
    if (!Endpoint::resolve(m_credentials.endpoint, &error))
        return error;
    m_credentials.applicationKey = m_args.applicationKey;
    m_credentials.applicationSecret = CliFormat::readStdinLine();
    m_credentials.consumerKey = CliFormat::readStdinLine();
    if (m_credentials.applicationSecret.isEmpty() || m_credentials.consumerKey.isEmpty())
        return tr("Standard input must hold the application secret, then the consumer key, "
                  "one per line.");
    return {};
}

void LoginCommand::run(CliSession *)
{
    QString error;
    auto *client = new OvhClient(&m_network, *Endpoint::resolve(m_credentials.endpoint, &error),
                                 m_credentials, this);
    auto *check = new CredentialCheck(client, this);
    connect(check, &CredentialCheck::finished, this, [this](const CredentialCheck::Outcome &o) {
        if (!o.ok) {
            m_out.error(o.message);
            return finish(Failure);
        }
        m_out.progress(o.message);
        if (!o.warning.isEmpty())
            m_out.progress(o.warning);
        save();
    });
    check->start();
}

void LoginCommand::save()
{
    m_store = new KeychainSecretStore(u"smarthost"_s, this);
    auto *vault = new ProfileVault(m_store, this);
    vault->save(profileName(), m_credentials, this, [this, vault](const SecretResult &result) {
        if (!result.ok()) {
            m_out.error(tr("The secrets could not be saved in the %1: %2\nNothing was saved; "
                           "use OVH_* environment variables or an ovh.conf file instead.")
                            .arg(m_store->description(), result.error));
            return finish(Failure);
        }
        vault->setLastUsedProfile(profileName());
        m_out.line(tr("Profile \"%1\" saved; its secrets are in the %2.")
                       .arg(profileName(), m_store->description()));
        finish(Success);
    });
}

void LogoutCommand::run(CliSession *)
{
    auto *store = new KeychainSecretStore(u"smarthost"_s, this);
    auto *vault = new ProfileVault(store, this);
    const QString name = m_args.profile.isEmpty() ? vault->lastUsedProfile() : m_args.profile;
    if (name.isEmpty() || !vault->hasProfile(name)) {
        m_out.error(tr("No saved profile named \"%1\".").arg(name));
        return finish(Failure);
    }
    vault->remove(name, this, [this, store, name](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound) {
            m_out.error(tr("The secrets could not be deleted from the %1: %2")
                            .arg(store->description(), result.error));
            return finish(Failure);
        }
        m_out.line(tr("Profile \"%1\" deleted, with its secrets.").arg(name));
        finish(Success);
    });
}
