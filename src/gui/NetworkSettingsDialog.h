#pragma once

#include <QDialog>

class OvhClient;
class QSpinBox;

// Settings ▸ Network: how many requests per second Smarthost sends to OVHcloud at most (a
// client-side fair-use limit; 0 turns it off). Saved in QSettings and applied at once to the
// live client.
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NetworkSettingsDialog(OvhClient *client, QWidget *parent = nullptr);

    QSpinBox *rateBox() const { return m_rate; }

    void accept() override;

private:
    OvhClient *m_client;
    QSpinBox *m_rate;
};
