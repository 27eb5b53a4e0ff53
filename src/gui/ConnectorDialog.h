#pragma once

#include "ConnectorRequests.h"
#include "SendConnector.h"

#include <QDialog>
#include <QSet>
#include <memory>

class ProbePanel;
class QPushButton;
class QSpinBox;
namespace Ui {
class ConnectorDialog;
}

// Creates or edits a send connector. Every field is checked as it is typed (ConnectorRules)
// and marked inline; OK stays disabled until the form is valid. In edit mode only display
// name, smart host, port, TLS and size can change (the API changes the authentication
// through its own call). Pressing OK emits submitted(): the owner sends the request, shows
// progress with setBusy() and closes the dialog with done() once it went through.
class ConnectorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit };
    enum class Field { DisplayName, SmartHost, Port, MaxSize, Credentials };

    explicit ConnectorDialog(Mode mode, QWidget *parent = nullptr);
    ~ConnectorDialog() override;

    Mode mode() const { return m_mode; }
    void setServiceName(const QString &name, bool supportsConnectors);
    // Edit mode: the connector as the API returned it.
    void setConnector(const SendConnector &connector);
    const SendConnector &original() const { return m_original; }

    NewConnector newConnector() const;
    SendConnector editedConnector() const;
    ConnectorChanges changes() const;

    bool isValid() const;
    QString problem(Field field) const;
    QPushButton *okButton() const;
    ProbePanel *probePanel() const { return m_probe; }

    // While the request or task runs: fields locked, progress shown.
    void setBusy(const QString &status);
    void setIdle();
    // A refusal from OVHcloud, inline and copyable.
    void showError(const QString &text);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void submitted();

private:
    void touch(Field field);
    void validate();
    void updateAuthentication();
    AuthMechanism mechanism() const;
    int spinValue(const QSpinBox *spin) const;

    std::unique_ptr<Ui::ConnectorDialog> m_ui;
    Mode m_mode;
    SendConnector m_original;
    QSet<Field> m_touched;
    bool m_busy = false;
    ProbePanel *m_probe = nullptr;
};
