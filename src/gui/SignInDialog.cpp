#include "SignInDialog.h"

#include "FieldFeedback.h"
#include "OvhConfigImport.h"
#include "ProfileVault.h"
#include "SignInAttempt.h"
#include "SignInForm.h"
#include "ui_SignInDialog.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>

using namespace Qt::StringLiterals;

namespace {
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
    m_form = std::make_unique<SignInForm>(m_ui.get(), m_import, m_vault);
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

    m_form->setUp();
    if (m_vault)
        m_ui->profileCombo->addItems(m_vault->profileNames());
    m_ui->profileCombo->setCurrentIndex(-1); // the arrow keys start at the first name
    m_ui->profileCombo->setEditText(u"default"_s);
    FieldFeedback::showRow(m_ui->customUrlLabel, m_ui->customUrlEdit, false);
    connectForm();
    connectAttempt();
    updateWay();
    m_form->refreshProfileNote();
    validate();
}

SignInDialog::~SignInDialog()
{
    // Nothing may call back into a half-destroyed dialog (pending checks, store answers).
    m_attempt->stop();
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void SignInDialog::connectForm()
{
    connect(m_ui->profileCombo, &QComboBox::editTextChanged, this, [this] {
        m_form->refreshProfileNote();
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
    m_form->setEndpoint(nameOrUrl);
    validate();
}

void SignInDialog::setWay(Way way)
{
    m_form->setWay(way);
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
    return m_form->way();
}

QString SignInDialog::profileName() const
{
    return m_form->profileName();
}

void SignInDialog::updateWay()
{
    m_ui->pages->setCurrentIndex(int(way()));
    clearMessages();
    if (way() == Way::ImportConfig)
        readConfig();
    validate();
}

QString SignInDialog::problem() const
{
    return m_form->problem();
}

void SignInDialog::validate()
{
    QString urlError;
    const bool endpointOk = m_form->endpoint(&urlError).has_value();
    const bool showUrlError = m_ui->advancedCheck->isChecked() &&
                              !m_ui->customUrlEdit->text().trimmed().isEmpty() &&
                              !m_form->endpointImported();
    FieldFeedback::show(m_ui->customUrlEdit, m_ui->customUrlError, urlError,
                        showUrlError && !endpointOk);
    m_ui->createAppButton->setEnabled(!isBusy() && endpointOk);

    // Keys that worked with a warning stay confirmed only while nothing changes.
    if (m_confirmed &&
        (m_form->credentials() != m_confirmedForm || profileName() != m_confirmedName)) {
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
    if (m_import->read(m_form->endpointName())) {
        QString error;
        if (!m_form->endpoint(&error))
            m_import->showMessage(error);
    }
    validate();
}

void SignInDialog::openCreateAppPage()
{
    QString error;
    if (const std::optional<Endpoint> endpoint = m_form->endpoint(&error))
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
    const Credentials form = m_form->credentials();
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
    const std::optional<Endpoint> endpoint = m_form->endpoint(&error);
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
    m_confirmedForm = m_form->credentials();
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
    m_confirmedForm = m_form->credentials();
    setStage(Stage::Editing);
}

void SignInDialog::finish(const Credentials &credentials, const QString &name, bool inMemoryOnly)
{
    m_keptInMemory = inMemoryOnly;
    m_confirmed.reset();
    m_form->clearSecrets();
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
    m_form->clearSecrets();
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
