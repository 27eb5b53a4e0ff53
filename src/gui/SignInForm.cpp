#include "SignInForm.h"

#include "OvhConfigImport.h"
#include "ProfileVault.h"
#include "SecretField.h"
#include "ui_SignInDialog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxProfileNameLength = 64;

bool hasSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}
} // namespace

SignInForm::SignInForm(Ui::SignInDialog *ui, OvhConfigImport *import, const ProfileVault *vault)
    : m_ui(ui)
    , m_import(import)
    , m_vault(vault)
{}

void SignInForm::setUp()
{
    setupSecrets();
    setupRegions();
}

void SignInForm::setupSecrets()
{
    SecretField::protect(m_ui->applicationSecretEdit, m_ui->showApplicationSecretCheck);
    SecretField::protect(m_ui->consumerKeyEdit, m_ui->showConsumerKeyCheck);
    SecretField::protect(m_ui->createApplicationSecretEdit, m_ui->showCreateSecretCheck);
    SecretField::protect(m_ui->clientSecretEdit, m_ui->showClientSecretCheck);
}

void SignInForm::setupRegions()
{
    const auto add = [this](const QString &label, const QString &name) {
        QString error;
        const std::optional<Endpoint> endpoint = Endpoint::resolve(name, &error);
        m_ui->regionCombo->addItem(label, name);
        if (endpoint)
            m_ui->regionCombo->setItemData(m_ui->regionCombo->count() - 1,
                                           endpoint->baseUrl.toString(), Qt::ToolTipRole);
    };
    //: Region of the OVHcloud API (eu.api.ovh.com).
    add(tr("OVHcloud Europe"), u"ovh-eu"_s);
    //: Region of the OVHcloud API (ca.api.ovh.com).
    add(tr("OVHcloud Canada"), u"ovh-ca"_s);
    //: Region of the OVHcloud API (api.us.ovhcloud.com).
    add(tr("OVHcloud United States"), u"ovh-us"_s);
}

void SignInForm::setEndpoint(const QString &nameOrUrl)
{
    const int index = m_ui->regionCombo->findData(nameOrUrl.trimmed().toLower());
    if (index >= 0) {
        m_ui->regionCombo->setCurrentIndex(index);
        m_ui->advancedCheck->setChecked(false);
    } else {
        m_ui->customUrlEdit->setText(nameOrUrl.trimmed());
        m_ui->advancedCheck->setChecked(true);
    }
}

void SignInForm::setWay(Way way)
{
    switch (way) {
    case Way::Keys:
        m_ui->keysRadio->setChecked(true);
        break;
    case Way::CreateKey:
        m_ui->createRadio->setChecked(true);
        break;
    case Way::OAuth2:
        m_ui->oauthRadio->setChecked(true);
        break;
    case Way::ImportConfig:
        m_ui->importRadio->setChecked(true);
        break;
    }
}

SignInForm::Way SignInForm::way() const
{
    if (m_ui->createRadio->isChecked())
        return Way::CreateKey;
    if (m_ui->oauthRadio->isChecked())
        return Way::OAuth2;
    if (m_ui->importRadio->isChecked())
        return Way::ImportConfig;
    return Way::Keys;
}

QString SignInForm::profileName() const
{
    return m_ui->profileCombo->currentText().trimmed();
}

void SignInForm::refreshProfileNote()
{
    const QString name = profileName();
    if (m_vault && !name.isEmpty() && m_vault->hasProfile(name))
        m_ui->profileNote->setText(
            tr("A profile named “%1” exists: signing in replaces its keys.").arg(name));
    else
        m_ui->profileNote->setText(tr("Save one profile per customer, say, and switch between "
                                      "them from the File menu."));
}

QString SignInForm::endpointName() const
{
    if (m_ui->advancedCheck->isChecked())
        return m_ui->customUrlEdit->text().trimmed();
    return m_ui->regionCombo->currentData().toString();
}

bool SignInForm::endpointImported() const
{
    const std::optional<Credentials> &imported = m_import->imported();
    return way() == Way::ImportConfig && imported && !imported->endpoint.isEmpty();
}

std::optional<Endpoint> SignInForm::endpoint(QString *error) const
{
    const QString name = endpointImported() ? m_import->imported()->endpoint : endpointName();
    if (name.isEmpty()) {
        if (error)
            *error = tr("Enter the address of the API, e.g. https://eu.api.ovh.com/1.0.");
        return std::nullopt;
    }
    return Endpoint::resolve(name, error);
}

Credentials SignInForm::credentials() const
{
    Credentials c;
    switch (way()) {
    case Way::Keys:
        c.applicationKey = m_ui->applicationKeyEdit->text().trimmed();
        c.applicationSecret = m_ui->applicationSecretEdit->text().trimmed();
        c.consumerKey = m_ui->consumerKeyEdit->text().trimmed();
        break;
    case Way::CreateKey:
        c.applicationKey = m_ui->createApplicationKeyEdit->text().trimmed();
        c.applicationSecret = m_ui->createApplicationSecretEdit->text().trimmed();
        break;
    case Way::OAuth2:
        c.clientId = m_ui->clientIdEdit->text().trimmed();
        c.clientSecret = m_ui->clientSecretEdit->text().trimmed();
        break;
    case Way::ImportConfig:
        if (m_import->imported())
            c = *m_import->imported();
        break;
    }
    QString error;
    const std::optional<Endpoint> chosen = endpoint(&error);
    c.endpoint = chosen ? chosen->name : endpointName();
    return c;
}

bool SignInForm::complete(const Credentials &c, QString *problem) const
{
    QString missing;
    switch (way()) {
    case Way::Keys:
        if (!c.hasSignedKeys())
            missing = tr("Enter the application key, the application secret and the consumer "
                         "key.");
        break;
    case Way::CreateKey:
        if (c.applicationKey.isEmpty() || c.applicationSecret.isEmpty())
            missing = tr("Enter the key and the secret of your application.");
        break;
    case Way::OAuth2:
        if (!c.hasOAuth2())
            missing = tr("Enter the client ID and the client secret of the service account.");
        break;
    case Way::ImportConfig:
        if (!c.hasSignedKeys() && !c.hasOAuth2())
            missing = tr("The configuration has no complete set of keys.");
        break;
    }
    if (missing.isEmpty())
        for (const QString *value : {&c.applicationKey, &c.applicationSecret, &c.consumerKey,
                                     &c.clientId, &c.clientSecret})
            if (hasSpace(*value))
                missing = tr("Keys never contain spaces: check what was pasted.");
    if (problem)
        *problem = missing;
    return missing.isEmpty();
}

QString SignInForm::problem() const
{
    QString error;
    if (!endpoint(&error))
        return error;
    if (!complete(credentials(), &error))
        return error;
    const QString name = profileName();
    if (name.isEmpty())
        return tr("Enter a name for the profile.");
    if (name.size() > MaxProfileNameLength)
        return tr("The profile name is too long: %n character(s) at most.", nullptr,
                  MaxProfileNameLength);
    if (std::any_of(name.cbegin(), name.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("The profile name cannot contain control characters.");
    return {};
}

void SignInForm::clearSecrets()
{
    // setText() also drops the undo history, which would keep the text.
    for (QLineEdit *edit : {m_ui->applicationSecretEdit, m_ui->consumerKeyEdit,
                            m_ui->createApplicationSecretEdit, m_ui->clientSecretEdit})
        edit->setText(QString());
    for (QCheckBox *show : {m_ui->showApplicationSecretCheck, m_ui->showConsumerKeyCheck,
                            m_ui->showCreateSecretCheck, m_ui->showClientSecretCheck})
        show->setChecked(false);
    m_import->forget(way() == Way::ImportConfig);
}
