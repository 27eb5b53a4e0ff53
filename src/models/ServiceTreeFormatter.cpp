#include "ServiceTreeFormatter.h"

#include "DisplayText.h"
#include "ServiceCatalog.h"
#include "ServiceStore.h"
#include "ServiceTreeNode.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

ServiceTreeFormatter::ServiceTreeFormatter(const ServiceCatalog *catalog)
    : m_catalog(catalog)
{}

QVariant ServiceTreeFormatter::data(const ServiceTreeNode *node, int column, int role) const
{
    const auto col = Column(column);
    switch (role) {
    case Qt::DisplayRole:
        return display(node, col);
    case Qt::DecorationRole:
        return decoration(node, col);
    case Qt::ToolTipRole:
        return toolTip(node, col);
    case Qt::TextAlignmentRole:
        if (col == Column::Accounts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (node->kind() == NodeKind::Loading || isPending(node)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (node->kind() == NodeKind::Error)
            return QBrush(QColor(0xc5, 0x22, 0x1f));
        if (node->kind() == NodeKind::Loading)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        return {};
    default:
        if (role > Qt::UserRole)
            return custom(node, Role(role));
        return {};
    }
}

QVariant ServiceTreeFormatter::display(const ServiceTreeNode *node, Column column) const
{
    const ServiceStore *store = node->store();
    switch (node->kind()) {
    case NodeKind::Root:
        return {};
    case NodeKind::Organization:
        return column == Column::Name ? QVariant(node->key()) : QVariant();
    case NodeKind::Service:
        if (column == Column::Name)
            return store->info().displayName.isEmpty() ? store->ref().service
                                                       : store->info().displayName;
        if (column == Column::Details)
            return DisplayText::offer(store->info().offer);
        if (column == Column::State)
            return DisplayText::objectState(store->info().state);
        return {};
    case NodeKind::ConnectorGroup:
        if (column == Column::Name)
            return tr("Send connectors");
        if (column == Column::Details)
            return tr("%n connector(s)", nullptr, int(store->connectorIds().size()));
        return {};
    case NodeKind::PlatformGroup:
        if (column == Column::Name)
            return DisplayText::platformServer();
        if (column == Column::Accounts)
            return store->accountCount(ConnectorId());
        return {};
    case NodeKind::DomainGroup:
        if (column == Column::Name)
            return tr("Domains");
        if (column == Column::Details)
            return tr("%n domain(s)", nullptr, int(store->domainNames().size()));
        return {};
    case NodeKind::Connector: {
        const SendConnector *c = store->connector(node->connectorId());
        if (!c)
            return {};
        switch (column) {
        case Column::Name:
            return c->displayName;
        case Column::Details:
            return DisplayText::hostAndPort(c->smartHost, c->port);
        case Column::State:
            return DisplayText::connectorState(c->state);
        case Column::Accounts:
            return store->accountCount(c->id);
        default:
            return {};
        }
    }
    case NodeKind::Account: {
        const Account *a = store->account(node->key());
        if (column == Column::Name)
            return node->key();
        if (!a)
            return {};
        if (column == Column::Details && store->isPending(a->primaryEmailAddress))
            //: Shown for an account whose attach or detach is on its way.
            return tr("changing connector…");
        if (column == Column::Details)
            return a->displayName;
        if (column == Column::State)
            return DisplayText::objectState(a->state);
        return {};
    }
    case NodeKind::Domain: {
        const Domain *d = store->domain(node->key());
        if (column == Column::Name)
            return node->key();
        if (!d)
            return {};
        if (column == Column::Details)
            //: %1 is the connector new accounts of the domain get, or the platform's server.
            return tr("New accounts: %1").arg(store->connectorName(d->sendConnectorIdDefault));
        if (column == Column::State)
            return DisplayText::objectState(d->state);
        return {};
    }
    case NodeKind::Loading:
        return column == Column::Name ? QVariant(tr("Loading…")) : QVariant();
    case NodeKind::Error:
        if (column == Column::Name)
            //: A row of the tree when reading from OVHcloud failed; %1 is OVHcloud's message.
            return tr("Could not load: %1").arg(errorText(node));
        return {};
    }
    return {};
}

bool ServiceTreeFormatter::isPending(const ServiceTreeNode *node)
{
    return node->kind() == NodeKind::Account && node->store()->isPending(node->key());
}

QString ServiceTreeFormatter::errorText(const ServiceTreeNode *node) const
{
    const ApiError &error = node->store() ? node->store()->loadError() : m_catalog->loadError();
    return error.toText();
}

QVariant ServiceTreeFormatter::decoration(const ServiceTreeNode *node, Column column) const
{
    if (column == Column::Name) {
        const QString name = iconName(node);
        return name.isEmpty() ? QVariant() : QVariant(icon(name));
    }
    if (node->kind() != NodeKind::Connector)
        return {};
    const SendConnector *c = node->store()->connector(node->connectorId());
    if (!c)
        return {};
    if (column == Column::Tls)
        return icon(c->requireTls ? u"tls-on"_s : u"tls-off"_s);
    if (column == Column::Auth)
        return icon(c->authMechanism == AuthMechanism::None ? u"auth-off"_s : u"auth-on"_s);
    return {};
}

QString ServiceTreeFormatter::iconName(const ServiceTreeNode *node) const
{
    switch (node->kind()) {
    case NodeKind::Root:
        return {};
    case NodeKind::Organization:
        return u"organization"_s;
    case NodeKind::Service:
        return node->store()->info().supportsConnectors() ? u"service"_s : u"service-warning"_s;
    case NodeKind::ConnectorGroup:
        return u"connectors"_s;
    case NodeKind::Connector: {
        const SendConnector *c = node->store()->connector(node->connectorId());
        const bool busy = c && (c->state != ConnectorState::Ok || !c->taskPendingId.isNull());
        return busy ? u"connector-busy"_s : u"connector"_s;
    }
    case NodeKind::PlatformGroup:
        return u"platform"_s;
    case NodeKind::DomainGroup:
        return u"domains"_s;
    case NodeKind::Account:
        return u"account"_s;
    case NodeKind::Domain:
        return u"domain"_s;
    case NodeKind::Loading:
        return u"loading"_s;
    case NodeKind::Error:
        return u"error"_s;
    }
    return {};
}

QIcon ServiceTreeFormatter::icon(const QString &name) const
{
    return m_icons ? m_icons(name) : QIcon();
}

QVariant ServiceTreeFormatter::toolTip(const ServiceTreeNode *node, Column column) const
{
    const ServiceStore *store = node->store();
    switch (node->kind()) {
    case NodeKind::Service: {
        QString text =
            u"<b>%1</b><br>%2<br>%3"_s.arg(display(node, Column::Name).toString().toHtmlEscaped(),
                                           store->ref().displayText().toHtmlEscaped(),
                                           //: %1 is the offer, e.g. "Private Exchange (dedicated)".
                                           tr("Offer: %1")
                                               .arg(DisplayText::offer(store->info().offer) +
                                                    u" ("_s + store->info().offer + u')'));
        if (!store->info().supportsConnectors())
            text += u"<p>"_s + DisplayText::unsupportedOfferWarning().toHtmlEscaped() + u"</p>"_s;
        return text;
    }
    case NodeKind::Connector: {
        const SendConnector *c = store->connector(node->connectorId());
        if (!c)
            return {};
        if (column == Column::Tls)
            return c->requireTls ? tr("TLS required") : tr("TLS not required");
        if (column == Column::Auth)
            return tr("Authentication: %1").arg(DisplayText::authMechanism(c->authMechanism));
        if (column == Column::Accounts)
            return tr("Used by %n account(s)", nullptr, store->accountCount(c->id));
        if (column == Column::State && !c->taskPendingId.isNull())
            return tr("Task %1 is pending").arg(c->taskPendingId.toString());
        return DisplayText::toolTip(DisplayText::hostAndPort(c->smartHost, c->port));
    }
    case NodeKind::PlatformGroup:
        return tr("Accounts without a send connector send through the Exchange platform's own "
                  "outgoing server.");
    case NodeKind::Error:
        return DisplayText::toolTip(
            tr("%1\n\nRetry from the context menu or with a double-click.").arg(errorText(node)));
    case NodeKind::Account:
        if (isPending(node))
            //: Tooltip of an account whose attach or detach is on its way.
            return tr("Changing its send connector…");
        return {};
    case NodeKind::Domain:
        return tr("The connector new accounts of this domain get. Existing accounts are not "
                  "changed. Drop a connector here to change it.");
    default:
        return {};
    }
}

QVariant ServiceTreeFormatter::custom(const ServiceTreeNode *node, Role role) const
{
    const ServiceStore *store = node->store();
    switch (role) {
    case Role::Kind:
        return int(node->kind());
    case Role::NodeKey:
        return nodeKey(node);
    case Role::ServiceRef:
        return store ? QVariant::fromValue(store->ref()) : QVariant();
    case Role::LoadState:
        if (node->kind() == NodeKind::Service)
            return int(store->loadState());
        if (node->kind() == NodeKind::Root)
            return int(m_catalog->loadState());
        return {};
    case Role::ErrorText:
        return node->kind() == NodeKind::Error ? QVariant(errorText(node)) : QVariant();
    case Role::QueryId:
        if (node->kind() != NodeKind::Error)
            return {};
        return store ? store->loadError().queryId : m_catalog->loadError().queryId;
    case Role::Email:
        return node->kind() == NodeKind::Account ? QVariant(node->key()) : QVariant();
    case Role::DomainName:
        return node->kind() == NodeKind::Domain ? QVariant(node->key()) : QVariant();
    case Role::Pending:
        return isPending(node);
    default:
        break;
    }
    if (node->kind() == NodeKind::Account) {
        const Account *a = store->account(node->key());
        if (a && role == Role::ConnectorId)
            return a->sendConnectorId.value();
        return {};
    }
    if (node->kind() == NodeKind::PlatformGroup && role == Role::AccountCount)
        return store->accountCount(ConnectorId());
    if (node->kind() != NodeKind::Connector)
        return {};
    const SendConnector *c = store->connector(node->connectorId());
    if (!c)
        return {};
    switch (role) {
    case Role::ConnectorId:
        return c->id.value();
    case Role::RequiresTls:
        return c->requireTls;
    case Role::AuthMechanism:
        return int(c->authMechanism);
    case Role::ConnectorState:
        return int(c->state);
    case Role::AccountCount:
        return store->accountCount(c->id);
    case Role::TaskId:
        return c->taskPendingId.value();
    default:
        return {};
    }
}

QVariant ServiceTreeFormatter::headerData(int section, int role) const
{
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Name:
            return tr("Name");
        case Column::Details:
            //: Tree column: the relay (host:port) of a connector, the offer of a service…
            return tr("Details");
        case Column::Tls:
            //: Narrow tree column header: whether the connector requires TLS.
            return tr("TLS");
        case Column::Auth:
            //: Narrow tree column header: whether the connector logs in to the relay.
            return tr("Auth");
        case Column::State:
            return tr("State");
        case Column::Accounts:
            //: Tree column header: number of accounts attached.
            return tr("Accounts");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Column::Tls)
            return tr("Whether the connector requires TLS to reach its relay");
        if (column == Column::Auth)
            return tr("How the connector authenticates to its relay");
        if (column == Column::Accounts)
            return tr("Accounts that send through the connector");
    }
    return {};
}

QString ServiceTreeFormatter::nodeKey(NodeKind kind, const ServiceRef &ref, const QString &name,
                                      ConnectorId id)
{
    const QString service = ref.organization + u'/' + ref.service;
    switch (kind) {
    case NodeKind::Root:
        return u"root"_s;
    case NodeKind::Organization:
        return u"org:"_s + ref.organization;
    case NodeKind::Service:
        return u"service:"_s + service;
    case NodeKind::ConnectorGroup:
        return u"connectors:"_s + service;
    case NodeKind::PlatformGroup:
        return u"platform:"_s + service;
    case NodeKind::DomainGroup:
        return u"domains:"_s + service;
    case NodeKind::Connector:
        return u"connector:"_s + service + u'#' + id.toString();
    case NodeKind::Account:
        return u"account:"_s + service + u'/' + name;
    case NodeKind::Domain:
        return u"domain:"_s + service + u'/' + name;
    case NodeKind::Loading:
    case NodeKind::Error:
        return QString(); // placeholders are never remembered
    }
    return {};
}

QString ServiceTreeFormatter::nodeKey(const ServiceTreeNode *node)
{
    if (node->kind() == NodeKind::Organization)
        return nodeKey(NodeKind::Organization, ServiceRef{node->key(), {}});
    const ServiceRef ref = node->store() ? node->store()->ref() : ServiceRef();
    return nodeKey(node->kind(), ref, node->key(), node->connectorId());
}
