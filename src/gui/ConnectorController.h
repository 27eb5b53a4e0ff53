#pragma once

#include "ServiceRef.h"
#include "StrongId.h"

#include <QObject>
#include <QPointer>
#include <functional>

class AuthenticationDialog;
class ConnectorDialog;
class QWidget;
class Workspace;

// Runs the connector actions from the window: opens the dialogs (window-modal, never a
// blocking wait), sends what they submit through ConnectorActions, keeps each dialog
// informed (progress, OVHcloud's refusal inline) and closes it when the request went through.
// Confirmations go through an injectable function, so tests answer them without a modal box.
class ConnectorController : public QObject
{
    Q_OBJECT

public:
    // Returns true when the user confirms. `confirmLabel` names the button that goes ahead.
    using ConfirmFunction = std::function<bool(QWidget *parent, const QString &title,
                                               const QString &text, const QString &confirmLabel)>;

    ConnectorController(Workspace *workspace, QWidget *window, QObject *parent = nullptr);
    ~ConnectorController() override;

    void setConfirmFunction(ConfirmFunction confirm) { m_confirm = std::move(confirm); }

    ConnectorDialog *newConnector(const ServiceRef &ref);
    ConnectorDialog *editConnector(const ServiceRef &ref, ConnectorId id);
    AuthenticationDialog *changeAuthentication(const ServiceRef &ref, ConnectorId id);
    // Asks for confirmation, then deletes. Returns whether the user confirmed.
    bool deleteConnector(const ServiceRef &ref, ConnectorId id);
    // The question deleteConnector() asks: the connector's name and who uses it.
    QString deleteQuestion(const ServiceRef &ref, ConnectorId id) const;

    // The dialog currently open, if any.
    QWidget *openDialog() const { return m_dialog; }

    static bool askWithMessageBox(QWidget *parent, const QString &title, const QString &text,
                                  const QString &confirmLabel);

Q_SIGNALS:
    // Something failed after its dialog was gone: for the window's notification bar.
    void errorOccurred(const QString &text);
    // A change went through although its answer was lost (read back): for the notification bar.
    void noticeOccurred(const QString &text);
    // Short news for the status bar.
    void statusMessage(const QString &text);

private:
    void show(QWidget *dialog);

    Workspace *m_workspace;
    QWidget *m_window;
    ConfirmFunction m_confirm;
    QPointer<QWidget> m_dialog;
};
