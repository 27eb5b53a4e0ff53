#include "AccountTableModel.h"

#include "AccountMoveMimeData.h"
#include "DisplayText.h"
#include "ServiceStore.h"

#include <QFont>
#include <QMimeData>

using namespace Qt::StringLiterals;

AccountTableModel::AccountTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AccountTableModel::~AccountTableModel() = default;

void AccountTableModel::setStore(ServiceStore *store)
{
    if (store == m_store)
        return;
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_emails = store ? store->accountEmails() : QStringList();
    m_rows.clear();
    reindexFrom(0);
    recomputeSearchText();
    if (store) {
        connect(store, &ServiceStore::accountsInserted, this,
                &AccountTableModel::onAccountsInserted);
        connect(store, &ServiceStore::accountChanged, this, &AccountTableModel::onAccountChanged);
        connect(store, &ServiceStore::accountRemoved, this, &AccountTableModel::onAccountRemoved);
        connect(store, &ServiceStore::connectorChanged, this,
                &AccountTableModel::connectorColumnChanged);
        connect(store, &ServiceStore::connectorRemoved, this,
                &AccountTableModel::connectorColumnChanged);
        connect(store, &ServiceStore::connectorsInserted, this,
                &AccountTableModel::connectorColumnChanged);
        connect(store, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_store = nullptr;
            m_emails.clear();
            m_rows.clear();
            m_search.clear();
            endResetModel();
        });
    }
    endResetModel();
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_emails.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::emailAt(int row) const
{
    return m_emails.value(row);
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_store)
        return {};
    if (role == roleId(Role::SearchText))
        return m_search.value(index.row());
    const Account *account = m_store->account(m_emails.at(index.row()));
    if (!account)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::ToolTipRole:
        return DisplayText::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (column) {
        case Column::Email:
            return account->primaryEmailAddress;
        case Column::DisplayName:
            return account->displayName;
        case Column::Licence:
            return DisplayText::licence(account->accountLicense);
        case Column::State:
            return DisplayText::objectState(account->state);
        case Column::Connector:
            if (m_store->isPending(account->primaryEmailAddress))
                //: The account's send connector is being changed.
                return tr("moving…");
            if (!m_store->hasConnector(account->sendConnectorId))
                return DisplayText::platformServerShort();
            return m_store->connectorName(account->sendConnectorId);
        }
        return {};
    case Qt::FontRole:
        if (m_store->isPending(account->primaryEmailAddress)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (!m_icons)
            return {};
        if (column == Column::Email)
            return m_icons(u"account"_s);
        if (column == Column::Connector)
            return m_icons(account->usesConnector() ? u"connector"_s : u"platform"_s);
        return {};
    default:
        break;
    }
    switch (Role(role)) {
    case Role::Email:
        return account->primaryEmailAddress;
    case Role::ConnectorId:
        return account->sendConnectorId.value();
    case Role::ServiceRef:
        return QVariant::fromValue(m_store->ref());
    case Role::Pending:
        return m_store->isPending(account->primaryEmailAddress);
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Email:
        return tr("Email address");
    case Column::DisplayName:
        return tr("Display name");
    case Column::Licence:
        //: Exchange licence of the account (basic, standard, enterprise).
        return tr("Licence");
    case Column::State:
        return tr("State");
    case Column::Connector:
        //: The send connector the account sends through (or the platform's server).
        return tr("Sends through");
    }
    return {};
}

Qt::ItemFlags AccountTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions AccountTableModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::LinkAction;
}

QStringList AccountTableModel::mimeTypes() const
{
    return {QString::fromLatin1(AccountMoveMimeData::AccountsType)};
}

QMimeData *AccountTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_store)
        return nullptr;
    AccountMoveMimeData::Accounts accounts;
    accounts.ref = m_store->ref();
    for (const QModelIndex &index : indexes)
        if (index.isValid() && !accounts.emails.contains(emailAt(index.row())))
            accounts.emails << emailAt(index.row());
    return accounts.emails.isEmpty() ? nullptr : AccountMoveMimeData::encode(accounts);
}

QString AccountTableModel::searchText(const QString &email) const
{
    QStringList columns;
    for (int column = 0; column < ColumnCount; ++column)
        columns << data(index(rowOf(email), column)).toString();
    return columns.join(u'\n');
}

void AccountTableModel::recomputeSearchText()
{
    m_search.clear();
    m_search.reserve(m_emails.size());
    for (const QString &email : std::as_const(m_emails))
        m_search << searchText(email);
}

void AccountTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_emails.size(); ++i)
        m_rows.insert(m_emails.at(i), i);
}

void AccountTableModel::onAccountsInserted(const QStringList &emails)
{
    const int first = int(m_emails.size());
    beginInsertRows({}, first, first + int(emails.size()) - 1);
    m_emails << emails;
    reindexFrom(first);
    for (const QString &email : emails)
        m_search << searchText(email);
    endInsertRows();
}

void AccountTableModel::onAccountChanged(const QString &email)
{
    const int row = rowOf(email);
    if (row < 0)
        return;
    m_search[row] = searchText(email);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AccountTableModel::onAccountRemoved(const QString &email)
{
    const int row = rowOf(email);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_emails.removeAt(row);
    m_search.removeAt(row);
    m_rows.remove(email);
    reindexFrom(row);
    endRemoveRows();
}

void AccountTableModel::connectorColumnChanged()
{
    if (m_emails.isEmpty())
        return;
    recomputeSearchText();
    const int column = int(Column::Connector);
    Q_EMIT dataChanged(index(0, column), index(int(m_emails.size()) - 1, column));
}
