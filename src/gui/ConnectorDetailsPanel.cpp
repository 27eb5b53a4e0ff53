#include "ConnectorDetailsPanel.h"

#include "DisplayText.h"
#include "Icons.h"
#include "ProbePanel.h"
#include "ServiceStore.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectorDetailsPanel::ConnectorDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_smartHost(new QLabel(this))
{
    setObjectName(u"connectorDetails"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder->setObjectName(u"detailsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(u"color: palette(placeholder-text); padding: 16px;"_s);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 8);
    auto *header = new QHBoxLayout;
    m_icon->setPixmap(Icons::get(u"connector"_s).pixmap(32, 32));
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title->setObjectName(u"displayNameValue"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Names and hosts come from the API: shown as text, never as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_smartHost->setTextFormat(Qt::PlainText);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_smartHost->setObjectName(u"smartHostValue"_s);
    m_smartHost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_smartHost->setStyleSheet(u"color: palette(placeholder-text);"_s);
    titles->addWidget(m_title);
    titles->addWidget(m_smartHost);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right}) {
        form->setLabelAlignment(Qt::AlignLeft);
        form->setHorizontalSpacing(12);
        form->setVerticalSpacing(5);
        columns->addLayout(form, 1);
    }
    m_state = addRow(left, tr("State:"), u"stateValue"_s);
    m_tls = addRow(left, tr("Require TLS:"), u"requireTlsValue"_s);
    m_auth = addRow(left, tr("Authentication:"), u"authenticationValue"_s);
    m_maxSize = addRow(left, tr("Maximum message size:"), u"maxSizeValue"_s);
    m_accounts = addRow(left, tr("Accounts using it:"), u"accountsValue"_s);
    m_created = addRow(right, tr("Created:"), u"createdValue"_s);
    m_updated = addRow(right, tr("Last updated:"), u"updatedValue"_s);
    m_pendingTask = addRow(right, tr("Pending task:"), u"pendingTaskValue"_s);
    m_idValue = addRow(right, tr("Connector id:"), u"idValue"_s);
    layout->addSpacing(6);
    layout->addLayout(columns);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    // "Test connection" against the connector's smart host, as saved at OVHcloud.
    m_probe = new ProbePanel(page);
    m_probe->setObjectName(u"detailsProbePanel"_s);
    layout->addWidget(m_probe);
    layout->addStretch(1);
    // Scrolls rather than forcing its width on the window when the pane is narrow.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    showPlaceholder();
}

QLabel *ConnectorDetailsPanel::addRow(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label, this);
    caption->setStyleSheet(u"color: palette(placeholder-text);"_s);
    // Longer captions (French, Italian…) and dates wrap rather than push the second column
    // out of a narrow pane.
    caption->setWordWrap(true);
    value->setWordWrap(true);
    form->addRow(caption, value);
    return value;
}

void ConnectorDetailsPanel::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_buttons->insertWidget(m_buttons->count() - 1, button);
    }
}

void ConnectorDetailsPanel::showConnector(ServiceStore *store, ConnectorId id)
{
    if (m_store != store) {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_store = store;
        const auto changed = [this](ConnectorId changedId) {
            if (changedId == m_id)
                refresh();
        };
        connect(store, &ServiceStore::connectorChanged, this, changed);
        connect(store, &ServiceStore::connectorRemoved, this, changed);
        connect(store, &ServiceStore::accountChanged, this, &ConnectorDetailsPanel::refresh);
        connect(store, &ServiceStore::accountsInserted, this, &ConnectorDetailsPanel::refresh);
    }
    if (m_id != id)
        m_probe->clear();
    m_id = id;
    refresh();
}

void ConnectorDetailsPanel::showPlaceholder(ServiceStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = nullptr;
    m_id = ConnectorId();
    m_probe->clear();
    QString text = tr("Select a send connector to see its details.");
    if (store && !store->info().supportsConnectors())
        text += u"\n\n"_s + DisplayText::unsupportedOfferWarning();
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(0);
}

void ConnectorDetailsPanel::refresh()
{
    const SendConnector *c = m_store ? m_store->connector(m_id) : nullptr;
    if (!c) {
        showPlaceholder();
        return;
    }
    m_title->setText(c->displayName);
    m_probe->setTarget(ProbePanel::requestFor(*c));
    m_smartHost->setText(DisplayText::hostAndPort(c->smartHost, c->port));
    const bool busy = c->state != ConnectorState::Ok || !c->taskPendingId.isNull();
    m_icon->setPixmap(Icons::get(busy ? u"connector-busy"_s : u"connector"_s).pixmap(32, 32));
    m_state->setText(DisplayText::connectorState(c->state));
    m_tls->setText(c->requireTls ? tr("Yes") : tr("No"));
    m_auth->setText(DisplayText::authMechanism(c->authMechanism));
    //: Maximum message size in megabytes.
    m_maxSize->setText(tr("%1 MB").arg(c->maxSendSizeMb));
    m_accounts->setText(QString::number(m_store->accountCount(c->id)));
    m_created->setText(DisplayText::dateTime(c->creationDate));
    m_updated->setText(DisplayText::dateTime(c->lastUpdateDate));
    m_pendingTask->setText(c->taskPendingId.isNull()
                               //: No OVHcloud task is pending on the connector.
                               ? tr("None")
                               : c->taskPendingId.toString());
    m_idValue->setText(c->id.toString());
    m_stack->setCurrentIndex(1);
}

QString ConnectorDetailsPanel::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}
