#include "HistoryModel.h"

#include "DisplayText.h"
#include "HistoryStore.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &HistoryStore::entryAppended, this, [this](int row) {
        beginInsertRows({}, row, row);
        endInsertRows();
    });
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store->entries().size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEntry &entry = m_store->entries().at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::ForegroundRole && !entry.ok && column == Column::Result)
        return QBrush(QColor(0xc5, 0x22, 0x1f));
    if (role == Qt::ToolTipRole) {
        // Names and OVHcloud's messages are text: never rendered as markup in a tooltip.
        if (column == Column::Targets)
            return DisplayText::toolTip(entry.targets.join(u'\n'));
        return DisplayText::toolTip(data(index, Qt::DisplayRole).toString());
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Time:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case Column::Profile:
        return entry.profile;
    case Column::Service:
        return entry.service;
    case Column::Action:
        return HistoryEntry::actionText(entry.action);
    case Column::Targets:
        return entry.targets.join(u", ");
    case Column::Result:
        return entry.ok ? tr("OK") : entry.result;
    case Column::QueryId:
        return entry.queryId;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Profile:
        return tr("Profile");
    case Column::Service:
        return tr("Service");
    case Column::Action:
        //: Column of the change history: what was done (attach, detach, create…).
        return tr("What");
    case Column::Targets:
        return tr("Targets");
    case Column::Result:
        return tr("Result");
    case Column::QueryId:
        return tr("Query ID");
    }
    return {};
}
