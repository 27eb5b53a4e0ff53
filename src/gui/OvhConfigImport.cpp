#include "OvhConfigImport.h"

#include "FieldFeedback.h"
#include "OvhConfig.h"
#include "ui_SignInDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// The variables OvhConfigResolver reads, shown as sources when set.
constexpr const char *ovhVariables[] = {"OVH_ENDPOINT",           "OVH_APPLICATION_KEY",
                                        "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY",
                                        "OVH_CLIENT_ID",          "OVH_CLIENT_SECRET"};
} // namespace

OvhConfigImport::OvhConfigImport(Ui::SignInDialog *ui, QWidget *dialog)
    : QObject(dialog)
    , m_ui(ui)
    , m_dialog(dialog)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_searchPaths(OvhConfigResolver::defaultSearchPaths())
{
    connect(m_ui->importDefaultRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT sourceChanged();
    });
    connect(m_ui->importFileRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT sourceChanged();
    });
    connect(m_ui->importFileEdit, &QLineEdit::textChanged, this, [this] {
        if (m_ui->importFileRadio->isChecked())
            Q_EMIT sourceChanged();
        else
            m_ui->importFileRadio->setChecked(true); // reads the file
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &OvhConfigImport::chooseFile);
}

void OvhConfigImport::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void OvhConfigImport::setSearchPaths(const QStringList &paths)
{
    m_searchPaths = paths;
}

bool OvhConfigImport::read(const QString &regionName)
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
            return false;
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
        found = resolver.resolve(regionName, &error);
        endpointFromRegion = true;
    }
    if (!found) {
        showFound(std::nullopt, sources);
        showMessage(error);
        return false;
    }
    const bool anything = !found->applicationKey.isEmpty() || !found->applicationSecret.isEmpty() ||
                          !found->consumerKey.isEmpty() || !found->clientId.isEmpty() ||
                          !found->clientSecret.isEmpty();
    if (!anything) {
        showFound(std::nullopt, sources);
        showMessage(sources.isEmpty() ? tr("No OVH_* variable is set and none of these "
                                           "files exists.")
                                      : tr("No keys found there."));
        return false;
    }
    m_imported = *found;
    if (endpointFromRegion)
        m_imported->endpoint.clear(); // follows the region while the dialog is open
    showFound(m_imported, sources);
    if (endpointFromRegion)
        m_ui->foundEndpointValue->setText(tr("none: the region chosen above (%1)").arg(regionName));

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
    }
    showMessage(message);
    return message.isEmpty();
}

void OvhConfigImport::showMessage(const QString &message)
{
    FieldFeedback::show(nullptr, m_ui->importMessage, message, true);
}

void OvhConfigImport::forget(bool showEmpty)
{
    m_imported.reset();
    if (showEmpty)
        showFound(std::nullopt, {});
}

void OvhConfigImport::showFound(const std::optional<Credentials> &found, const QStringList &sources)
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
    FieldFeedback::showRow(m_ui->foundEndpointLabel, m_ui->foundEndpointValue, found.has_value());
    FieldFeedback::showRow(m_ui->foundApplicationKeyLabel, m_ui->foundApplicationKeyValue,
                           found && keys);
    FieldFeedback::showRow(m_ui->foundApplicationSecretLabel, m_ui->foundApplicationSecretValue,
                           found && keys);
    FieldFeedback::showRow(m_ui->foundConsumerKeyLabel, m_ui->foundConsumerKeyValue, found && keys);
    FieldFeedback::showRow(m_ui->foundClientIdLabel, m_ui->foundClientIdValue, found && oauth);
    FieldFeedback::showRow(m_ui->foundClientSecretLabel, m_ui->foundClientSecretValue,
                           found && oauth);
    FieldFeedback::show(nullptr, m_ui->importMessage, QString(), false);
}

void OvhConfigImport::chooseFile()
{
    auto *dialog = new QFileDialog(m_dialog, tr("Choose an ovh.conf File"));
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
        Q_EMIT sourceChanged();
    });
    dialog->open();
}
