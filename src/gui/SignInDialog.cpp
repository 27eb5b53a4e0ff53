#include "SignInDialog.h"

#include "FieldFeedback.h"
#include "OvhConfig.h"
#include "ProfileVault.h"
#include "SecretField.h"
#include "SignInAttempt.h"
#include "ui_SignInDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxProfileNameLength = 64;

// The variables OvhConfigResolver reads, shown as sources when set.
constexpr const char *ovhVariables[] = {"OVH_ENDPOINT",           "OVH_APPLICATION_KEY",
                                        "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY",
                                        "OVH_CLIENT_ID",          "OVH_CLIENT_SECRET"};

bool hasSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

void showAll(std::initializer_list<QWidget *> widgets, bool visible)
{
    for (QWidget *widget : widgets)
        widget->setVisible(visible);
}

// Shows or hides a row of a grid: its label and its field. (The forms that hide rows are
// grids: QFormLayout writes out of bounds in Qt 6.4 when a hidden row sits next to
// word-wrapped labels.)
void showRow(QWidget *label, QWidget *field, bool visible)
{
    label->setVisible(visible);
    field->setVisible(visible);
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
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_searchPaths(OvhConfigResolver::defaultSearchPaths())
{
    m_ui->setupUi(this);
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
    showRow(m_ui->customUrlLabel, m_ui->customUrlEdit, false);
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
        showRow(m_ui->customUrlLabel, m_ui->customUrlEdit, on);
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

    connect(m_ui->importDefaultRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            readConfig();
    });
    connect(m_ui->importFileRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            readConfig();
    });
    connect(m_ui->importFileEdit, &QLineEdit::textChanged, this, [this] {
        if (m_ui->importFileRadio->isChecked())
            readConfig();
        else
            m_ui->importFileRadio->setChecked(true); // reads the file
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SignInDialog::chooseConfigFile);

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
    m_environment = environment;
    if (way() == Way::ImportConfig)
        readConfig();
}

void SignInDialog::setConfigSearchPaths(const QStringList &paths)
{
    m_searchPaths = paths;
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
    if (way() == Way::ImportConfig && m_imported && !m_imported->endpoint.isEmpty())
        name = m_imported->endpoint;
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
        if (m_imported)
            c = *m_imported;
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
    const bool showUrlError =
        m_ui->advancedCheck->isChecked() && !m_ui->customUrlEdit->text().trimmed().isEmpty() &&
        !(way() == Way::ImportConfig && m_imported && !m_imported->endpoint.isEmpty());
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
    OvhConfigResolver resolver;
    QStringList sources;
    m_imported.reset();
    if (m_ui->importFileRadio->isChecked()) {
        const QString path = m_ui->importFileEdit->text().trimmed();
        if (path.isEmpty() || !QFileInfo(path).isFile()) {
            showFound(std::nullopt, {});
            FieldFeedback::show(
                m_ui->importFileEdit, m_ui->importMessage,
                path.isEmpty() ? tr("Choose a file.")
                               : tr("There is no file at %1.").arg(QDir::toNativeSeparators(path)),
                !path.isEmpty());
            return validate();
        }
        // Only this file: the variables would hide what it holds.
        resolver.setEnvironment(QProcessEnvironment());
        resolver.setSearchPaths({path});
        sources << QDir::toNativeSeparators(path);
    } else {
        resolver.setEnvironment(m_environment);
        resolver.setSearchPaths(m_searchPaths);
        for (const char *variable : ovhVariables)
            if (!m_environment.value(QString::fromLatin1(variable)).isEmpty())
                sources << QString::fromLatin1(variable);
        for (const QString &path : m_searchPaths)
            if (QFileInfo(path).isFile())
                sources << QDir::toNativeSeparators(path);
    }
    FieldFeedback::mark(m_ui->importFileEdit, false);

    QString error;
    std::optional<Credentials> found = resolver.resolve({}, &error);
    bool endpointFromRegion = false;
    if (found && found->endpoint.isEmpty()) {
        // python-ovh needs an endpoint; without one, the sections of the chosen region count.
        found = resolver.resolve(chosenEndpointName(), &error);
        endpointFromRegion = true;
    }
    if (!found) {
        showFound(std::nullopt, sources);
        FieldFeedback::show(nullptr, m_ui->importMessage, error, true);
        return validate();
    }
    const bool anything = !found->applicationKey.isEmpty() || !found->applicationSecret.isEmpty() ||
                          !found->consumerKey.isEmpty() || !found->clientId.isEmpty() ||
                          !found->clientSecret.isEmpty();
    if (!anything) {
        showFound(std::nullopt, sources);
        FieldFeedback::show(nullptr, m_ui->importMessage,
                            sources.isEmpty() ? tr("No OVH_* variable is set and none of these "
                                                   "files exists.")
                                              : tr("No keys found there."),
                            true);
        return validate();
    }
    m_imported = *found;
    if (endpointFromRegion)
        m_imported->endpoint.clear(); // follows the region while the dialog is open
    showFound(m_imported, sources);
    if (endpointFromRegion)
        m_ui->foundEndpointValue->setText(
            tr("none: the region chosen above (%1)").arg(chosenEndpointName()));

    QString message;
    if (!found->hasSignedKeys() && !found->hasOAuth2()) {
        if (!found->applicationKey.isEmpty() && !found->applicationSecret.isEmpty())
            message = tr("There is no consumer key: choose “Create a key for me” to get one for "
                         "this application.");
        else if (!found->clientId.isEmpty() || !found->clientSecret.isEmpty())
            message = tr("The service account is incomplete: both the client ID and the client "
                         "secret are needed.");
        else
            message = tr("The keys are incomplete: the application key, the application secret "
                         "and the consumer key are needed.");
    } else {
        QString endpointError;
        if (!chosenEndpoint(&endpointError))
            message = endpointError;
    }
    FieldFeedback::show(nullptr, m_ui->importMessage, message, true);
    validate();
}

void SignInDialog::showFound(const std::optional<Credentials> &found, const QStringList &sources)
{
    //: Import ovh.conf: where the values were found.
    m_ui->foundSourceValue->setText(sources.isEmpty() ? tr("nowhere") : sources.join(u", "_s));
    const auto shown = [this](const QString &value) {
        //: Import ovh.conf: a value that is not in the configuration.
        return value.isEmpty() ? tr("not found") : value;
    };
    const auto masked = [this](const QString &secret) {
        //: Import ovh.conf: a secret that was found; it is never shown.
        return secret.isEmpty() ? tr("not found") : tr("•••••••• (found, hidden)");
    };
    const Credentials c = found.value_or(Credentials());
    m_ui->foundEndpointValue->setText(shown(c.endpoint));
    m_ui->foundApplicationKeyValue->setText(shown(c.applicationKey));
    m_ui->foundApplicationSecretValue->setText(masked(c.applicationSecret));
    m_ui->foundConsumerKeyValue->setText(masked(c.consumerKey));
    m_ui->foundClientIdValue->setText(shown(c.clientId));
    m_ui->foundClientSecretValue->setText(masked(c.clientSecret));

    const bool oauth = !c.clientId.isEmpty() || !c.clientSecret.isEmpty();
    const bool keys = !c.applicationKey.isEmpty() || !c.applicationSecret.isEmpty() ||
                      !c.consumerKey.isEmpty() || !oauth;
    showRow(m_ui->foundEndpointLabel, m_ui->foundEndpointValue, found.has_value());
    showRow(m_ui->foundApplicationKeyLabel, m_ui->foundApplicationKeyValue, found && keys);
    showRow(m_ui->foundApplicationSecretLabel, m_ui->foundApplicationSecretValue, found && keys);
    showRow(m_ui->foundConsumerKeyLabel, m_ui->foundConsumerKeyValue, found && keys);
    showRow(m_ui->foundClientIdLabel, m_ui->foundClientIdValue, found && oauth);
    showRow(m_ui->foundClientSecretLabel, m_ui->foundClientSecretValue, found && oauth);
    FieldFeedback::show(nullptr, m_ui->importMessage, QString(), false);
}

void SignInDialog::chooseConfigFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose an ovh.conf File"));
    dialog->setObjectName(u"configFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden); // ~/.ovh.conf
    dialog->setNameFilters({tr("Configuration files (*.conf)"), tr("All files (*)")});
    const QString current = m_ui->importFileEdit->text().trimmed();
    dialog->setDirectory(current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_ui->importFileEdit->setText(file);
        m_ui->importFileRadio->setChecked(true);
        readConfig();
    });
    dialog->open();
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
    m_imported.reset();
    if (way() == Way::ImportConfig)
        showFound(std::nullopt, {});
}
