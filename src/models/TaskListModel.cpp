#include "TaskListModel.h"

#include "DisplayText.h"
#include "TaskTracker.h"

using namespace Qt::StringLiterals;

TaskListModel::TaskListModel(TaskTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
{
    connect(tracker, &TaskTracker::taskAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(tracker, &TaskTracker::taskAdded, this, [this] { endInsertRows(); });
    connect(tracker, &TaskTracker::taskChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(tracker, &TaskTracker::tasksAboutToBeForgotten, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(tracker, &TaskTracker::tasksForgotten, this, [this] { endRemoveRows(); });
}

TaskListModel::~TaskListModel() = default;

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_tracker->count();
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TrackedTask &t = m_tracker->at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Function:
            return t.task.function;
        case Column::Target:
            //: Task list: %1 is what the task works on, %2 the Exchange service.
            return tr("%1 on %2").arg(t.target, t.service.displayText());
        case Column::Status:
            if (t.error.isError())
                //: Task list: Smarthost could not follow the task (it may still run).
                return tr("Not followed");
            return DisplayText::taskStatus(t.task.status);
        case Column::Started:
            return DisplayText::dateTime(t.started);
        case Column::Finished:
            return t.running ? QString() : DisplayText::dateTime(t.finished);
        }
        return {};
    case Qt::ToolTipRole:
        if (t.error.isError())
            return DisplayText::toolTip(t.error.toText());
        //: Task list tooltip: %1 is OVHcloud's task id.
        return tr("OVHcloud task %1").arg(t.task.id.toString());
    case Qt::DecorationRole:
        if (column != Column::Status || !m_icons)
            return {};
        if (t.running)
            return m_icons(u"task-running"_s);
        return m_icons(t.task.status == TaskStatus::Done && !t.error.isError() ? u"task-done"_s
                                                                               : u"task-failed"_s);
    default:
        break;
    }
    switch (Role(role)) {
    case Role::TaskId:
        return t.task.id.value();
    case Role::TaskStatus:
        return int(t.task.status);
    case Role::Running:
        return t.running;
    case Role::ServiceRef:
        return QVariant::fromValue(t.service);
    case Role::ErrorText:
        return t.error.isError() ? QVariant(t.error.toText()) : QVariant();
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Function:
        //: Task list column: the API's task function, e.g. addSendConnector.
        return tr("Function");
    case Column::Target:
        return tr("Target");
    case Column::Status:
        return tr("Status");
    case Column::Started:
        return tr("Started");
    case Column::Finished:
        return tr("Finished");
    }
    return {};
}
