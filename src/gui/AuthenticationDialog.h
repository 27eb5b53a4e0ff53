#pragma once

#include "ConnectorRequests.h"
#include "SendConnector.h"

#include <QDialog>
#include <memory>

class QPushButton;
namespace Ui {
class AuthenticationDialog;
}

// Changes how a connector logs in to its relay (changeAuthentication). The user and
// password are write-only in the API, so they are always entered again. Like
// ConnectorDialog, OK emits submitted() and the owner closes the dialog when the call went
// through.
class AuthenticationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuthenticationDialog(const SendConnector &connector, QWidget *parent = nullptr);
    ~AuthenticationDialog() override;

    const SendConnector &connector() const { return m_connector; }
    AuthenticationChange change() const;
    bool isValid() const;
    QString credentialsProblem() const;
    QString mechanismProblem() const;
    QPushButton *okButton() const;

    void setBusy(const QString &status);
    void showError(const QString &text);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void submitted();

private:
    void validate();
    AuthMechanism mechanism() const;

    std::unique_ptr<Ui::AuthenticationDialog> m_ui;
    SendConnector m_connector;
    bool m_touched = false;
    bool m_busy = false;
};
