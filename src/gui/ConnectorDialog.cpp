#include "ConnectorDialog.h"

#include "ConnectorRules.h"
#include "DisplayText.h"
#include "FieldFeedback.h"
#include "ProbePanel.h"
#include "ui_ConnectorDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

ConnectorDialog::ConnectorDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectorDialog>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    // "Test connection" with what the form says, before anything is saved.
    m_probe = new ProbePanel(this);
    m_probe->setObjectName(u"dialogProbePanel"_s);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->authGroup) + 1, m_probe);
    setStyleSheet(FieldFeedback::styleSheet());
    for (QLabel *label : {m_ui->displayNameError, m_ui->smartHostError, m_ui->portError,
                          m_ui->maxSizeError, m_ui->credentialsError})
        FieldFeedback::prepareMessage(label);
    FieldFeedback::prepareApiError(m_ui->apiError);
    FieldFeedback::prepareNote(m_ui->authNote);
    m_ui->offerWarning->setStyleSheet(u"QLabel { color: #78350f; background: #fffbeb; border: 1px "
                                      "solid #fcd34d; border-radius: 4px; padding: 6px; }"_s);
    m_ui->offerWarning->hide();
    m_ui->portHint->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_ui->tlsNote->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_ui->progressBar->hide();
    m_ui->statusLabel->hide();

    for (AuthMechanism m :
         {AuthMechanism::None, AuthMechanism::BasicAuth, AuthMechanism::BasicAuthRequireTls})
        m_ui->mechanismCombo->addItem(DisplayText::authMechanism(m), int(m));
    m_ui->mechanismCombo->setCurrentIndex(0);
    m_ui->portSpin->setValue(SendConnector::DefaultPort);
    m_ui->maxSizeSpin->setValue(SendConnector::MaxSendSizeLimitMb);

    const bool creating = mode == Mode::Create;
    setWindowTitle(creating ? tr("New Send Connector") : tr("Edit Send Connector"));
    okButton()->setText(creating ? tr("&Create") : tr("&Save"));
    m_ui->authNote->setVisible(!creating);
    m_ui->introLabel->setVisible(creating);
    if (!creating) {
        m_ui->mechanismCombo->setEnabled(false);
        m_ui->userEdit->setEnabled(false);
        m_ui->passwordEdit->setEnabled(false);
        m_ui->showPasswordCheck->setEnabled(false);
        //: Placeholder of the user and password fields when editing: the API never returns them.
        m_ui->userEdit->setPlaceholderText(tr("Not shown: OVHcloud never returns it"));
        m_ui->passwordEdit->setPlaceholderText(tr("Not shown: OVHcloud never returns it"));
    }

    // Any change re-checks the form; a field shows its message once the user touched it.
    const auto touchOn = [this](QLineEdit *edit, Field field) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectorDialog::validate);
        connect(edit, &QLineEdit::textEdited, this, [this, field] { touch(field); });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { touch(field); });
    };
    touchOn(m_ui->displayNameEdit, Field::DisplayName);
    touchOn(m_ui->smartHostEdit, Field::SmartHost);
    touchOn(m_ui->userEdit, Field::Credentials);
    touchOn(m_ui->passwordEdit, Field::Credentials);
    // The editors inside the spin boxes: QSpinBox::textChanged misses an emptied field.
    touchOn(m_ui->portSpin->findChild<QLineEdit *>(), Field::Port);
    touchOn(m_ui->maxSizeSpin->findChild<QLineEdit *>(), Field::MaxSize);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, [this] { touch(Field::Port); });
    connect(m_ui->maxSizeSpin, &QSpinBox::valueChanged, this, [this] { touch(Field::MaxSize); });
    connect(m_ui->requireTlsCheck, &QCheckBox::toggled, this, &ConnectorDialog::validate);
    connect(m_ui->mechanismCombo, &QComboBox::currentIndexChanged, this,
            &ConnectorDialog::updateAuthentication);
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectorDialog::reject);
    m_touched.clear(); // filling in the defaults touched nothing
    updateAuthentication();
    // Both forms align on the widest label.
    const QList<QLabel *> labels = {m_ui->displayNameLabel, m_ui->smartHostLabel, m_ui->portLabel,
                                    m_ui->maxSizeLabel,     m_ui->mechanismLabel, m_ui->userLabel,
                                    m_ui->passwordLabel};
    int labelWidth = 0;
    for (const QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);
    m_ui->displayNameEdit->setFocus();
}

ConnectorDialog::~ConnectorDialog()
{
    // Hiding the dialog moves the focus out of an editor: no validation once m_ui is gone.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void ConnectorDialog::setServiceName(const QString &name, bool supportsConnectors)
{
    if (m_mode == Mode::Create)
        //: Title of the new connector dialog; %1 is the Exchange service.
        setWindowTitle(tr("New Send Connector on %1").arg(name));
    m_ui->offerWarning->setText(DisplayText::unsupportedOfferWarning());
    m_ui->offerWarning->setVisible(!supportsConnectors && m_mode == Mode::Create);
}

void ConnectorDialog::setConnector(const SendConnector &connector)
{
    m_original = connector;
    m_ui->displayNameEdit->setText(connector.displayName);
    m_ui->smartHostEdit->setText(connector.smartHost);
    m_ui->portSpin->setValue(connector.port);
    m_ui->requireTlsCheck->setChecked(connector.requireTls);
    m_ui->maxSizeSpin->setValue(connector.maxSendSizeMb);
    m_ui->mechanismCombo->setCurrentIndex(
        m_ui->mechanismCombo->findData(int(connector.authMechanism)));
    if (m_mode == Mode::Edit)
        setWindowTitle(tr("Edit Send Connector “%1”").arg(connector.displayName));
    m_touched.clear();
    updateAuthentication();
}

QPushButton *ConnectorDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

AuthMechanism ConnectorDialog::mechanism() const
{
    return AuthMechanism(m_ui->mechanismCombo->currentData().toInt());
}

int ConnectorDialog::spinValue(const QSpinBox *spin) const
{
    // An emptied spin box keeps its last value: read it as "nothing entered".
    return spin->cleanText().trimmed().isEmpty() ? 0 : spin->value();
}

NewConnector ConnectorDialog::newConnector() const
{
    NewConnector c;
    c.displayName = m_ui->displayNameEdit->text().trimmed();
    c.smartHost = m_ui->smartHostEdit->text();
    c.port = spinValue(m_ui->portSpin);
    c.requireTls = m_ui->requireTlsCheck->isChecked();
    c.maxSendSizeMb = spinValue(m_ui->maxSizeSpin);
    c.authMechanism = mechanism();
    if (c.authMechanism != AuthMechanism::None) {
        c.user = m_ui->userEdit->text().trimmed();
        c.password = m_ui->passwordEdit->text();
    }
    return c;
}

SendConnector ConnectorDialog::editedConnector() const
{
    SendConnector c = m_original;
    const NewConnector form = newConnector();
    c.displayName = form.displayName;
    c.smartHost = form.smartHost;
    c.port = form.port;
    c.requireTls = form.requireTls;
    c.maxSendSizeMb = form.maxSendSizeMb;
    return c;
}

ConnectorChanges ConnectorDialog::changes() const
{
    return ConnectorChanges::between(m_original, editedConnector());
}

QString ConnectorDialog::problem(Field field) const
{
    const NewConnector c = newConnector();
    switch (field) {
    case Field::DisplayName:
        return ConnectorRules::checkDisplayName(c.displayName);
    case Field::SmartHost:
        return ConnectorRules::checkSmartHost(c.smartHost);
    case Field::Port:
        return ConnectorRules::checkPort(c.port);
    case Field::MaxSize:
        return ConnectorRules::checkMaxSendSize(c.maxSendSizeMb);
    case Field::Credentials:
        if (m_mode == Mode::Edit)
            return {};
        return ConnectorRules::checkCredentials(c.authMechanism, c.user, c.password);
    }
    return {};
}

bool ConnectorDialog::isValid() const
{
    for (Field f :
         {Field::DisplayName, Field::SmartHost, Field::Port, Field::MaxSize, Field::Credentials})
        if (!problem(f).isEmpty())
            return false;
    if (m_mode == Mode::Create)
        return ConnectorRules::check(newConnector()).isEmpty();
    return !changes().isEmpty();
}

void ConnectorDialog::touch(Field field)
{
    m_touched.insert(field);
    validate();
}

void ConnectorDialog::validate()
{
    const auto show = [this](Field field, QWidget *widget, QLabel *label) {
        FieldFeedback::show(widget, label, problem(field), m_touched.contains(field));
    };
    show(Field::DisplayName, m_ui->displayNameEdit, m_ui->displayNameError);
    show(Field::SmartHost, m_ui->smartHostEdit, m_ui->smartHostError);
    show(Field::Port, m_ui->portSpin, m_ui->portError);
    show(Field::MaxSize, m_ui->maxSizeSpin, m_ui->maxSizeError);
    // The credentials message is about the user name first, then the password.
    const QString credentials = problem(Field::Credentials);
    const bool userMissing = m_ui->userEdit->text().trimmed().isEmpty();
    QLineEdit *culprit = userMissing ? m_ui->userEdit : m_ui->passwordEdit;
    FieldFeedback::mark(userMissing ? m_ui->passwordEdit : m_ui->userEdit, false);
    FieldFeedback::show(culprit, m_ui->credentialsError, credentials,
                        m_touched.contains(Field::Credentials));

    m_probe->setTarget(ProbePanel::requestFor(newConnector()));
    const bool valid = isValid();
    okButton()->setEnabled(valid && !m_busy);
    if (m_mode == Mode::Edit && changes().isEmpty())
        okButton()->setToolTip(tr("Nothing has changed yet."));
    else
        okButton()->setToolTip(QString());
}

void ConnectorDialog::updateAuthentication()
{
    const AuthMechanism m = mechanism();
    const bool needsCredentials = m != AuthMechanism::None && m_mode == Mode::Create;
    m_ui->userEdit->setEnabled(needsCredentials);
    m_ui->passwordEdit->setEnabled(needsCredentials);
    m_ui->showPasswordCheck->setEnabled(needsCredentials);
    m_ui->userLabel->setEnabled(needsCredentials || m_mode == Mode::Edit);
    m_ui->passwordLabel->setEnabled(needsCredentials || m_mode == Mode::Edit);
    const bool tlsForced = m == AuthMechanism::BasicAuthRequireTls;
    if (tlsForced)
        m_ui->requireTlsCheck->setChecked(true);
    m_ui->requireTlsCheck->setEnabled(!tlsForced && !m_busy);
    m_ui->tlsNote->setVisible(tlsForced);
    validate();
}

void ConnectorDialog::accept()
{
    if (m_busy)
        return;
    if (!isValid()) {
        m_touched = {Field::DisplayName, Field::SmartHost, Field::Port, Field::MaxSize,
                     Field::Credentials};
        validate();
        return;
    }
    m_ui->apiError->hide();
    Q_EMIT submitted();
}

void ConnectorDialog::setBusy(const QString &status)
{
    m_busy = true;
    m_ui->relayGroup->setEnabled(false);
    m_ui->authGroup->setEnabled(false);
    m_ui->apiError->hide();
    m_ui->progressBar->show();
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->show();
    okButton()->setEnabled(false);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    //: Replaces "Cancel" while OVHcloud works: closing does not stop the task.
    cancel->setText(tr("Close"));
    cancel->setToolTip(tr("The change goes on in the background; the task list follows it."));
}

void ConnectorDialog::setIdle()
{
    m_busy = false;
    m_ui->relayGroup->setEnabled(true);
    m_ui->authGroup->setEnabled(true);
    m_ui->progressBar->hide();
    m_ui->statusLabel->hide();
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(QString());
    updateAuthentication();
}

void ConnectorDialog::showError(const QString &text)
{
    setIdle();
    m_ui->apiError->setText(text);
    m_ui->apiError->show();
}
