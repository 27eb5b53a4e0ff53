#include "NetworkSettingsDialog.h"

#include "NetworkSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NetworkSettingsDialog::NetworkSettingsDialog(OvhClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_rate(new QSpinBox(this))
    , m_giveUp(new QSpinBox(this))
{
    setObjectName(u"networkSettingsDialog"_s);
    setWindowTitle(tr("Network Settings"));

    auto *layout = new QVBoxLayout(this);
    auto *explanation =
        new QLabel(tr("Smarthost reads large services with many requests. To stay within "
                      "OVHcloud's fair use, it sends at most this many requests per second, "
                      "retries included. 0 turns the limit off."),
                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_rate->setObjectName(u"rateLimitBox"_s);
    m_rate->setRange(0, NetworkSettings::MaxRequestsPerSecond);
    //: Shown in the rate limit spin box when the value is 0.
    m_rate->setSpecialValueText(tr("Off"));
    //: Unit after the rate limit value, with its leading space.
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setValue(NetworkSettings::requestsPerSecond());
    m_giveUp->setObjectName(u"giveUpBox"_s);
    m_giveUp->setRange(NetworkSettings::MinGiveUpSeconds, NetworkSettings::MaxGiveUpSeconds);
    //: Unit after the number of seconds, with its leading space.
    m_giveUp->setSuffix(tr(" s"));
    m_giveUp->setValue(NetworkSettings::giveUpSeconds());
    m_giveUp->setToolTip(tr("A call that gets no usable answer in this time fails with a "
                            "message, timeouts and retries included."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Rate limit:"), m_rate);
    form->addRow(tr("&Give up after:"), m_giveUp);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                m_rate->setValue(NetworkSettings::DefaultRequestsPerSecond);
                m_giveUp->setValue(NetworkSettings::DefaultGiveUpSeconds);
            });
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void NetworkSettingsDialog::accept()
{
    NetworkSettings::setRequestsPerSecond(m_rate->value());
    NetworkSettings::setGiveUpSeconds(m_giveUp->value());
    NetworkSettings::applyTo(m_client);
    QDialog::accept();
}
