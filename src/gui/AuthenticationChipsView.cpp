#include "AuthenticationChipsView.h"

#include "AuthenticationChipDelegate.h"

#include <algorithm>

AuthenticationChipsView::AuthenticationChipsView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new AuthenticationChipDelegate(this));
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QPalette transparent = palette();
    transparent.setColor(QPalette::Base, Qt::transparent);
    setPalette(transparent);
    viewport()->setAutoFillBackground(false);
}

int AuthenticationChipsView::contentHeight() const
{
    const int rows = std::max(contentsSize().height(), fontMetrics().height() + 12);
    return rows + 2 * frameWidth();
}

QSize AuthenticationChipsView::sizeHint() const
{
    return QSize(QListView::sizeHint().width(), contentHeight());
}

QSize AuthenticationChipsView::minimumSizeHint() const
{
    return QSize(80, contentHeight());
}

void AuthenticationChipsView::updateGeometries()
{
    QListView::updateGeometries();
    // After each layout: as tall as the wrapped chips, so that none is cut off.
    const int height = contentHeight();
    if (height != this->height())
        setFixedHeight(height);
}
