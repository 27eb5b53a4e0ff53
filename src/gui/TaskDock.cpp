#include "TaskDock.h"

#include "Icons.h"
#include "TaskListModel.h"

#include <QHeaderView>
#include <QTreeView>

using namespace Qt::StringLiterals;

TaskDock::TaskDock(TaskTracker *tracker, QWidget *parent)
    : QDockWidget(tr("Tasks"), parent)
    , m_model(new TaskListModel(tracker, this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"tasksDock"_s);
    m_model->setIconProvider(Icons::provider());
    m_view->setObjectName(u"taskList"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // At least what each title needs in the current language.
    const int widths[] = {240, 320, 110, 150};
    for (int column = 0; column < 4; ++column)
        m_view->setColumnWidth(column,
                               std::max(widths[column], m_view->header()->sectionSizeHint(column)));
    setWidget(m_view);
    toggleViewAction()->setIcon(Icons::get(u"tasks"_s));
    connect(
        m_model, &QAbstractItemModel::rowsInserted, m_view,
        [this](const QModelIndex &, int, int last) { m_view->scrollTo(m_model->index(last, 0)); });
}
