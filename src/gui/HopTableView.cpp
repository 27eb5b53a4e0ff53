#include "HopTableView.h"

#include "DelayBarDelegate.h"
#include "HopTableModel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <algorithm>

using namespace Qt::StringLiterals;

HopTableView::HopTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"hopTable"_s);
    setAccessibleName(tr("Hops, oldest first"));
    setItemDelegateForColumn(int(HopTableModel::Column::Delay), new DelayBarDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // host names: keep both ends visible
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userResized = true;
    });
}

void HopTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_userResized = false;
        fitColumns();
    });
    fitColumns();
}

int HopTableView::availableWidth() const
{
    int available = width() - 2 * frameWidth();
    // The vertical scroll bar takes its room once the rows no longer fit.
    const int rows = horizontalHeader()->height() + verticalHeader()->length();
    if (rows > height() - 2 * frameWidth())
        available -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return available;
}

void HopTableView::fitColumns()
{
    if (!model() || model()->columnCount() != HopTableModel::ColumnCount)
        return;
    using Column = HopTableModel::Column;
    m_fitting = true;
    const int charWidth = fontMetrics().horizontalAdvance(u'x');
    auto natural = [this](Column column) {
        return std::max(sizeHintForColumn(int(column)),
                        horizontalHeader()->sectionSizeHint(int(column)));
    };
    // Number, time and delay always get what they need; the hosts come next, the protocol last.
    int core = 0;
    for (const Column column : {Column::Hop, Column::Time, Column::Delay}) {
        const int width = natural(column);
        setColumnWidth(int(column), width);
        core += width;
    }
    const int wantFrom = std::min(natural(Column::From), charWidth * 40);
    const int wantBy = std::min(natural(Column::By), charWidth * 40);
    const int wantWith = std::min(natural(Column::With), charWidth * 24);
    const int remaining = availableWidth() - core;
    int from = wantFrom;
    int by = wantBy;
    int with = wantWith;
    if (remaining >= wantFrom + wantBy + wantWith) {
        const int extra = remaining - wantFrom - wantBy - wantWith;
        from += extra / 2;
        by += extra - extra / 2;
    } else if (remaining >= wantFrom + wantBy + charWidth * 8) {
        with = remaining - wantFrom - wantBy;
    } else {
        // Narrow: the hosts share what is left (elided in the middle, whole in the tooltip);
        // the protocol scrolls into view.
        const int minimum = charWidth * 10;
        const double scale =
            double(std::max(remaining, 0)) / double(std::max(1, wantFrom + wantBy));
        from = std::max(std::min(minimum, wantFrom), int(wantFrom * scale));
        by = std::max(std::min(minimum, wantBy), int(wantBy * scale));
        with = std::min(wantWith, charWidth * 14);
    }
    setColumnWidth(int(Column::From), from);
    setColumnWidth(int(Column::By), by);
    setColumnWidth(int(Column::With), with);
    m_fitting = false;
}

void HopTableView::showHop(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, 0);
    setCurrentIndex(index);
    selectRow(row);
    scrollTo(index);
}

void HopTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (!m_userResized)
        fitColumns();
}
