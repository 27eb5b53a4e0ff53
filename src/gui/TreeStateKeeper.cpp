#include "TreeStateKeeper.h"

#include "ModelTypes.h"

#include <QItemSelectionModel>
#include <QTreeView>

TreeStateKeeper::TreeStateKeeper(QTreeView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    connect(view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        const QString key = index.data(roleId(Role::NodeKey)).toString();
        if (!key.isEmpty())
            m_expanded.insert(key);
    });
    connect(view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_expanded.remove(index.data(roleId(Role::NodeKey)).toString());
    });
    connect(view->model(), &QAbstractItemModel::rowsInserted, this,
            &TreeStateKeeper::onRowsInserted);
}

QStringList TreeStateKeeper::expandedKeys() const
{
    QStringList keys(m_expanded.begin(), m_expanded.end());
    keys.sort();
    return keys;
}

void TreeStateKeeper::setExpandedKeys(const QStringList &keys)
{
    m_expanded = QSet<QString>(keys.begin(), keys.end());
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        visit(model->index(row, 0));
}

void TreeStateKeeper::selectWhenAvailable(const QString &key)
{
    m_pendingSelection = key;
    const QModelIndex index = find({}, key);
    if (index.isValid())
        select(index);
}

void TreeStateKeeper::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    const QAbstractItemModel *model = m_view->model();
    for (int row = first; row <= last; ++row)
        visit(model->index(row, 0, parent));
}

void TreeStateKeeper::visit(const QModelIndex &index)
{
    const QString key = index.data(roleId(Role::NodeKey)).toString();
    if (key.isEmpty())
        return;
    if (!m_pendingSelection.isEmpty() && key == m_pendingSelection)
        select(index);
    if (!m_expanded.contains(key))
        return;
    m_view->expand(index);
    QAbstractItemModel *model = m_view->model();
    if (model->canFetchMore(index))
        model->fetchMore(index); // a lazy node starts loading now
    for (int row = 0; row < model->rowCount(index); ++row)
        visit(model->index(row, 0, index));
}

bool TreeStateKeeper::select(const QModelIndex &index)
{
    m_pendingSelection.clear();
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QModelIndex TreeStateKeeper::find(const QModelIndex &parent, const QString &key) const
{
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(roleId(Role::NodeKey)).toString() == key)
            return index;
        if (model->rowCount(index) > 0)
            if (const QModelIndex found = find(index, key); found.isValid())
                return found;
    }
    return {};
}
