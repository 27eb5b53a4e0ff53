#include "LanguageMenu.h"

#include "Translations.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto languageKey = u"language"_s;
} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    m_group->setExclusive(true);
    m_system = addAction(QString());
    m_system->setData(QString());
    addSeparator();
    for (const QString &language : Translations::languages()) {
        // Each language in its own words, whatever the current one.
        QAction *action = addAction(Translations::nativeName(language));
        action->setData(language);
    }
    const QString saved = savedChoice();
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        action->setObjectName(u"actionLanguage_"_s + (action->data().toString().isEmpty()
                                                          ? u"system"_s
                                                          : action->data().toString()));
        m_group->addAction(action);
        action->setChecked(action->data().toString() == saved);
    }
    if (!m_group->checkedAction())
        m_system->setChecked(true);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString language = action->data().toString();
        if (language == savedChoice())
            return;
        choose(language);
        Q_EMIT languageChanged(Translations::current());
    });
    retranslate();
}

QString LanguageMenu::savedChoice()
{
    const QString saved = QSettings().value(languageKey).toString();
    return Translations::languages().contains(saved) ? saved : QString();
}

void LanguageMenu::saveChoice(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

QString LanguageMenu::startupLanguage(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString saved = savedChoice();
    return saved.isEmpty() ? Translations::systemLanguage() : saved;
}

void LanguageMenu::choose(const QString &language)
{
    saveChoice(language);
    Translations::install(language.isEmpty() ? Translations::systemLanguage() : language);
}

QAction *LanguageMenu::actionFor(const QString &language) const
{
    for (QAction *action : m_group->actions())
        if (action->data().toString() == language)
            return action;
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    //: View menu: the submenu that chooses the interface language.
    setTitle(tr("&Language"));
    //: View → Language: follow the language of the operating system.
    m_system->setText(
        tr("System Default (%1)").arg(Translations::nativeName(Translations::systemLanguage())));
}
