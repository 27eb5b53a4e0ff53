#pragma once

#include <QStyledItemDelegate>

// Draws a hop's delay with a bar whose length is the delay's share of the total positive delay
// (HeaderRole::DelayShare), the duration on top. A negative delay (clock skew) has no share:
// no bar, and the model colours its text red.
class DelayBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DelayBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The bar's rectangle inside the cell's text area, or a null rectangle for no bar.
    static QRect barRect(const QRect &area, double share);
};
