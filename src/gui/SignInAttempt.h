#pragma once

#include "CredentialCheck.h"
#include "Credentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class OvhClient;
class ProfileVault;
class QNetworkAccessManager;
class SecretStore;
struct ApiError;
struct Endpoint;
struct SecretResult;

// The work behind SignInDialog's "Sign In": asks OVHcloud for a consumer key and waits until
// the user approves it (when one is to be created), tests the keys (CredentialCheck), then
// saves the profile with ProfileVault — or, when the keychain fails, keeps the secrets in a
// memory store for this session once the user agrees. The dialog starts each step and shows
// what the signals report; every text they carry is ready to show.
//
//   auto *attempt = new SignInAttempt(network, vault, store, dialog);
//   connect(attempt, &SignInAttempt::failed, dialog, &SignInDialog::showError);
//   connect(attempt, &SignInAttempt::saved, dialog, &SignInDialog::finish);
//   attempt->test(endpoint, credentials, profileName, /*createKey=*/false);
class SignInAttempt : public QObject
{
    Q_OBJECT

public:
    // `network` and `vault` must outlive the attempt; `store` is the vault's store, named in
    // messages ("system keychain").
    SignInAttempt(QNetworkAccessManager *network, ProfileVault *vault, SecretStore *store,
                  QObject *parent = nullptr);
    ~SignInAttempt() override;

    // A MemorySecretStore of the attempt's own unless set.
    void setSessionStore(SecretStore *store);
    SecretStore *sessionStore() const;
    void setConsumerKeyPollInterval(int milliseconds);

    // Tests `credentials` with OVHcloud at `endpoint` (first asking for a consumer key when
    // `createKey`), then saves them as the profile `name` — unless they work with a warning.
    void test(const Endpoint &endpoint, const Credentials &credentials, const QString &name,
              bool createKey);
    // Saves keys tested before (the user confirmed a warning, or tries the keychain again).
    void save(const Credentials &credentials, const QString &name);
    // After keychainFailed(): keeps the secrets in the session store instead.
    void saveInMemory();
    // After keychainFailed(): nothing is saved; returns the keys tested, to save later.
    Credentials giveUpSaving();
    // The profile being tested or saved.
    QString profileName() const { return m_pendingName; }
    // Stops waiting for the user's approval; cancelled() follows.
    void stopWaiting();
    // The page where the user approves the consumer key, while waitingForApproval.
    QUrl validationUrl() const { return m_validationUrl; }
    // Drops whatever runs and forgets the keys; no signal follows.
    void stop();

Q_SIGNALS:
    void testing(const QString &status);
    void waitingForApproval(const QUrl &validationUrl, const QString &status);
    void saving(const QString &status);
    // The keys failed, or could not be saved even in memory; nothing was saved.
    void failed(const QString &message);
    // The user stopped waiting for the approval; nothing was saved.
    void cancelled();
    // The keys work, but the user should read `message` before the profile is saved: save()
    // them when the user confirms.
    void workedWithWarning(const Credentials &tested, const QString &name, const QString &message);
    // The keys work but the keychain did not keep them: saveInMemory() or giveUpSaving().
    void keychainFailed(const QString &text);
    void saved(const Credentials &credentials, const QString &name, bool inMemoryOnly);

private:
    void requestConsumerKey(OvhClient *client, QObject *attempt);
    void check(OvhClient *client, QObject *attempt);
    void onConsumerKeyFailed(const ApiError &error);
    void onChecked(const CredentialCheck::Outcome &outcome);
    void onSaved(const SecretResult &result);
    void finish(bool inMemoryOnly);
    QObject *newAttempt();
    void dropAttempt();
    QString storeName() const;

    QNetworkAccessManager *m_network;
    ProfileVault *m_vault;
    SecretStore *m_store;
    QPointer<SecretStore> m_sessionStore;
    int m_pollIntervalMs = 2000;

    QObject *m_attempt = nullptr; // owns the client, check and request of one step
    bool m_waiting = false;       // for the user's approval of a consumer key
    bool m_askingFallback = false;
    Credentials m_pending; // being tested or saved (the secrets included)
    QString m_pendingName;
    QUrl m_validationUrl;
};
