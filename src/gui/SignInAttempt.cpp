#include "SignInAttempt.h"

#include "ConsumerKeyRequest.h"
#include "Endpoint.h"
#include "MemorySecretStore.h"
#include "OvhClient.h"
#include "ProfileVault.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SignInAttempt::SignInAttempt(QNetworkAccessManager *network, ProfileVault *vault,
                             SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_vault(vault)
    , m_store(store)
{}

SignInAttempt::~SignInAttempt()
{
    stop();
}

void SignInAttempt::setSessionStore(SecretStore *store)
{
    m_sessionStore = store;
}

SecretStore *SignInAttempt::sessionStore() const
{
    if (!m_sessionStore) {
        auto *self = const_cast<SignInAttempt *>(this);
        self->m_sessionStore = new MemorySecretStore(self);
    }
    return m_sessionStore;
}

void SignInAttempt::setConsumerKeyPollInterval(int milliseconds)
{
    m_pollIntervalMs = qMax(10, milliseconds);
}

void SignInAttempt::test(const Endpoint &endpoint, const Credentials &credentials,
                         const QString &name, bool createKey)
{
    QObject *attempt = newAttempt();
    m_pending = credentials;
    m_pending.endpoint = endpoint.name;
    m_pendingName = name;
    auto *client = new OvhClient(m_network, endpoint, m_pending, attempt);
    if (createKey)
        return requestConsumerKey(client, attempt);
    Q_EMIT testing(tr("Testing the keys with OVHcloud…"));
    check(client, attempt);
}

void SignInAttempt::requestConsumerKey(OvhClient *client, QObject *attempt)
{
    Q_EMIT testing(tr("Asking OVHcloud for a consumer key…"));
    auto *request = new ConsumerKeyRequest(client, attempt);
    request->setPollIntervalMs(m_pollIntervalMs);
    connect(request, &ConsumerKeyRequest::validationRequired, attempt,
            [this, attempt](const QUrl &url, const QString &) {
                if (attempt != m_attempt)
                    return;
                m_validationUrl = url;
                m_waiting = true;
                Q_EMIT waitingForApproval(
                    url, tr("Waiting for your approval. Log in to OVHcloud on the page that "
                            "opened in your browser and allow the access; Smarthost goes on by "
                            "itself as soon as the key is approved."));
            });
    connect(request, &ConsumerKeyRequest::validated, attempt,
            [this, attempt, client](const QString &consumerKey) {
                if (attempt != m_attempt)
                    return;
                m_pending.consumerKey = consumerKey;
                m_waiting = false;
                Q_EMIT testing(tr("The key is approved. Testing it…"));
                check(client, attempt);
            });
    connect(request, &ConsumerKeyRequest::failed, attempt, [this, attempt](const ApiError &error) {
        if (attempt == m_attempt)
            onConsumerKeyFailed(error);
    });
    request->start();
}

void SignInAttempt::onConsumerKeyFailed(const ApiError &error)
{
    const bool waiting = m_waiting;
    dropAttempt();
    m_pending = {};
    if (error.kind == ApiError::Kind::Cancelled)
        return Q_EMIT cancelled();
    if (waiting && error.kind == ApiError::Kind::Timeout)
        return Q_EMIT failed(error.message);
    Q_EMIT failed(CredentialCheck::explain(error));
}

void SignInAttempt::stopWaiting()
{
    if (auto *request = m_attempt ? m_attempt->findChild<ConsumerKeyRequest *>() : nullptr)
        request->cancel();
}

void SignInAttempt::check(OvhClient *client, QObject *attempt)
{
    auto *check = new CredentialCheck(client, attempt);
    connect(check, &CredentialCheck::finished, attempt,
            [this, attempt](const CredentialCheck::Outcome &outcome) {
                if (attempt == m_attempt)
                    onChecked(outcome);
            });
    check->start();
}

void SignInAttempt::onChecked(const CredentialCheck::Outcome &outcome)
{
    dropAttempt();
    if (!outcome.ok) {
        m_pending = {};
        return Q_EMIT failed(outcome.message);
    }
    if (!outcome.warning.isEmpty() || outcome.organizations == 0) {
        // Works, but the user should know before the profile is saved.
        const Credentials tested = m_pending;
        m_pending = {};
        QString message = outcome.message;
        if (!outcome.warning.isEmpty())
            message += u"\n"_s + outcome.warning;
        return Q_EMIT workedWithWarning(tested, m_pendingName, message);
    }
    save(m_pending, m_pendingName);
}

void SignInAttempt::save(const Credentials &credentials, const QString &name)
{
    QObject *attempt = newAttempt();
    m_pending = credentials;
    m_pendingName = name;
    Q_EMIT saving(tr("Saving the profile; its secrets go to the %1…").arg(storeName()));
    m_vault->save(m_pendingName, m_pending, attempt, [this, attempt](const SecretResult &result) {
        if (attempt == m_attempt)
            onSaved(result);
    });
}

void SignInAttempt::onSaved(const SecretResult &result)
{
    dropAttempt();
    if (result.ok()) {
        m_vault->setLastUsedProfile(m_pendingName);
        return finish(false);
    }
    const QString detail =
        result.error.isEmpty() ? QString() : u"\n"_s + tr("It said: %1").arg(result.error);
    QString text;
    if (result.status == SecretResult::Status::Unavailable)
        text = tr("The keys work, but no system keychain is available to keep their secrets, "
                  "and Smarthost never writes them to a file.") +
               detail + u"\n\n"_s +
               tr("You can keep them in memory for this session only: Smarthost works until you "
                  "quit, and you sign in again next time.");
    else
        text = tr("The keys work, but the %1 did not save their secrets.").arg(storeName()) +
               detail + u"\n\n"_s +
               tr("Go back to try again, or keep the secrets in memory for this session only.");
    m_askingFallback = true;
    Q_EMIT keychainFailed(text);
}

void SignInAttempt::saveInMemory()
{
    if (!m_askingFallback)
        return;
    m_askingFallback = false;
    QObject *attempt = newAttempt();
    Q_EMIT saving(tr("Keeping the secrets in memory for this session…"));
    // The layout ProfileVault uses, so that a vault over the same store could read it.
    const QJsonObject secrets{{u"applicationSecret"_s, m_pending.applicationSecret},
                              {u"consumerKey"_s, m_pending.consumerKey},
                              {u"clientSecret"_s, m_pending.clientSecret}};
    sessionStore()->write(ProfileVault::secretKey(m_pendingName),
                          QJsonDocument(secrets).toJson(QJsonDocument::Compact), attempt,
                          [this, attempt](const SecretResult &result) {
                              if (attempt != m_attempt)
                                  return;
                              dropAttempt();
                              if (!result.ok())
                                  return Q_EMIT failed(result.error);
                              finish(true);
                          });
}

Credentials SignInAttempt::giveUpSaving()
{
    if (!m_askingFallback)
        return {};
    m_askingFallback = false;
    const Credentials tested = m_pending;
    m_pending = {};
    return tested;
}

void SignInAttempt::finish(bool inMemoryOnly)
{
    const Credentials credentials = m_pending;
    const QString name = m_pendingName;
    m_pending = {};
    Q_EMIT saved(credentials, name, inMemoryOnly); // may delete this
}

void SignInAttempt::stop()
{
    dropAttempt();
    m_askingFallback = false;
    m_pending = {};
}

QObject *SignInAttempt::newAttempt()
{
    dropAttempt();
    m_attempt = new QObject(this);
    return m_attempt;
}

void SignInAttempt::dropAttempt()
{
    if (m_attempt) {
        // Later: this may run inside a signal of one of its children.
        m_attempt->deleteLater();
        m_attempt = nullptr;
    }
    m_waiting = false;
    m_validationUrl.clear();
}

QString SignInAttempt::storeName() const
{
    return m_store ? m_store->description() : tr("keychain");
}
