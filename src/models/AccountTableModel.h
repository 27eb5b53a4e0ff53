#pragma once

#include "ModelTypes.h"
#include "StrongId.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class ServiceStore;

// The accounts of one service, one row each: email, display name, licence, state and the
// connector it sends through. Follows its ServiceStore row by row (accounts arrive in
// batches, so a paged loader inserts thousands of rows in a few steps). Showing another
// service resets the model; a change inside the service never does. Role::SearchText gives
// a row's text in all columns at once, computed when the row changes, so that a filter over
// 10,000 rows does not compute every column of every row again.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Email, DisplayName, Licence, State, Connector };
    static constexpr int ColumnCount = 5;

    explicit AccountTableModel(QObject *parent = nullptr);
    ~AccountTableModel() override;

    void setStore(ServiceStore *store);
    ServiceStore *store() const { return m_store; }
    void setIconProvider(IconProvider provider) { m_icons = std::move(provider); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Rows drag as AccountMoveMimeData (onto the service tree's connectors).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    QString emailAt(int row) const;
    int rowOf(const QString &email) const { return m_rows.value(email, -1); }

private:
    void onAccountsInserted(const QStringList &emails);
    void onAccountChanged(const QString &email);
    void onAccountRemoved(const QString &email);
    void connectorColumnChanged();
    void reindexFrom(int row);
    QString searchText(const QString &email) const;
    void recomputeSearchText();

    ServiceStore *m_store = nullptr;
    QStringList m_emails;
    QHash<QString, int> m_rows;
    QStringList m_search; // Role::SearchText of each row
    IconProvider m_icons;
};
