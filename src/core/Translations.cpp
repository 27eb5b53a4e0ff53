#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &currentLanguage()
{
    static QString language = u"en"_s;
    return language;
}

void installFile(const QString &file, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(file, directory)) {
        QCoreApplication::installTranslator(translator.get());
        installed().push_back(std::move(translator));
    }
}
} // namespace

QStringList Translations::languages()
{
    return {u"en"_s, u"fr"_s, u"pt"_s, u"it"_s, u"es"_s};
}

QString Translations::systemLanguage()
{
    const QString language = QLocale::system().name().section(u'_', 0, 0);
    return languages().contains(language) ? language : u"en"_s;
}

QString Translations::nativeName(const QString &language)
{
    static const QHash<QString, QString> names{{u"en"_s, u"English"_s},
                                               {u"fr"_s, u"Français"_s},
                                               {u"pt"_s, u"Português"_s},
                                               {u"it"_s, u"Italiano"_s},
                                               {u"es"_s, u"Español"_s}};
    return names.value(language, language);
}

QString Translations::current()
{
    return currentLanguage();
}

bool Translations::install(const QString &language)
{
    if (!languages().contains(language))
        return false;
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    currentLanguage() = language;
    QLocale::setDefault(QLocale(language));
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (language != u"en"_s) {
        // Qt ships Brazilian Portuguese only; it is far better than English buttons.
        const QString qtName = language == u"pt"_s ? u"qtbase_pt_BR"_s : u"qtbase_"_s + language;
        installFile(qtName, qtDirectory);
    }
    installFile(u"smarthost_"_s + language, u":/i18n"_s);
    return true;
}
