#pragma once

#include "Credentials.h"

#include <QObject>
#include <QPointer>
#include <memory>

class ProfileVault;
class QAction;
class QActionGroup;
class QMenu;
class QWidget;
class SecretStore;

// The File menu's profile commands: "Switch Profile" (the saved profiles, then "New
// Profile…") and "Sign Out…", which asks, then deletes the current profile's secrets from
// the keychain and its settings. Loading and deleting go through ProfileVault; what to do
// next (open a window on the loaded credentials, show the sign-in dialog) is the owner's.
// Give it a parent that outlives the main window, and insert it into each new window.
class ProfileMenu : public QObject
{
    Q_OBJECT

public:
    ProfileMenu(ProfileVault *vault, SecretStore *store, QObject *parent = nullptr);
    ~ProfileMenu() override;

    // Puts "Switch Profile", "Sign Out…" and a separator before `action` (e.g. File → Quit)
    // in every menu that holds it; confirmations open over that menu's window.
    void insertBefore(QAction *action);

    // The profile in use: checked in the submenu, and the one "Sign Out" deletes. Empty or
    // unsaved (environment, demo): "Sign Out" is disabled.
    void setCurrentProfile(const QString &name);
    QString currentProfile() const { return m_current; }
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    QMenu *switchMenu() const { return m_menu.get(); }
    QAction *signOutAction() const { return m_signOut; }
    // Rebuilds the submenu and the actions' state (done each time the menu opens).
    void refresh();

    // Loads a saved profile: profileLoaded() or failed().
    void switchTo(const QString &name);
    // Asks, then deletes the current profile: signedOut() or failed().
    void signOut();

Q_SIGNALS:
    void profileLoaded(const Credentials &credentials, const QString &name);
    void newProfileRequested();
    void signedOut(const QString &name);
    void failed(const QString &message);

private:
    void remove(const QString &name);

    ProfileVault *m_vault;
    SecretStore *m_store;
    std::unique_ptr<QMenu> m_menu;
    QActionGroup *m_group;
    QAction *m_newProfile;
    QAction *m_signOut;
    QAction *m_separator;
    QString m_current;
    QPointer<QWidget> m_dialogParent;
};
