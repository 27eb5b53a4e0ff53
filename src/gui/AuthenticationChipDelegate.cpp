#include "AuthenticationChipDelegate.h"

#include "AuthenticationChipsModel.h"
#include "HeaderRoles.h"

#include <QPainter>

namespace {
constexpr int HorizontalPadding = 10;
constexpr int VerticalPadding = 3;
} // namespace

AuthenticationChipDelegate::AuthenticationChipDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

AuthenticationChipDelegate::Colors AuthenticationChipDelegate::colorsOf(const QModelIndex &index)
{
    using Tone = AuthenticationChipsModel::Tone;
    switch (Tone(index.data(roleId(HeaderRole::AuthTone)).toInt())) {
    case Tone::Pass:
        return {QColor(0xdc, 0xfc, 0xe7), QColor(0x16, 0xa3, 0x4a), QColor(0x14, 0x53, 0x2d)};
    case Tone::Fail:
        return {QColor(0xfe, 0xe2, 0xe2), QColor(0xdc, 0x26, 0x26), QColor(0x7f, 0x1d, 0x1d)};
    case Tone::Neutral:
        break;
    }
    return {QColor(0xf1, 0xf5, 0xf9), QColor(0x94, 0xa3, 0xb8), QColor(0x33, 0x41, 0x55)};
}

void AuthenticationChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const Colors colors = colorsOf(index);
    const QRectF chip = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(colors.border);
    border.setWidthF(option.state & QStyle::State_HasFocus ? 2.0 : 1.0);
    painter->setPen(border);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(colors.text);
    painter->drawText(chip, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize AuthenticationChipDelegate::sizeHint(const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QString text = index.data(Qt::DisplayRole).toString();
    return QSize(metrics.horizontalAdvance(text) + 2 * HorizontalPadding + 4,
                 metrics.height() + 2 * VerticalPadding + 4);
}
