#include "WindowActions.h"

#include "Icons.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

WindowActions::WindowActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_new = make(u"connector-new"_s, tr("&New Connector…"),
                 tr("Add a send connector to the selected service"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setObjectName(u"actionNewConnector"_s);
    m_edit = make(u"edit"_s, tr("&Edit…"), tr("Edit the selected send connector"));
    m_edit->setShortcut(Qt::Key_F2);
    m_edit->setObjectName(u"actionEditConnector"_s);
    m_changeAuthentication = make(u"change-authentication"_s, tr("Change &Authentication…"),
                                  tr("Change how the selected connector logs in to its relay"));
    m_changeAuthentication->setObjectName(u"actionChangeAuthentication"_s);
    m_delete = make(u"delete"_s, tr("&Delete…"), tr("Delete the selected send connector"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setObjectName(u"actionDeleteConnector"_s);
    m_refresh = make(u"refresh"_s, tr("&Refresh"), tr("Read the services from OVHcloud again"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_find = make(QString(), tr("&Find Account"), tr("Filter the accounts"));
    m_find->setShortcut(QKeySequence::Find);
    m_quit = make(u"quit"_s, tr("&Quit"), tr("Quit Smarthost"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_about = make(u"smarthost"_s, tr("&About Smarthost"), QString());
    m_about->setMenuRole(QAction::AboutRole);
    m_networkSettings = make(QString(), tr("&Network Settings…"),
                             tr("How many requests per second Smarthost sends at most"));
    m_networkSettings->setObjectName(u"actionNetworkSettings"_s);
    m_networkSettings->setMenuRole(QAction::PreferencesRole);

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(m_refresh);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *connector = bar->addMenu(tr("&Connector"));
    connector->addActions(connectorActions());
    m_editMenu = bar->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_networkSettings);
    m_viewMenu = bar->addMenu(tr("&View"));
    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(m_about);

    QToolBar *toolBar = window->addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addActions(connectorActions());
    toolBar->addSeparator();
    toolBar->addAction(m_refresh);
    m_viewMenu->addAction(toolBar->toggleViewAction());
}

QAction *WindowActions::make(const QString &icon, const QString &text, const QString &toolTip)
{
    auto *action = new QAction(text, m_window);
    if (!icon.isEmpty())
        action->setIcon(Icons::get(icon));
    if (!toolTip.isEmpty())
        action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

QList<QAction *> WindowActions::connectorActions() const
{
    return {m_new, m_edit, m_changeAuthentication, m_delete};
}
