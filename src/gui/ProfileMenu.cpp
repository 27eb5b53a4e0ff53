#include "ProfileMenu.h"

#include "ProfileVault.h"
#include "SecretStore.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

ProfileMenu::ProfileMenu(ProfileVault *vault, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_store(store)
    , m_menu(std::make_unique<QMenu>(tr("Switch &Profile")))
    , m_group(new QActionGroup(this))
    , m_newProfile(new QAction(tr("&New Profile…"), this))
    , m_signOut(new QAction(tr("Sign &Out…"), this))
    , m_separator(new QAction(this))
{
    m_menu->setObjectName(u"profileMenu"_s);
    m_menu->menuAction()->setObjectName(u"actionSwitchProfile"_s);
    m_newProfile->setObjectName(u"actionNewProfile"_s);
    m_newProfile->setToolTip(tr("Sign in with other keys and save them as a new profile"));
    m_signOut->setObjectName(u"actionSignOut"_s);
    m_signOut->setToolTip(tr("Delete this profile's secrets from the keychain"));
    m_separator->setSeparator(true);
    m_group->setExclusive(true);
    connect(m_menu.get(), &QMenu::aboutToShow, this, &ProfileMenu::refresh);
    connect(m_newProfile, &QAction::triggered, this, &ProfileMenu::newProfileRequested);
    connect(m_signOut, &QAction::triggered, this, &ProfileMenu::signOut);
    refresh();
}

ProfileMenu::~ProfileMenu() = default;

void ProfileMenu::insertBefore(QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        auto *menu = qobject_cast<QMenu *>(object);
        if (!menu)
            continue;
        menu->insertMenu(action, m_menu.get());
        menu->insertAction(action, m_signOut);
        menu->insertAction(action, m_separator);
        connect(menu, &QMenu::aboutToShow, this, &ProfileMenu::refresh, Qt::UniqueConnection);
        if (!m_dialogParent && menu->parentWidget())
            m_dialogParent = menu->parentWidget()->window();
    }
    refresh();
}

void ProfileMenu::setCurrentProfile(const QString &name)
{
    m_current = name;
    refresh();
}

void ProfileMenu::refresh()
{
    for (QAction *old : m_group->actions()) {
        m_group->removeAction(old);
        old->deleteLater();
    }
    m_menu->clear();
    const QStringList names = m_vault->profileNames();
    for (const QString &name : names) {
        // The name may hold '&': it is no mnemonic.
        auto *action = new QAction(QString(name).replace(u'&', u"&&"_s), m_group);
        action->setCheckable(true);
        action->setChecked(name == m_current);
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] {
            if (name != m_current)
                switchTo(name);
            else
                refresh(); // keeps the check on the current profile
        });
        m_menu->addAction(action);
    }
    if (names.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No saved profile"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_newProfile);
    const bool saved = !m_current.isEmpty() && m_vault->hasProfile(m_current);
    m_signOut->setEnabled(saved);
    m_signOut->setText(saved
                           ? tr("Sign &Out of “%1”…").arg(QString(m_current).replace(u'&', u"&&"_s))
                           : tr("Sign &Out…"));
}

void ProfileMenu::switchTo(const QString &name)
{
    if (!m_vault->hasProfile(name))
        return Q_EMIT failed(tr("There is no saved profile named “%1”.").arg(name));
    m_vault->load(
        name, this, [this, name](const Credentials &credentials, const SecretResult &result) {
            if (!result.ok())
                return Q_EMIT failed(
                    tr("The secrets of profile “%1” could not be read from the %2: %3")
                        .arg(name, m_store->description(), result.error));
            if (!credentials.hasSignedKeys() && !credentials.hasOAuth2())
                return Q_EMIT failed(
                    tr("Profile “%1” is incomplete: sign in again to save its keys.").arg(name));
            m_vault->setLastUsedProfile(name);
            m_current = name;
            refresh();
            Q_EMIT profileLoaded(credentials, name);
        });
}

void ProfileMenu::signOut()
{
    const QString name = m_current;
    if (name.isEmpty() || !m_vault->hasProfile(name))
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Sign Out"), tr("Sign out of “%1”?").arg(name),
                        QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(u"signOutConfirmation"_s);
    box->setInformativeText(tr("Its secrets are deleted from the %1, and its settings with "
                               "them. To use it again you need its keys, or a new consumer "
                               "key.")
                                .arg(m_store->description()));
    QPushButton *confirm = box->addButton(tr("&Sign Out"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmSignOut"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, name] {
        if (box->clickedButton() == confirm)
            remove(name);
    });
    box->open();
}

void ProfileMenu::remove(const QString &name)
{
    m_vault->remove(name, this, [this, name](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            return Q_EMIT failed(tr("The secrets of profile “%1” could not be deleted from the "
                                    "%2: %3. The profile was kept.")
                                     .arg(name, m_store->description(), result.error));
        if (m_current == name)
            m_current.clear();
        refresh();
        Q_EMIT signedOut(name);
    });
}
