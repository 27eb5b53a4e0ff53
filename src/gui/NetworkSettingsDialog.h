#pragma once

#include <QDialog>

class OvhClient;
class QSpinBox;

// Edit ▸ Network Settings: how many requests per second Smarthost sends to OVHcloud at most
// (a client-side fair-use limit; 0 turns it off) and after how long a call without a usable
// answer fails. Saved in QSettings and applied at once to the live client.
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NetworkSettingsDialog(OvhClient *client, QWidget *parent = nullptr);

    QSpinBox *rateBox() const { return m_rate; }
    QSpinBox *giveUpBox() const { return m_giveUp; }

    void accept() override;

private:
    OvhClient *m_client;
    QSpinBox *m_rate;
    QSpinBox *m_giveUp;
};
