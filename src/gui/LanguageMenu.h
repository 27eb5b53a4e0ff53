#pragma once

#include <QMenu>

class QActionGroup;

// View → Language: "System default" and the five languages, each named in its own language.
// Choosing one installs it at once (Translations::install) and remembers it in QSettings
// ("language"; empty = follow the system); the owner then rebuilds what must show it.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The saved choice: a language code, or empty for the system's language.
    static QString savedChoice();
    static void saveChoice(const QString &language);
    // What to install at start: `--lang` wins, else the saved choice, else the system's.
    static QString startupLanguage(const QString &commandLine);
    // Installs the language for a choice (empty = the system's) and remembers the choice.
    static void choose(const QString &language);

    // The action for a language code ("" = System default).
    QAction *actionFor(const QString &language) const;

Q_SIGNALS:
    // The language was installed; widgets built from now on show it.
    void languageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QActionGroup *m_group;
    QAction *m_system;
};
