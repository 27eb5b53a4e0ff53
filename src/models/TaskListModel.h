#pragma once

#include "ModelTypes.h"

#include <QAbstractTableModel>

class TaskTracker;

// The task list of a TaskTracker: function, target, status, started, finished.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Function, Target, Status, Started, Finished };
    static constexpr int ColumnCount = 5;

    explicit TaskListModel(TaskTracker *tracker, QObject *parent = nullptr);
    ~TaskListModel() override;

    void setIconProvider(IconProvider provider) { m_icons = std::move(provider); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TaskTracker *m_tracker;
    IconProvider m_icons;
};
