#include "DelayBarDelegate.h"

#include "HeaderRoles.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

DelayBarDelegate::DelayBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QRect DelayBarDelegate::barRect(const QRect &area, double share)
{
    if (!(share > 0.0) || area.width() <= 0)
        return QRect();
    const int width = std::max(2, qRound(area.width() * std::min(share, 1.0)));
    return QRect(area.left(), area.top(), width, area.height());
}

void DelayBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    // Background, selection and focus as the style draws them, without the text.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QVariant share = index.data(roleId(HeaderRole::DelayShare));
    const QRect bar = barRect(area.adjusted(2, 4, -2, -4), share.isValid() ? share.toDouble() : 0);
    painter->save();
    if (!bar.isNull()) {
        QColor color = opt.palette.color(QPalette::Highlight);
        color.setAlpha(opt.state & QStyle::State_Selected ? 200 : 90);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(bar, 2, 2);
    }
    const bool selected = opt.state & QStyle::State_Selected;
    const QVariant foreground = index.data(Qt::ForegroundRole);
    QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (foreground.isValid() && !selected)
        textColor = foreground.value<QBrush>().color();
    painter->setPen(textColor);
    painter->setFont(opt.font);
    painter->drawText(area.adjusted(3, 0, -3, 0), int(opt.displayAlignment),
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width() - 6));
    painter->restore();
}

QSize DelayBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for a bar next to the longest durations ("1 h 59 min").
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(u'0') * 10));
    return size;
}
