#pragma once

// Texts that do not fit their widget: labels, buttons, group box titles, tab bar tabs and
// header view sections narrower (or shorter) than their text needs, i.e. elided or cut.
// Each problem reads "objectName or class: text (what is wrong)".
#include <QAbstractButton>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionGroupBox>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTextDocument>
#include <QWidget>

namespace ClippingCheck {

inline QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

// What a label shows, without rich-text markup.
inline QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

inline void checkLabel(QLabel *label, QStringList *clipped)
{
    if (label->text().isEmpty())
        return;
    const QSize needed = label->wordWrap() ? QSize(label->minimumSizeHint().width(),
                                                   label->heightForWidth(label->width()))
                                           : label->sizeHint();
    // A wrapped label cannot break inside a word (a URL, a query id): it must fit.
    if (label->wordWrap()) {
        const QFontMetrics metrics(label->font());
        const int room = label->contentsRect().width() - 2 * label->margin() - label->indent();
        for (const QString &word :
             plainText(label).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            if (metrics.horizontalAdvance(word) > room)
                clipped->append(QStringLiteral("%1: \"%2\" is wider than %3")
                                    .arg(nameOf(label), word)
                                    .arg(room));
    }
    if (label->width() < needed.width() || label->height() < needed.height())
        clipped->append(QStringLiteral("%1: \"%2\" (%3x%4, needs %5x%6)")
                            .arg(nameOf(label), plainText(label).left(60))
                            .arg(label->width())
                            .arg(label->height())
                            .arg(needed.width())
                            .arg(needed.height()));
}

inline void checkButton(QAbstractButton *button, QStringList *clipped)
{
    if (button->text().isEmpty())
        return;
    const QSize needed = button->sizeHint();
    if (button->width() < needed.width() || button->height() < needed.height())
        clipped->append(QStringLiteral("%1: \"%2\" (%3x%4, needs %5x%6)")
                            .arg(nameOf(button), button->text())
                            .arg(button->width())
                            .arg(button->height())
                            .arg(needed.width())
                            .arg(needed.height()));
}

inline void checkGroupBox(QGroupBox *box, QStringList *clipped)
{
    if (box->title().isEmpty())
        return;
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.subControls = QStyle::SC_GroupBoxLabel | QStyle::SC_GroupBoxFrame;
    if (box->isCheckable())
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
    const QRect label =
        box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    const int needed = box->fontMetrics().horizontalAdvance(box->title().remove(u'&'));
    if (label.width() < needed || label.right() > box->width())
        clipped->append(QStringLiteral("%1: title \"%2\" (%3 px, needs %4)")
                            .arg(nameOf(box), box->title())
                            .arg(qMin(label.width(), box->width() - label.left()))
                            .arg(needed));
}

inline void checkTabBar(QTabBar *bar, QStringList *clipped)
{
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i) || bar->tabText(i).isEmpty())
            continue;
        // As QTabBar::tabSizeHint() counts: the text, the style's spacing, the icon.
        const QString text = bar->tabText(i).remove(u'&');
        int needed = bar->fontMetrics().horizontalAdvance(text) +
                     bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        if (!bar->tabIcon(i).isNull())
            needed += bar->iconSize().width() + 4;
        const QRect rect = bar->tabRect(i);
        const bool cut = rect.width() < needed || rect.right() >= bar->width() + 1;
        if (cut)
            clipped->append(QStringLiteral("%1: tab \"%2\" (%3 px, needs %4)")
                                .arg(nameOf(bar), bar->tabText(i))
                                .arg(rect.width())
                                .arg(needed));
    }
}

inline void checkHeader(QHeaderView *header, QStringList *clipped)
{
    QAbstractItemModel *model = header->model();
    if (!model || header->orientation() != Qt::Horizontal)
        return;
    const QFontMetrics metrics(header->font());
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text = model->headerData(logical, Qt::Horizontal).toString();
        if (text.isEmpty())
            continue;
        // As QHeaderView::sectionSizeFromContents() counts: the style's margins, the sort
        // indicator when there is one, the text.
        QStyleOptionHeader option;
        option.initFrom(header);
        option.section = logical;
        option.text = text;
        option.fontMetrics = metrics;
        option.iconAlignment = Qt::AlignVCenter;
        if (header->isSortIndicatorShown())
            option.sortIndicator = QStyleOptionHeader::SortDown;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
        int needed = metrics.horizontalAdvance(text) + 2 * margin;
        if (header->isSortIndicatorShown())
            needed +=
                header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header) + margin;
        const int size = header->sectionSize(logical);
        // The last section stretches to the view's edge; it has what is left of it.
        const int visible =
            qMin(size, header->viewport()->width() - header->sectionViewportPosition(logical));
        if (visible < needed)
            clipped->append(
                QStringLiteral("%1: column \"%2\" (%3 px, needs %4)")
                    .arg(nameOf(header->parentWidget() ? header->parentWidget() : header), text)
                    .arg(visible)
                    .arg(needed));
    }
}

// Every visible text of `root` and its children that does not fit.
inline QStringList clippedWidgets(QWidget *root)
{
    QStringList clipped;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        // Nothing of it on screen: a dock's tab in the background, a page scrolled away.
        if (root->isVisible() && w->visibleRegion().isEmpty())
            continue;
        if (w->objectName().startsWith(QStringLiteral("qt_")) && !qobject_cast<QHeaderView *>(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label, &clipped);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button, &clipped);
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            checkGroupBox(box, &clipped);
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            checkTabBar(bar, &clipped);
        else if (auto *header = qobject_cast<QHeaderView *>(w))
            checkHeader(header, &clipped);
    }
    return clipped;
}

} // namespace ClippingCheck
