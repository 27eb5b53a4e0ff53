#include "SignInDialog.h"

#include "FieldFeedback.h"
#include "OvhConfigImport.h"
#include "ProfileVault.h"
#include "SecretField.h"
#include "SignInAttempt.h"
#include "ui_SignInDialog.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxProfileNameLength = 64;

bool hasSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

void showAll(std::initializer_list<QWidget *> widgets, bool visible)
{
    for (QWidget *widget : widgets)
        widget->setVisible(visible);
}

} // namespace

SignInDialog::SignInDialog(QNetworkAccessManager *network, ProfileVault *vault, SecretStore *store,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_vault(vault)
    , m_attempt(new SignInAttempt(network ? network : new QNetworkAccessManager(this), vault, store,
                                  this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_import = new OvhConfigImport(m_ui.get(), this);
    setStyleSheet(FieldFeedback::styleSheet());
    FieldFeedback::prepareNote(m_ui->reasonLabel);
    m_ui->reasonLabel->setTextFormat(Qt::PlainText);
    m_ui->reasonLabel->hide();
    FieldFeedback::prepareMessage(m_ui->customUrlError);
    FieldFeedback::prepareMessage(m_ui->importMessage);
    FieldFeedback::prepareApiError(m_ui->errorLabel);
    FieldFeedback::prepareNote(m_ui->rightsLabel);
    m_ui->profileNote->setStyleSheet(u"color: #475569;"_s);
    m_ui->warningLabel->setTextFormat(Qt::PlainText);
    m_ui->warningLabel->setStyleSheet(u"QLabel { color: #713f12; background: #fefce8; border: 1px "
                                      "solid #fde047; border-radius: 4px; padding: 6px; }"_s);
    m_ui->warningLabel->hide();
    m_ui->keychainPanel->setStyleSheet(
        u"#keychainPanel { background: #fefce8; border: 1px solid #fde047; border-radius: 4px; }"_s);
    m_ui->keychainLabel->setTextFormat(Qt::PlainText);
    m_ui->statusLabel->setTextFormat(Qt::PlainText);
    m_ui->waitPanel->hide();
    m_ui->keychainPanel->hide();
    signInButton()->setText(tr("&Sign In"));

    setupSecrets();
    setupRegions();
    if (m_vault)
        m_ui->profileCombo->addItems(m_vault->profileNames());
    m_ui->profileCombo->setCurrentIndex(-1); // the arrow keys start at the first name
    m_ui->profileCombo->setEditText(u"default"_s);
    FieldFeedback::showRow(m_ui->customUrlLabel, m_ui->customUrlEdit, false);
    connectForm();
    connectAttempt();
    updateWay();
    refreshProfileNote();
    validate();
}

SignInDialog::~SignInDialog()
{
    // Nothing may call back into a half-destroyed dialog (pending checks, store answers).
    m_attempt->stop();
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void SignInDialog::setupSecrets()
{
    SecretField::protect(m_ui->applicationSecretEdit, m_ui->showApplicationSecretCheck);
    SecretField::protect(m_ui->consumerKeyEdit, m_ui->showConsumerKeyCheck);
    SecretField::protect(m_ui->createApplicationSecretEdit, m_ui->showCreateSecretCheck);
    SecretField::protect(m_ui->clientSecretEdit, m_ui->showClientSecretCheck);
}

void SignInDialog::setupRegions()
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

void SignInDialog::connectForm()
{
    connect(m_ui->profileCombo, &QComboBox::editTextChanged, this, [this] {
        refreshProfileNote();
        validate();
    });
    const auto endpointChanged = [this] {
        if (way() == Way::ImportConfig)
            readConfig();
        validate();
    };
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, endpointChanged);
    connect(m_ui->customUrlEdit, &QLineEdit::textChanged, this, endpointChanged);
    connect(m_ui->advancedCheck, &QCheckBox::toggled, this, [this, endpointChanged](bool on) {
        FieldFeedback::showRow(m_ui->customUrlLabel, m_ui->customUrlEdit, on);
        m_ui->regionCombo->setEnabled(!on && !isBusy());
        if (on)
            m_ui->customUrlEdit->setFocus();
        endpointChanged();
    });
    for (QRadioButton *radio :
         {m_ui->keysRadio, m_ui->createRadio, m_ui->oauthRadio, m_ui->importRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                updateWay();
        });
    for (QLineEdit *edit :
         {m_ui->applicationKeyEdit, m_ui->applicationSecretEdit, m_ui->consumerKeyEdit,
          m_ui->createApplicationKeyEdit, m_ui->createApplicationSecretEdit, m_ui->clientIdEdit,
          m_ui->clientSecretEdit})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_ui->createAppButton, &QPushButton::clicked, this, &SignInDialog::openCreateAppPage);

    connect(m_import, &OvhConfigImport::sourceChanged, this, &SignInDialog::readConfig);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->stopButton, &QPushButton::clicked, m_attempt, &SignInAttempt::stopWaiting);
    connect(m_ui->openAgainButton, &QPushButton::clicked, this, [this] {
        if (m_attempt->validationUrl().isValid())
            openUrl(m_attempt->validationUrl());
    });
    connect(m_ui->memoryButton, &QPushButton::clicked, this, &SignInDialog::saveInMemory);
    connect(m_ui->backButton, &QPushButton::clicked, this, &SignInDialog::backToForm);
}

// --- Settings ------------------------------------------------------------------------------

void SignInDialog::setReason(const QString &why)
{
    m_ui->reasonLabel->setText(why);
    m_ui->reasonLabel->setVisible(!why.isEmpty());
}

void SignInDialog::setProfileName(const QString &name)
{
    m_ui->profileCombo->setEditText(name);
}

void SignInDialog::setEndpoint(const QString &nameOrUrl)
{
    const int index = m_ui->regionCombo->findData(nameOrUrl.trimmed().toLower());
    if (index >= 0) {
        m_ui->regionCombo->setCurrentIndex(index);
        m_ui->advancedCheck->setChecked(false);
    } else {
        m_ui->customUrlEdit->setText(nameOrUrl.trimmed());
        m_ui->advancedCheck->setChecked(true);
    }
    validate();
}

void SignInDialog::setWay(Way way)
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

void SignInDialog::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void SignInDialog::setSessionStore(SecretStore *store)
{
    m_attempt->setSessionStore(store);
}

void SignInDialog::setConfigEnvironment(const QProcessEnvironment &environment)
{
    m_import->setEnvironment(environment);
    if (way() == Way::ImportConfig)
        readConfig();
}

void SignInDialog::setConfigSearchPaths(const QStringList &paths)
{
    m_import->setSearchPaths(paths);
    if (way() == Way::ImportConfig)
        readConfig();
}

void SignInDialog::setConsumerKeyPollInterval(int milliseconds)
{
    m_attempt->setConsumerKeyPollInterval(milliseconds);
}

SecretStore *SignInDialog::sessionStore() const
{
    return m_attempt->sessionStore();
}

QPushButton *SignInDialog::signInButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

// --- The form ------------------------------------------------------------------------------

SignInDialog::Way SignInDialog::way() const
{
    if (m_ui->createRadio->isChecked())
        return Way::CreateKey;
    if (m_ui->oauthRadio->isChecked())
        return Way::OAuth2;
    if (m_ui->importRadio->isChecked())
        return Way::ImportConfig;
    return Way::Keys;
}

QString SignInDialog::profileName() const
{
    return m_ui->profileCombo->currentText().trimmed();
}

void SignInDialog::updateWay()
{
    m_ui->pages->setCurrentIndex(int(way()));
    clearMessages();
    if (way() == Way::ImportConfig)
        readConfig();
    validate();
}

void SignInDialog::refreshProfileNote()
{
    const QString name = profileName();
    if (m_vault && !name.isEmpty() && m_vault->hasProfile(name))
        m_ui->profileNote->setText(
            tr("A profile named “%1” exists: signing in replaces its keys.").arg(name));
    else
        m_ui->profileNote->setText(tr("Save one profile per customer, say, and switch between "
                                      "them from the File menu."));
}

QString SignInDialog::chosenEndpointName() const
{
    if (m_ui->advancedCheck->isChecked())
        return m_ui->customUrlEdit->text().trimmed();
    return m_ui->regionCombo->currentData().toString();
}

std::optional<Endpoint> SignInDialog::chosenEndpoint(QString *error) const
{
    QString name = chosenEndpointName();
    const std::optional<Credentials> &imported = m_import->imported();
    if (way() == Way::ImportConfig && imported && !imported->endpoint.isEmpty())
        name = imported->endpoint;
    if (name.isEmpty()) {
        if (error)
            *error = tr("Enter the address of the API, e.g. https://eu.api.ovh.com/1.0.");
        return std::nullopt;
    }
    return Endpoint::resolve(name, error);
}

Credentials SignInDialog::formCredentials() const
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
    const std::optional<Endpoint> endpoint = chosenEndpoint(&error);
    c.endpoint = endpoint ? endpoint->name : chosenEndpointName();
    return c;
}

bool SignInDialog::formComplete(const Credentials &c, QString *problem) const
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

QString SignInDialog::problem() const
{
    QString error;
    if (!chosenEndpoint(&error))
        return error;
    if (!formComplete(formCredentials(), &error))
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

void SignInDialog::validate()
{
    QString urlError;
    const bool endpointOk = chosenEndpoint(&urlError).has_value();
    const bool showUrlError = m_ui->advancedCheck->isChecked() &&
                              !m_ui->customUrlEdit->text().trimmed().isEmpty() &&
                              !(way() == Way::ImportConfig && m_import->imported() &&
                                !m_import->imported()->endpoint.isEmpty());
    FieldFeedback::show(m_ui->customUrlEdit, m_ui->customUrlError, urlError,
                        showUrlError && !endpointOk);
    m_ui->createAppButton->setEnabled(!isBusy() && endpointOk);

    // Keys that worked with a warning stay confirmed only while nothing changes.
    if (m_confirmed && (formCredentials() != m_confirmedForm || profileName() != m_confirmedName)) {
        m_confirmed.reset();
        m_ui->warningLabel->hide();
    }
    const QString why = problem();
    signInButton()->setEnabled(!isBusy() && why.isEmpty());
    signInButton()->setToolTip(why);
    fitContents();
}

void SignInDialog::fitContents()
{
    // Widths are only right once the dialog is laid out on screen.
    if (!isVisible())
        return;
    layout()->activate();
    // QStackedWidget ignores heightForWidth, so a page's wrapped text could be cut: give the
    // stack what its tallest page needs at the current width.
    const int width = m_ui->pages->width();
    int needed = 0;
    for (int i = 0; i < m_ui->pages->count(); ++i) {
        QLayout *layout = m_ui->pages->widget(i)->layout();
        needed = qMax(needed, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                          : layout->totalSizeHint().height());
    }
    m_ui->pages->setMinimumHeight(needed);
    // A window's minimum size ignores heightForWidth too: grow when messages need more room.
    layout()->activate();
    const int height =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(this->width()) : 0;
    if (height > this->height())
        resize(this->width(), height);
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitContents();
}

void SignInDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        fitContents();
}

// --- ovh.conf ------------------------------------------------------------------------------

void SignInDialog::readConfig()
{
    if (m_import->read(chosenEndpointName())) {
        QString error;
        if (!chosenEndpoint(&error))
            m_import->showMessage(error);
    }
    validate();
}

void SignInDialog::openCreateAppPage()
{
    QString error;
    if (const std::optional<Endpoint> endpoint = chosenEndpoint(&error))
        openUrl(endpoint->createAppUrl);
}

void SignInDialog::openUrl(const QUrl &url)
{
    if (m_opener && m_opener(url))
        return;
    m_ui->warningLabel->setText(
        tr("Smarthost could not open a web browser. Open this address yourself: %1")
            .arg(url.toString()));
    m_ui->warningLabel->show();
    fitContents();
}

// --- Testing and saving ---------------------------------------------------------------------

void SignInDialog::connectAttempt()
{
    connect(m_attempt, &SignInAttempt::testing, this,
            [this](const QString &status) { setStage(Stage::Testing, status); });
    connect(m_attempt, &SignInAttempt::waitingForApproval, this,
            &SignInDialog::showWaitingForApproval);
    connect(m_attempt, &SignInAttempt::saving, this,
            [this](const QString &status) { setStage(Stage::Saving, status); });
    connect(m_attempt, &SignInAttempt::failed, this, &SignInDialog::showError);
    connect(m_attempt, &SignInAttempt::cancelled, this, &SignInDialog::showCancelled);
    connect(m_attempt, &SignInAttempt::workedWithWarning, this, &SignInDialog::showWarning);
    connect(m_attempt, &SignInAttempt::keychainFailed, this, &SignInDialog::askFallback);
    connect(m_attempt, &SignInAttempt::saved, this, &SignInDialog::finish);
}

void SignInDialog::accept()
{
    if (isBusy())
        return;
    validate();
    if (!problem().isEmpty())
        return;
    const Credentials form = formCredentials();
    const QString name = profileName();
    if (m_confirmed && form == m_confirmedForm && name == m_confirmedName) {
        // Tested a moment ago; the user read the warning and confirms.
        const Credentials confirmed = *m_confirmed;
        m_confirmed.reset();
        clearMessages();
        return m_attempt->save(confirmed, name);
    }
    m_confirmed.reset();
    clearMessages();
    QString error;
    const std::optional<Endpoint> endpoint = chosenEndpoint(&error);
    if (!endpoint) {
        m_attempt->stop();
        return showError(error);
    }
    m_attempt->test(*endpoint, form, name, way() == Way::CreateKey);
}

void SignInDialog::showWaitingForApproval(const QUrl &url, const QString &status)
{
    setStage(Stage::WaitingForValidation, status);
    m_ui->validationUrlEdit->setText(url.toString());
    m_ui->validationUrlEdit->setCursorPosition(0);
    openUrl(url);
}

void SignInDialog::showCancelled()
{
    setStage(Stage::Editing);
    m_ui->warningLabel->setText(tr("Stopped waiting: the consumer key was not "
                                   "approved, and nothing was saved."));
    m_ui->warningLabel->show();
    fitContents();
}

void SignInDialog::showWarning(const Credentials &tested, const QString &name,
                               const QString &message)
{
    // Works, but the user should know before the profile is saved.
    m_confirmed = tested;
    m_confirmedName = name;
    m_confirmedForm = formCredentials();
    setStage(Stage::Editing);
    m_ui->warningLabel->setText(message + u"\n"_s + tr("Click Sign In again to save the profile."));
    m_ui->warningLabel->show();
    validate();
}

void SignInDialog::askFallback(const QString &text)
{
    m_ui->keychainLabel->setText(text);
    setStage(Stage::AskingFallback);
    m_ui->memoryButton->setFocus();
}

void SignInDialog::saveInMemory()
{
    if (m_stage == Stage::AskingFallback)
        m_attempt->saveInMemory();
}

void SignInDialog::backToForm()
{
    if (m_stage != Stage::AskingFallback)
        return;
    // Nothing saved; "Sign In" tries the keychain again without a new test.
    m_confirmedName = m_attempt->profileName();
    m_confirmed = m_attempt->giveUpSaving();
    m_confirmedForm = formCredentials();
    setStage(Stage::Editing);
}

void SignInDialog::finish(const Credentials &credentials, const QString &name, bool inMemoryOnly)
{
    m_keptInMemory = inMemoryOnly;
    m_confirmed.reset();
    clearSecrets();
    setStage(Stage::Editing);
    QPointer<SignInDialog> self(this);
    Q_EMIT signedIn(credentials, name);
    if (self)
        QDialog::accept();
}

void SignInDialog::reject()
{
    m_attempt->stop();
    m_confirmed.reset();
    clearSecrets();
    setStage(Stage::Editing);
    QDialog::reject();
}

void SignInDialog::setStage(Stage stage, const QString &status)
{
    m_stage = stage;
    const bool editing = stage == Stage::Editing;
    const bool working =
        stage == Stage::Testing || stage == Stage::WaitingForValidation || stage == Stage::Saving;
    const bool waiting = stage == Stage::WaitingForValidation;
    m_ui->profileCombo->setEnabled(editing);
    m_ui->regionCombo->setEnabled(editing && !m_ui->advancedCheck->isChecked());
    m_ui->advancedCheck->setEnabled(editing);
    m_ui->customUrlEdit->setEnabled(editing);
    m_ui->methodBox->setEnabled(editing);
    m_ui->statusLabel->setText(status);
    m_ui->waitPanel->setVisible(working);
    showAll({m_ui->validationUrlLabel, m_ui->validationUrlEdit, m_ui->openAgainButton,
             m_ui->stopButton},
            waiting);
    if (editing)
        signInButton()->setDefault(true); // not Cancel, which had the focus meanwhile
    m_ui->keychainPanel->setVisible(stage == Stage::AskingFallback);
    if (!editing)
        m_ui->errorLabel->hide();
    validate();
}

void SignInDialog::showError(const QString &text)
{
    setStage(Stage::Editing);
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    fitContents();
}

void SignInDialog::clearMessages()
{
    m_ui->errorLabel->hide();
    m_ui->errorLabel->clear();
    m_ui->warningLabel->hide();
    m_ui->warningLabel->clear();
}

void SignInDialog::clearSecrets()
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
