#pragma once

#include <QObject>

class QAbstractButton;
class QLineEdit;

// A password field for a secret (application secret, consumer key, client secret): hidden
// by default, shown while its "Show" toggle is on, and never a way to the clipboard — no
// copy, cut or context menu, and no X11 primary selection, even while shown.
class SecretField : public QObject
{
    Q_OBJECT

public:
    // The guard is a child of `edit`; `showToggle` may be null.
    static SecretField *protect(QLineEdit *edit, QAbstractButton *showToggle);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit SecretField(QLineEdit *edit);
};
