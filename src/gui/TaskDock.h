#pragma once

#include <QDockWidget>

class QTreeView;
class TaskListModel;
class TaskTracker;

// The running and recent OVHcloud tasks: function, target, status, started, finished.
class TaskDock : public QDockWidget
{
    Q_OBJECT

public:
    TaskDock(TaskTracker *tracker, QWidget *parent = nullptr);

    TaskListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    TaskListModel *m_model;
    QTreeView *m_view;
};
