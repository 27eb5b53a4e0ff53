#include "ConnectorChooser.h"

#include "DisplayText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace {
constexpr int HostRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
} // namespace

ConnectorChooser::ConnectorChooser(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_aliases(new QLineEdit(this))
{
    m_combo->setObjectName(u"connectorCombo"_s);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_combo->lineEdit()->setPlaceholderText(tr("A connector, or a relay host to check"));
    m_combo->setAccessibleName(tr("Send connector to check"));
    m_combo->setToolTip(tr("The send connector (or relay host) the message should have gone "
                           "through. Follows the connector selected in the tree."));
    m_aliases->setObjectName(u"connectorAliases"_s);
    m_aliases->setPlaceholderText(tr("Other names or IPs of the relay, comma separated"));
    m_aliases->setAccessibleName(tr("Other names of the relay"));
    m_aliases->setToolTip(tr("Host names, domains or IP addresses the relay provider also "
                             "uses (e.g. the hosts it hands the message to)"));
    m_aliases->setClearButtonEnabled(true);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    //: Label of the connector chooser in the header viewer
    layout->addRow(tr("Co&nnector:"), m_combo);
    //: Label of the field for other names of the relay
    layout->addRow(tr("Also &known as:"), m_aliases);

    setConnectors({});
    connect(m_combo, &QComboBox::currentTextChanged, this, &ConnectorChooser::emitIfChanged);
    connect(m_aliases, &QLineEdit::textChanged, this, &ConnectorChooser::emitIfChanged);
}

void ConnectorChooser::setConnectors(const QList<SendConnector> &connectors)
{
    const QString previousText = m_combo->currentText();
    const int previousItem = itemOfText(previousText);
    const bool typed = m_combo->count() > 0 && previousItem < 0;
    const qint64 previousId =
        previousItem > 0 ? m_combo->itemData(previousItem, IdRole).toLongLong() : 0;
    const QString previousHost = host();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        //: First entry of the connector chooser: analyse the route without a verdict
        m_combo->addItem(tr("No connector (route only)"));
        for (const SendConnector &connector : connectors) {
            const QString name = connector.displayName.trimmed();
            const QString text = name.isEmpty() || name == connector.smartHost
                                     ? connector.smartHost
                                     //: A connector in the chooser: %1 its name, %2 its host
                                     : tr("%1 (%2)").arg(name, connector.smartHost);
            m_combo->addItem(text);
            const int item = m_combo->count() - 1;
            m_combo->setItemData(item, connector.smartHost, HostRole);
            m_combo->setItemData(item, connector.id.value(), IdRole);
            m_combo->setItemData(item, name, NameRole);
            m_combo->setItemData(item, DisplayText::toolTip(text), Qt::ToolTipRole);
        }
        // The same connector (even with a new host), else one with the same host.
        int same = previousId != 0 ? m_combo->findData(previousId, IdRole) : -1;
        if (same < 0)
            same = itemOfHost(previousHost);
        if (typed && !previousText.trimmed().isEmpty()) {
            m_combo->setCurrentIndex(-1);
            m_combo->setEditText(previousText);
        } else {
            m_combo->setCurrentIndex(same >= 0 ? same : 0);
        }
    }
    emitIfChanged();
}

void ConnectorChooser::setCurrentConnector(ConnectorId id)
{
    if (id.isNull())
        return;
    for (int item = 1; item < m_combo->count(); ++item) {
        if (m_combo->itemData(item, IdRole).toLongLong() == id.value()) {
            m_combo->setCurrentIndex(item);
            m_combo->setEditText(m_combo->itemText(item));
            return;
        }
    }
}

void ConnectorChooser::setCurrentHost(const QString &host)
{
    const int item = itemOfHost(host.trimmed());
    if (host.trimmed().isEmpty()) {
        m_combo->setCurrentIndex(0);
        m_combo->setEditText(m_combo->itemText(0));
    } else if (item >= 0) {
        m_combo->setCurrentIndex(item);
        m_combo->setEditText(m_combo->itemText(item));
    } else {
        m_combo->setEditText(host.trimmed());
    }
}

void ConnectorChooser::setAliases(const QStringList &aliases)
{
    m_aliases->setText(aliases.join(u", "_s));
}

int ConnectorChooser::itemOfText(const QString &text) const
{
    const QString wanted = text.trimmed();
    for (int item = 0; item < m_combo->count(); ++item) {
        if (m_combo->itemText(item) == wanted)
            return item;
    }
    return -1;
}

int ConnectorChooser::itemOfHost(const QString &host) const
{
    if (host.isEmpty())
        return -1;
    for (int item = 1; item < m_combo->count(); ++item) {
        if (m_combo->itemData(item, HostRole).toString().compare(host, Qt::CaseInsensitive) == 0)
            return item;
    }
    return -1;
}

QString ConnectorChooser::host() const
{
    const QString text = m_combo->currentText().trimmed();
    const int item = itemOfText(text);
    if (item >= 0)
        return m_combo->itemData(item, HostRole).toString();
    // "name (host)" edited by hand: the host is in the parentheses.
    static const QRegularExpression inParentheses(u"\\(([^()\\s]+)\\)$"_s);
    const QRegularExpressionMatch match = inParentheses.match(text);
    return match.hasMatch() ? match.captured(1) : text;
}

QString ConnectorChooser::connectorName() const
{
    const int item = itemOfText(m_combo->currentText());
    return item > 0 ? m_combo->itemData(item, NameRole).toString() : QString();
}

QStringList ConnectorChooser::aliases() const
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return m_aliases->text().split(separators, Qt::SkipEmptyParts);
}

RelayConnector ConnectorChooser::relayConnector() const
{
    RelayConnector connector;
    connector.smartHost = host();
    if (!connector.smartHost.isEmpty())
        connector.aliases = aliases();
    return connector;
}

void ConnectorChooser::emitIfChanged()
{
    const RelayConnector now = relayConnector();
    const QString name = connectorName();
    if (now.smartHost == m_last.smartHost && now.aliases == m_last.aliases && name == m_lastName)
        return;
    m_last = now;
    m_lastName = name;
    Q_EMIT changed();
}
