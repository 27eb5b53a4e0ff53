#pragma once

#include <QAbstractTableModel>

class HistoryStore;

// The change history as a table, newest last (as the file keeps it): time, profile, service,
// what, targets, result and OVHcloud's query id.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Time, Profile, Service, Action, Targets, Result, QueryId };
    static constexpr int ColumnCount = 7;

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    HistoryStore *m_store;
};
