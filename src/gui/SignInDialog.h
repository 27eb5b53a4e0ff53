#pragma once

#include "Credentials.h"
#include "Endpoint.h"

#include <QDialog>
#include <QProcessEnvironment>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class ProfileVault;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;
class OvhConfigImport;
class SignInAttempt;
class SignInForm;
namespace Ui {
class SignInDialog;
}

// The sign-in dialog (first run, or a new profile): a region or a custom API URL, then one of
// four ways — keys the user has, a consumer key created for the user, an OAuth2 service
// account, or what ovh.conf and the OVH_* variables hold — and a profile name. "Sign In"
// tests the keys with OVHcloud and shows each failure inline; only keys that work are saved,
// with ProfileVault (secrets in the keychain) — SignInAttempt does that work. Without a
// keychain it says so and offers to keep the secrets in memory for this session only. On
// success it emits signedIn() and closes; the secret fields are emptied.
//
//   auto *dialog = new SignInDialog(network, vault, keychain, parent);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   connect(dialog, &SignInDialog::signedIn, launcher, &Launcher::connectWith);
//   dialog->open();
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Way { Keys, CreateKey, OAuth2, ImportConfig };
    Q_ENUM(Way)
    enum class Stage { Editing, Testing, WaitingForValidation, Saving, AskingFallback };
    Q_ENUM(Stage)
    // Opens a web page in the browser; returns false when it could not.
    using UrlOpener = std::function<bool(const QUrl &)>;

    // `network` may be null (the dialog then has its own). `store` is the vault's store,
    // named in messages ("system keychain").
    SignInDialog(QNetworkAccessManager *network, ProfileVault *vault, SecretStore *store,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Why the dialog opened (e.g. Launcher's "why"); shown above the form when not empty.
    void setReason(const QString &why);
    void setProfileName(const QString &name);
    // A region name (ovh-eu, ovh-ca, ovh-us) or a URL, shown under "Advanced".
    void setEndpoint(const QString &nameOrUrl);
    void setWay(Way way);

    // Test hooks, with production defaults: the browser (QDesktopServices::openUrl); a
    // MemorySecretStore of the dialog's own for "this session only"; the process
    // environment and python-ovh's files for "Import ovh.conf"; 2 s between polls of a
    // consumer key waiting for validation.
    void setUrlOpener(UrlOpener opener);
    void setSessionStore(SecretStore *store);
    void setConfigEnvironment(const QProcessEnvironment &environment);
    void setConfigSearchPaths(const QStringList &paths);
    void setConsumerKeyPollInterval(int milliseconds);

    Way way() const;
    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage != Stage::Editing; }
    QString profileName() const;
    // Why "Sign In" is disabled; empty when the form is complete.
    QString problem() const;
    // After signedIn(): whether the secrets went to memory instead of the keychain.
    bool keptInMemoryOnly() const { return m_keptInMemory; }
    SecretStore *sessionStore() const;
    QPushButton *signInButton() const;

public Q_SLOTS:
    // "Sign In": tests, then saves; the dialog closes itself once the profile is saved.
    void accept() override;
    // Cancels whatever runs (test, wait for validation) and closes; nothing is saved.
    void reject() override;

Q_SIGNALS:
    void signedIn(const Credentials &credentials, const QString &profileName);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void connectForm();
    void updateWay();
    void validate();
    void fitContents();
    void readConfig();
    void openCreateAppPage();

    void connectAttempt();
    void showWaitingForApproval(const QUrl &url, const QString &status);
    void showCancelled();
    void showWarning(const Credentials &tested, const QString &name, const QString &message);
    void askFallback(const QString &text);
    void saveInMemory();
    void backToForm();
    void finish(const Credentials &credentials, const QString &name, bool inMemoryOnly);
    void setStage(Stage stage, const QString &status = {});
    void showError(const QString &text);
    void clearMessages();
    void openUrl(const QUrl &url);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    ProfileVault *m_vault;
    SignInAttempt *m_attempt;            // tests and saves
    OvhConfigImport *m_import = nullptr; // the "Import ovh.conf" page
    std::unique_ptr<SignInForm> m_form;  // reads and checks the form
    UrlOpener m_opener;

    Stage m_stage = Stage::Editing;
    // Keys that worked but with a warning: "Sign In" again saves them without a new test.
    std::optional<Credentials> m_confirmed;
    Credentials m_confirmedForm;
    QString m_confirmedName;
    bool m_keptInMemory = false;
};
