#pragma once

#include <QAbstractButton>
#include <QTest>
#include <QWidget>

// Driving widgets the way a user does, for the widget tests.
namespace WidgetDriving {

// The named child; the test stops at once when it is missing (a renamed widget).
template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Replaces the text of an editor: focus, select all, erase, type.
inline void retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    QTest::keyClicks(widget, text);
}

// Radio buttons and check boxes react to clicks on their indicator or text, not on the empty
// space a layout gives them.
inline void clickToggle(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

} // namespace WidgetDriving
