#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

// The main window's commands, with their icons and shortcuts, and the menus and toolbar that
// offer them. The window decides when each is enabled and what it does.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    explicit WindowActions(QMainWindow *window);

    QAction *newConnector() const { return m_new; }
    QAction *edit() const { return m_edit; }
    QAction *changeAuthentication() const { return m_changeAuthentication; }
    QAction *remove() const { return m_delete; }
    QAction *refresh() const { return m_refresh; }
    QAction *find() const { return m_find; }
    QAction *quit() const { return m_quit; }
    QAction *about() const { return m_about; }
    QAction *networkSettings() const { return m_networkSettings; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *editMenu() const { return m_editMenu; }

    // The connector commands, in the order menus show them.
    QList<QAction *> connectorActions() const;

private:
    QAction *make(const QString &icon, const QString &text, const QString &toolTip);

    QMainWindow *m_window;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_changeAuthentication;
    QAction *m_delete;
    QAction *m_refresh;
    QAction *m_find;
    QAction *m_quit;
    QAction *m_about;
    QAction *m_networkSettings;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
};
