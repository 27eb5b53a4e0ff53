#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTranslator;

// The five languages Smarthost speaks. Installs Smarthost's own translation (embedded as
// ":/i18n/smarthost_xx.qm") and Qt's (standard buttons, context menus) for one language,
// replacing whatever was installed before, so that the language can change while running.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    static QStringList languages(); // en, fr, pt, it, es
    // The system's language when it is one of ours, else English.
    static QString systemLanguage();
    // The language's own name, e.g. "Français".
    static QString nativeName(const QString &language);
    // Returns false (and installs nothing of Smarthost's) for an unknown language.
    static bool install(const QString &language);
    static QString current();
};
