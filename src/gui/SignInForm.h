#pragma once

#include "Credentials.h"
#include "Endpoint.h"
#include "SignInDialog.h"

#include <QCoreApplication>
#include <optional>

class OvhConfigImport;
class ProfileVault;
namespace Ui {
class SignInDialog;
}

// What SignInDialog's form holds, read and checked: the way chosen, the region or API URL,
// the keys typed (or imported from ovh.conf) and the profile name. The dialog reacts to the
// widgets' changes; this only reads and writes them.
class SignInForm
{
    Q_DECLARE_TR_FUNCTIONS(SignInForm)

public:
    using Way = SignInDialog::Way;

    // `vault` may be null (no profile is then said to exist).
    SignInForm(Ui::SignInDialog *ui, OvhConfigImport *import, const ProfileVault *vault);

    // Hides the secrets and fills the regions; once, after setupUi().
    void setUp();

    Way way() const;
    void setWay(Way way);
    // A region name (ovh-eu, ovh-ca, ovh-us) or a URL, shown under "Advanced".
    void setEndpoint(const QString &nameOrUrl);
    // The region or the URL typed, as entered.
    QString endpointName() const;
    // Whether the endpoint comes from the imported ovh.conf rather than from the region.
    bool endpointImported() const;
    std::optional<Endpoint> endpoint(QString *error) const;
    // The keys of the chosen way, with the chosen endpoint's name.
    Credentials credentials() const;
    QString profileName() const;
    // Why the form cannot be sent; empty when it is complete.
    QString problem() const;

    // Says whether the profile name is new or replaces a saved profile.
    void refreshProfileNote();
    // Empties the secret fields (and their undo history) and forgets what was imported.
    void clearSecrets();

private:
    void setupSecrets();
    void setupRegions();
    bool complete(const Credentials &credentials, QString *problem) const;

    Ui::SignInDialog *m_ui;
    OvhConfigImport *m_import;
    const ProfileVault *m_vault;
};
