#include "CliSession.h"

#include "CliOutput.h"
#include "Endpoint.h"
#include "KeychainSecretStore.h"
#include "OvhConfig.h"
#include "ProfileVault.h"

using namespace Qt::StringLiterals;

CliSession::CliSession(const CliArguments &arguments, CliOutput &output, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_output(output)
{}

CliSession::~CliSession() = default;

void CliSession::open(std::function<void(bool)> ready)
{
    OvhConfigResolver resolver;
    if (!m_arguments.configFile.isEmpty())
        resolver.setSearchPaths({m_arguments.configFile});
    QString error;
    const auto fromConfig = resolver.resolve(m_arguments.endpoint, &error);
    if (!fromConfig) {
        m_output.error(error);
        return ready(false);
    }
    if ((fromConfig->hasSignedKeys() || fromConfig->hasOAuth2()) && m_arguments.profile.isEmpty())
        return connectWith(*fromConfig, ready);

    // What the environment and files do not give comes from the keychain profile.
    m_secrets = new KeychainSecretStore(u"smarthost"_s, this);
    auto *vault = new ProfileVault(m_secrets, this);
    QString profile = m_arguments.profile;
    if (profile.isEmpty())
        profile = vault->lastUsedProfile();
    if (profile.isEmpty() || !vault->hasProfile(profile)) {
        if (!m_arguments.profile.isEmpty())
            m_output.error(tr("No saved profile named \"%1\". Saved profiles: %2")
                               .arg(profile, vault->profileNames().join(u", "_s)));
        else
            m_output.error(tr("No credentials found. Set OVH_ENDPOINT, OVH_APPLICATION_KEY, "
                              "OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, write an ovh.conf, "
                              "or run `smarthost-cli login`."));
        return ready(false);
    }
    vault->load(profile, this,
                [this, fromConfig = *fromConfig, ready](const Credentials &saved,
                                                        const SecretResult &result) {
                    if (!result.ok()) {
                        m_output.error(tr("Cannot read the profile's secrets from the %1: %2")
                                           .arg(m_secrets->description(), result.error));
                        return ready(false);
                    }
                    // Environment and files still win, key by key, as in python-ovh.
                    const Credentials merged = saved.overriddenBy(fromConfig);
                    connectWith(merged, ready);
                });
}

TaskWatcher::Timing CliSession::taskTiming() const
{
    TaskWatcher::Timing timing;
    if (m_arguments.timeoutSeconds)
        timing.timeoutMs = *m_arguments.timeoutSeconds * 1000;
    return timing;
}

void CliSession::connectWith(const Credentials &credentials, const std::function<void(bool)> &ready)
{
    QString error;
    const QString endpointName =
        credentials.endpoint.isEmpty() ? u"ovh-eu"_s : credentials.endpoint;
    const auto endpoint = Endpoint::resolve(endpointName, &error);
    if (!endpoint) {
        m_output.error(error);
        return ready(false);
    }
    if (!credentials.hasSignedKeys() && !credentials.hasOAuth2()) {
        m_output.error(
            tr("Incomplete credentials for %1: an application key, an application "
               "secret and a consumer key (or an OAuth2 client id and secret) are needed.")
                .arg(endpoint->name));
        return ready(false);
    }
    m_client = new OvhClient(&m_network, *endpoint, credentials, this);
    if (m_arguments.rateLimit) {
        OvhClient::Limits limits = m_client->limits();
        limits.requestsPerSecond = *m_arguments.rateLimit;
        m_client->setLimits(limits);
    }
    if (m_arguments.timeoutSeconds) {
        OvhClient::Limits limits = m_client->limits();
        limits.deadlineMs = *m_arguments.timeoutSeconds * 1000;
        limits.transferTimeoutMs = std::min(limits.transferTimeoutMs, limits.deadlineMs);
        m_client->setLimits(limits);
    }
    m_api = new ExchangeApi(m_client, this);
    m_reader = new CollectionReader(m_api, this);
    ready(true);
}
