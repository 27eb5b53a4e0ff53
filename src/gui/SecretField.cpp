#include "SecretField.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>

SecretField::SecretField(QLineEdit *edit)
    : QObject(edit)
{}

SecretField *SecretField::protect(QLineEdit *edit, QAbstractButton *showToggle)
{
    auto *guard = new SecretField(edit);
    edit->setEchoMode(QLineEdit::Password);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    edit->setDragEnabled(false);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                              Qt::ImhNoAutoUppercase);
    edit->installEventFilter(guard);
    if (showToggle) {
        showToggle->setCheckable(true);
        QObject::connect(showToggle, &QAbstractButton::toggled, edit, [edit](bool shown) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            // setEchoMode(Normal) lifts these; a shown secret is still no text to learn.
            edit->setInputMethodHints(edit->inputMethodHints() | Qt::ImhSensitiveData |
                                      Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        });
    }
    return guard;
}

bool SecretField::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride: {
        // Every key binding that copies the selection: copy, cut, and the X11 "kill"
        // bindings that put what they delete on the clipboard.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut) ||
            key->matches(QKeySequence::DeleteEndOfLine) ||
            key->matches(QKeySequence::DeleteCompleteLine)) {
            event->accept(); // no window shortcut gets it either
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease:
        // QLineEdit copies a mouse selection to the X11 primary selection on release.
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
            return true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
