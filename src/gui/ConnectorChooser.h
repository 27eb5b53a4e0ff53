#pragma once

#include "RelayConnector.h"
#include "SendConnector.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

// Which relay the header viewer checks the route against: one of the service's send
// connectors ("name (host)"), a typed host, or none; plus the other names the relay is known
// by (its provider often hands mail to differently named hosts).
class ConnectorChooser : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectorChooser(QWidget *parent = nullptr);

    // The choices. The current connector stays chosen while it is offered (even with a new
    // host), else one with the same host; a typed host is always kept.
    void setConnectors(const QList<SendConnector> &connectors);
    // Chooses a connector of the list; a null or unknown id leaves the choice alone.
    void setCurrentConnector(ConnectorId id);
    // Chooses the connector with this smartHost, or types the host.
    void setCurrentHost(const QString &host);
    void setAliases(const QStringList &aliases);

    QString host() const;          // empty when no connector is chosen
    QString connectorName() const; // the chosen connector's display name; empty when typed
    QStringList aliases() const;
    RelayConnector relayConnector() const;

    QComboBox *comboBox() const { return m_combo; }
    QLineEdit *aliasesEdit() const { return m_aliases; }

Q_SIGNALS:
    void changed();

private:
    int itemOfText(const QString &text) const;
    int itemOfHost(const QString &host) const;
    void emitIfChanged();

    QComboBox *m_combo;
    QLineEdit *m_aliases;
    RelayConnector m_last;
    QString m_lastName;
};
