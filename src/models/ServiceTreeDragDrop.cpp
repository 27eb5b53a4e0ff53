// Drag and drop of ServiceTreeModel: accounts onto connectors or the platform's server, a
// connector onto a domain. Identities travel in AccountMoveMimeData; AccountBinder acts.
#include "ServiceTreeModel.h"

#include "AccountBinder.h"
#include "AccountMoveMimeData.h"
#include "ServiceStore.h"
#include "ServiceTreeNode.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

Qt::DropActions ServiceTreeModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::LinkAction;
}

Qt::DropActions ServiceTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::LinkAction;
}

QStringList ServiceTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(AccountMoveMimeData::AccountsType),
            QString::fromLatin1(AccountMoveMimeData::ConnectorType)};
}

QMimeData *ServiceTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // Accounts of one service, or one connector; anything else is not dragged.
    AccountMoveMimeData::Accounts accounts;
    const ServiceTreeNode *connector = nullptr;
    for (const QModelIndex &index : indexes) {
        const ServiceTreeNode *node = nodeFor(index);
        if (!index.isValid())
            return nullptr;
        if (node->kind() == NodeKind::Connector) {
            if (connector && connector != node)
                return nullptr;
            connector = node;
            continue;
        }
        if (node->kind() != NodeKind::Account)
            return nullptr;
        const ServiceRef ref = node->store()->ref();
        if (accounts.ref.isValid() && accounts.ref != ref)
            return nullptr;
        accounts.ref = ref;
        if (!accounts.emails.contains(node->key()))
            accounts.emails << node->key();
    }
    if (connector && accounts.emails.isEmpty())
        return AccountMoveMimeData::encode(AccountMoveMimeData::Connector{
            AccountMoveMimeData::Version, connector->store()->ref(), connector->connectorId()});
    if (connector || accounts.emails.isEmpty())
        return nullptr;
    return AccountMoveMimeData::encode(accounts);
}

QString ServiceTreeModel::dropRefusal(const QMimeData *data, const QModelIndex &target) const
{
    if (!m_binder)
        return tr("Changes are not possible here.");
    const ServiceTreeNode *node = target.isValid() ? nodeFor(target) : nullptr;
    const auto accounts = AccountMoveMimeData::accounts(data);
    const auto connector = AccountMoveMimeData::connector(data);
    if (!accounts && !connector)
        return tr("Only accounts and send connectors can be dropped here.");
    const int version = accounts ? accounts->version : connector->version;
    if (version != AccountMoveMimeData::Version)
        return tr("This was dragged from another version of Smarthost: drag it again from this "
                  "window.");
    const ServiceRef ref = accounts ? accounts->ref : connector->ref;
    if (accounts) {
        if (!node ||
            (node->kind() != NodeKind::Connector && node->kind() != NodeKind::PlatformGroup))
            return tr("Drop accounts onto a send connector, or onto “Platform outgoing server” to "
                      "detach them.");
        if (node->store()->ref() != ref)
            //: %1 is the service the dragged accounts belong to.
            return tr("These accounts belong to %1: they can only use that service's connectors.")
                .arg(ref.displayText());
        return m_binder->attachRefusal(ref, accounts->emails, node->connectorId());
    }
    if (!node || node->kind() != NodeKind::Domain)
        return tr("Drop a connector onto a domain to make it the default for the domain's new "
                  "accounts.");
    if (node->store()->ref() != ref)
        return tr("This connector belongs to %1: only that service's domains can use it.")
            .arg(ref.displayText());
    return m_binder->defaultRefusal(ref, node->key(), connector->id);
}

bool ServiceTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                       const QModelIndex &parent) const
{
    // Between two rows means onto their parent (accounts between accounts of a connector).
    Q_UNUSED(row)
    return dropRefusal(data, parent.siblingAtColumn(0)).isEmpty();
}

bool ServiceTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const ServiceTreeNode *node = nodeFor(parent.siblingAtColumn(0));
    if (const auto accounts = AccountMoveMimeData::accounts(data)) {
        m_binder->attach(accounts->ref, accounts->emails, node->connectorId());
        return true;
    }
    const auto connector = AccountMoveMimeData::connector(data);
    m_binder->setDomainDefault(connector->ref, node->key(), connector->id);
    return true;
}
