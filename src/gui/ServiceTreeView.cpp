#include "ServiceTreeView.h"

#include "Icons.h"
#include "ServiceTreeModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

ServiceTreeView::ServiceTreeView(ServiceTreeModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setObjectName(u"serviceTree"_s);
    setModel(model);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setExpandsOnDoubleClick(false);
    setIndentation(14);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDragDropOverwriteMode(true); // onto rows, never between them
    setDefaultDropAction(Qt::MoveAction);
    using Column = ServiceTreeModel::Column;
    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(36);
    columns->setSectionResizeMode(int(Column::Name), QHeaderView::Stretch);
    // At least what each title needs in the current language.
    const auto resize = [columns](Column column, int width) {
        columns->resizeSection(int(column), std::max(width, columns->sectionSizeHint(int(column))));
    };
    resize(Column::Details, 185);
    resize(Column::Tls, 36);
    resize(Column::Auth, 40);
    resize(Column::State, 62);
    resize(Column::Accounts, 68);
    connect(this, &QTreeView::activated, this, &ServiceTreeView::onActivated);
    connect(this, &QWidget::customContextMenuRequested, this, &ServiceTreeView::showContextMenu);
}

void ServiceTreeView::onActivated(const QModelIndex &index)
{
    switch (m_model->kind(index)) {
    case NodeKind::Error:
        m_model->retry(index);
        break;
    case NodeKind::Connector:
        Q_EMIT editRequested();
        break;
    default:
        setExpanded(index.siblingAtColumn(0), !isExpanded(index.siblingAtColumn(0)));
        break;
    }
}

void ServiceTreeView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = indexAt(position);
    if (!index.isValid())
        return;
    // Right-clicking inside a selection keeps it (the menu acts on every selected account).
    if (selectionModel()->isSelected(index))
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else
        setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex target(index.siblingAtColumn(0));
    switch (m_model->kind(index)) {
    case NodeKind::Error:
        menu->addAction(Icons::get(u"refresh"_s), tr("&Retry"), this,
                        [this, target] { m_model->retry(target); });
        menu->addAction(Icons::get(u"copy"_s), tr("&Copy Message"), this, [target] {
            QApplication::clipboard()->setText(target.data(roleId(Role::ErrorText)).toString());
        });
        break;
    case NodeKind::Connector:
        menu->addActions(m_connectorActions);
        break;
    case NodeKind::Loading:
    case NodeKind::Organization:
        break;
    default:
        menu->addActions(m_serviceActions);
        break;
    }
    if (m_menuExtender)
        m_menuExtender(menu, target);
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addActions(m_commonActions);
    menu->popup(viewport()->mapToGlobal(position));
}

void ServiceTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    // Only the row under the cursor counts: Qt would read a drop on an account as one between
    // the rows of its connector.
    const QModelIndex target = indexAt(event->position().toPoint());
    const QString hint = m_model->dropRefusal(event->mimeData(), target);
    if (!hint.isEmpty())
        event->ignore();
    if (hint != m_lastHint) {
        m_lastHint = hint;
        Q_EMIT dropHint(hint);
    }
}

void ServiceTreeView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QTreeView::dragLeaveEvent(event);
    // The last refusal stays shown: released over a refusing row, the drag ends with a leave.
    m_lastHint.clear();
}

void ServiceTreeView::dropEvent(QDropEvent *event)
{
    const QModelIndex target = indexAt(event->position().toPoint());
    const QString refusal = m_model->dropRefusal(event->mimeData(), target);
    if (refusal.isEmpty()) {
        QTreeView::dropEvent(event);
    } else {
        event->ignore();
        setState(NoState);
        viewport()->update();
    }
    m_lastHint.clear();
    // A refused drop says why, where the drag hints were shown.
    Q_EMIT dropHint(refusal);
}
