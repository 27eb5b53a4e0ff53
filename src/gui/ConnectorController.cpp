#include "ConnectorController.h"

#include "AuthenticationDialog.h"
#include "ConnectorActions.h"
#include "ConnectorCreator.h"
#include "ConnectorDialog.h"
#include "DisplayText.h"
#include "MutationReadBack.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "Workspace.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

ConnectorController::ConnectorController(Workspace *workspace, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    , m_confirm(&ConnectorController::askWithMessageBox)
{}

ConnectorController::~ConnectorController() = default;

bool ConnectorController::askWithMessageBox(QWidget *parent, const QString &title,
                                            const QString &text, const QString &confirmLabel)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *confirm = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec(); // a question the user answers: modal on purpose
    return box.clickedButton() == confirm;
}

void ConnectorController::show(QWidget *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *d = qobject_cast<QDialog *>(dialog))
        d->open();
}

ConnectorDialog *ConnectorController::newConnector(const ServiceRef &ref)
{
    const ServiceStore *store = m_workspace->catalog()->store(ref);
    if (!store)
        return nullptr;
    auto *dialog = new ConnectorDialog(ConnectorDialog::Mode::Create, m_window);
    dialog->setServiceName(ref.displayText(), store->info().supportsConnectors());
    connect(dialog, &ConnectorDialog::submitted, this, [this, dialog, ref] {
        const NewConnector connector = dialog->newConnector();
        dialog->setBusy(tr("Sending the connector to OVHcloud…"));
        ConnectorCreator *creator = m_workspace->actions()->create(ref, connector);
        const auto progress = [dialog](const Task &task) {
            //: %1 is OVHcloud's task id, %2 its status (Waiting, Running…).
            dialog->setBusy(tr("OVHcloud is creating the connector (task %1: %2)…")
                                .arg(task.id.toString(), DisplayText::taskStatus(task.status)));
        };
        connect(creator, &ConnectorCreator::taskStarted, dialog, progress);
        connect(creator, &ConnectorCreator::taskProgressed, dialog, progress);
        connect(creator, &ConnectorCreator::finished, dialog,
                [dialog] { dialog->done(QDialog::Accepted); });
        connect(creator, &ConnectorCreator::finished, this, [this](const SendConnector &created) {
            Q_EMIT statusMessage(tr("Send connector “%1” created.").arg(created.displayName));
        });
        QPointer<ConnectorDialog> guard(dialog);
        connect(creator, &ConnectorCreator::failed, this,
                [this, guard, name = connector.displayName](const ApiError &error) {
                    const QString text =
                        tr("The send connector “%1” was not created: %2").arg(name, error.toText());
                    if (guard)
                        guard->showError(text);
                    else
                        Q_EMIT errorOccurred(text);
                });
    });
    show(dialog);
    return dialog;
}

ConnectorDialog *ConnectorController::editConnector(const ServiceRef &ref, ConnectorId id)
{
    const ServiceStore *store = m_workspace->catalog()->store(ref);
    const SendConnector *connector = store ? store->connector(id) : nullptr;
    if (!connector)
        return nullptr;
    auto *dialog = new ConnectorDialog(ConnectorDialog::Mode::Edit, m_window);
    dialog->setServiceName(ref.displayText(), store->info().supportsConnectors());
    dialog->setConnector(*connector);
    connect(dialog, &ConnectorDialog::submitted, this, [this, dialog, ref, id] {
        dialog->setBusy(tr("Saving the changes…"));
        const QString name = dialog->editedConnector().displayName;
        m_workspace->actions()->edit(
            ref, id, dialog->changes(), dialog, [this, dialog, name](const ApiError &error) {
                if (error.isError()) {
                    dialog->showError(tr("OVHcloud refused the changes: %1").arg(error.toText()));
                    return;
                }
                Q_EMIT statusMessage(tr("Send connector “%1” saved.").arg(name));
                if (MutationReadBack::isNote(error))
                    Q_EMIT noticeOccurred(error.toText());
                dialog->done(QDialog::Accepted);
            });
    });
    show(dialog);
    return dialog;
}

AuthenticationDialog *ConnectorController::changeAuthentication(const ServiceRef &ref,
                                                                ConnectorId id)
{
    const ServiceStore *store = m_workspace->catalog()->store(ref);
    const SendConnector *connector = store ? store->connector(id) : nullptr;
    if (!connector)
        return nullptr;
    auto *dialog = new AuthenticationDialog(*connector, m_window);
    connect(dialog, &AuthenticationDialog::submitted, this, [this, dialog, ref, id] {
        dialog->setBusy(tr("Sending the new authentication to OVHcloud…"));
        const QString name = dialog->connector().displayName;
        m_workspace->actions()->changeAuthentication(
            ref, id, dialog->change(), dialog, [this, dialog, name](const ApiError &error) {
                if (error.isError()) {
                    dialog->showError(tr("OVHcloud refused the change: %1").arg(error.toText()));
                    return;
                }
                Q_EMIT statusMessage(
                    tr("OVHcloud is changing the authentication of “%1”.").arg(name));
                if (MutationReadBack::isNote(error))
                    Q_EMIT noticeOccurred(error.toText());
                dialog->done(QDialog::Accepted);
            });
    });
    show(dialog);
    return dialog;
}

QString ConnectorController::deleteQuestion(const ServiceRef &ref, ConnectorId id) const
{
    const ServiceStore *store = m_workspace->catalog()->store(ref);
    const SendConnector *connector = store ? store->connector(id) : nullptr;
    if (!connector)
        return {};
    const int users = store->accountCount(id);
    //: %1 is the connector's name, %2 its relay (host:port).
    QString text = tr("Delete the send connector “%1” (%2)?")
                       .arg(connector->displayName,
                            DisplayText::hostAndPort(connector->smartHost, connector->port));
    text += u"\n\n"_s;
    if (users == 0)
        text += tr("No account sends through it.");
    else
        text += tr("Used by %n account(s). They will send through the platform's outgoing server "
                   "again.",
                   nullptr, users);
    return text;
}

bool ConnectorController::deleteConnector(const ServiceRef &ref, ConnectorId id)
{
    const QString question = deleteQuestion(ref, id);
    if (question.isEmpty())
        return false;
    if (!m_confirm(m_window, tr("Delete Send Connector"), question, tr("&Delete")))
        return false;
    const QString name = m_workspace->catalog()->store(ref)->connector(id)->displayName;
    m_workspace->actions()->remove(ref, id, this, [this, name](const ApiError &error) {
        if (error.isError())
            Q_EMIT errorOccurred(
                tr("The send connector “%1” was not deleted: %2").arg(name, error.toText()));
        else if (MutationReadBack::isNote(error))
            Q_EMIT noticeOccurred(error.toText());
        else
            Q_EMIT statusMessage(tr("OVHcloud is deleting “%1”.").arg(name));
    });
    return true;
}
