#pragma once

#include "StrongId.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class ProbePanel;
class ServiceStore;

// Every field of the selected send connector (including its dates and pending task), with
// buttons for the connector actions. Follows the store: an edited connector shows its new
// values without being selected again.
class ConnectorDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectorDetailsPanel(QWidget *parent = nullptr);

    // The actions offered under the details (edit, change authentication, delete).
    void setActions(const QList<QAction *> &actions);
    void showConnector(ServiceStore *store, ConnectorId id);
    // Nothing selected: a hint, with the service's warning when it is not Private/Trusted.
    void showPlaceholder(ServiceStore *store = nullptr);

    ConnectorId connectorId() const { return m_id; }
    ProbePanel *probePanel() const { return m_probe; }
    // The text of a value, by its object name (e.g. "smartHostValue"), for tests.
    QString fieldText(const QString &objectName) const;

private:
    void refresh();
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &name);

    QPointer<ServiceStore> m_store;
    ConnectorId m_id;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_smartHost;
    QLabel *m_state;
    QLabel *m_tls;
    QLabel *m_auth;
    QLabel *m_maxSize;
    QLabel *m_accounts;
    QLabel *m_pendingTask;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_idValue;
    QHBoxLayout *m_buttons;
    ProbePanel *m_probe = nullptr;
};
