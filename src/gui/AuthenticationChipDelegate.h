#pragma once

#include <QStyledItemDelegate>

// Draws an authentication result (AuthenticationChipsModel) as a rounded chip: green for
// pass, red for fail, grey otherwise.
class AuthenticationChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AuthenticationChipDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Colors
    {
        QColor background;
        QColor border;
        QColor text;
    };
    static Colors colorsOf(const QModelIndex &index);
};
