#include "EnglishPlurals.h"

using namespace Qt::StringLiterals;

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(u"(s)"_s))
        return {};
    return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}
