#include "AuthenticationDialog.h"

#include "ConnectorRules.h"
#include "DisplayText.h"
#include "FieldFeedback.h"
#include "ui_AuthenticationDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

AuthenticationDialog::AuthenticationDialog(const SendConnector &connector, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuthenticationDialog>())
    , m_connector(connector)
{
    m_ui->setupUi(this);
    setStyleSheet(FieldFeedback::styleSheet());
    FieldFeedback::prepareMessage(m_ui->credentialsError);
    FieldFeedback::prepareMessage(m_ui->mechanismError);
    FieldFeedback::prepareApiError(m_ui->apiError);
    m_ui->progressBar->hide();
    m_ui->statusLabel->hide();
    //: Title of the change authentication dialog; %1 is the connector's name.
    setWindowTitle(tr("Change Authentication of “%1”").arg(connector.displayName));
    m_ui->introLabel->setText(
        tr("Currently: %1. OVHcloud applies the change in a task. The user name and password "
           "are never shown back: enter both again.")
            .arg(DisplayText::authMechanism(connector.authMechanism)));
    okButton()->setText(tr("&Change"));
    for (AuthMechanism m :
         {AuthMechanism::None, AuthMechanism::BasicAuth, AuthMechanism::BasicAuthRequireTls})
        m_ui->mechanismCombo->addItem(DisplayText::authMechanism(m), int(m));
    m_ui->mechanismCombo->setCurrentIndex(
        m_ui->mechanismCombo->findData(int(connector.authMechanism)));

    connect(m_ui->mechanismCombo, &QComboBox::currentIndexChanged, this,
            &AuthenticationDialog::validate);
    const auto touched = [this] {
        m_touched = true;
        validate();
    };
    connect(m_ui->userEdit, &QLineEdit::textEdited, this, touched);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, touched);
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AuthenticationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AuthenticationDialog::reject);
    validate();
}

AuthenticationDialog::~AuthenticationDialog()
{
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QPushButton *AuthenticationDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

AuthMechanism AuthenticationDialog::mechanism() const
{
    return AuthMechanism(m_ui->mechanismCombo->currentData().toInt());
}

AuthenticationChange AuthenticationDialog::change() const
{
    AuthenticationChange c;
    c.authMechanism = mechanism();
    if (c.authMechanism != AuthMechanism::None) {
        c.user = m_ui->userEdit->text().trimmed();
        c.password = m_ui->passwordEdit->text();
    }
    return c;
}

QString AuthenticationDialog::credentialsProblem() const
{
    const AuthenticationChange c = change();
    return ConnectorRules::checkCredentials(c.authMechanism, c.user, c.password);
}

QString AuthenticationDialog::mechanismProblem() const
{
    if (mechanism() == AuthMechanism::BasicAuthRequireTls && !m_connector.requireTls)
        return tr("This mechanism needs TLS: edit the connector and turn on \"Require TLS\" "
                  "first.");
    return {};
}

bool AuthenticationDialog::isValid() const
{
    return credentialsProblem().isEmpty() && mechanismProblem().isEmpty();
}

void AuthenticationDialog::validate()
{
    const bool needsCredentials = mechanism() != AuthMechanism::None;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_ui->showPasswordCheck), static_cast<QWidget *>(m_ui->userLabel),
          static_cast<QWidget *>(m_ui->passwordLabel)})
        w->setEnabled(needsCredentials && !m_busy);
    const QString credentials = credentialsProblem();
    const bool userMissing = m_ui->userEdit->text().trimmed().isEmpty();
    FieldFeedback::mark(userMissing ? m_ui->passwordEdit : m_ui->userEdit, false);
    FieldFeedback::show(userMissing ? m_ui->userEdit : m_ui->passwordEdit, m_ui->credentialsError,
                        credentials, m_touched);
    FieldFeedback::show(m_ui->mechanismCombo, m_ui->mechanismError, mechanismProblem(), true);
    okButton()->setEnabled(isValid() && !m_busy);
}

void AuthenticationDialog::accept()
{
    if (m_busy)
        return;
    if (!isValid()) {
        m_touched = true;
        validate();
        return;
    }
    m_ui->apiError->hide();
    Q_EMIT submitted();
}

void AuthenticationDialog::setBusy(const QString &status)
{
    m_busy = true;
    m_ui->mechanismCombo->setEnabled(false);
    validate();
    m_ui->apiError->hide();
    m_ui->progressBar->show();
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->show();
}

void AuthenticationDialog::showError(const QString &text)
{
    m_busy = false;
    m_ui->mechanismCombo->setEnabled(true);
    m_ui->progressBar->hide();
    m_ui->statusLabel->hide();
    m_ui->apiError->setText(text);
    m_ui->apiError->show();
    validate();
}
