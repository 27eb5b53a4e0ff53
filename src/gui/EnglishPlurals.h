#pragma once

#include <QTranslator>

// English plural forms for source strings written "%n account(s)": "1 account", "2 accounts".
// Qt only picks plural forms from a translation; until Smarthost ships its own (with
// smarthost_en.ts), this translator fills them in. Translations installed later take
// precedence over it.
class EnglishPlurals : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};
