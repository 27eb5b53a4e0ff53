#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A non-modal message across the top of the window: errors with OVHcloud's message and
// query id (selectable and copyable), or information. Stays until closed or replaced.
class NotificationBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Warning, Error };

    explicit NotificationBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Level level = Level::Error);
    QString text() const;
    Level level() const { return m_level; }

Q_SIGNALS:
    void copied(const QString &text);

private:
    void copy();

    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_copy;
    QToolButton *m_close;
};
