#include "PasteNormalizer.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Strips "<pre …><code>"-style tags (and whitespace) from the start. An e-mail header
// cannot start with '<', so any tag there belongs to the web page.
QStringView stripLeadingTags(QStringView text, QStringList *tagNames)
{
    static const QRegularExpression tag(u"^\\s*<([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>@]*)?>"_s);
    for (;;) {
        const auto match = tag.match(text);
        if (!match.hasMatch())
            return text;
        tagNames->append(match.captured(1).toLower());
        text = text.mid(match.capturedEnd(0));
    }
}

// The header ends where the wrapper closes ("</code></pre>"): the rest is the web page.
QString cutAtClosingTag(QString text, const QStringList &tagNames)
{
    qsizetype end = text.size();
    for (const QString &name : tagNames) {
        const qsizetype at = text.indexOf(QString(u"</"_s + name + u'>'), 0, Qt::CaseInsensitive);
        if (at >= 0)
            end = std::min(end, at);
    }
    text.truncate(end);
    static const QRegularExpression lineBreak(u"<br\\s*/?>"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    text.replace(lineBreak, u"\n"_s);
    return text;
}

bool looksHtmlEscaped(QStringView text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0; at = text.indexOf(u'&', at + 1)) {
        const QStringView after = text.mid(at + 1, 5);
        if (after.startsWith(u"lt;") || after.startsWith(u"gt;") || after.startsWith(u"quot;") ||
            after.startsWith(u'#')) {
            return true;
        }
    }
    return false;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

} // namespace

QString PasteNormalizer::decodeHtmlEntities(QStringView text)
{
    static const QList<std::pair<QString, QChar>> named{{u"lt"_s, u'<'},    {u"gt"_s, u'>'},
                                                        {u"amp"_s, u'&'},   {u"quot"_s, u'"'},
                                                        {u"apos"_s, u'\''}, {u"nbsp"_s, u' '}};
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        // Entities are short: look for the ';' in the next few characters only.
        const qsizetype found = c == u'&' ? text.mid(i + 1, 10).indexOf(u';') : -1;
        const qsizetype semicolon = found < 0 ? -1 : i + 1 + found;
        if (semicolon < 0) {
            out.append(c);
            ++i;
            continue;
        }
        const QStringView entity = text.mid(i + 1, semicolon - i - 1);
        bool decoded = false;
        if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint code = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                                  ? entity.mid(2).toUInt(&ok, 16)
                                  : entity.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t codePoint = code;
                out.append(QString::fromUcs4(&codePoint, 1));
                decoded = true;
            }
        } else {
            for (const auto &[name, replacement] : named) {
                if (entity == name) {
                    out.append(replacement);
                    decoded = true;
                    break;
                }
            }
        }
        if (decoded) {
            i = semicolon + 1;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

PasteNormalizer::Result PasteNormalizer::normalize(QStringView pasted)
{
    Result result;
    QStringList tagNames;
    const QStringView body = stripLeadingTags(pasted, &tagNames);
    QString text = body.toString();
    if (!tagNames.isEmpty()) {
        result.htmlWrapperRemoved = true;
        text = cutAtClosingTag(std::move(text), tagNames);
    }
    if (result.htmlWrapperRemoved || looksHtmlEscaped(text)) {
        text = decodeHtmlEntities(text);
        result.htmlEntitiesDecoded = true;
    }
    text.replace(QChar(0x00A0), u' ');

    bool started = false;
    qsizetype lineStart = 0;
    const QStringView view(text);
    const char16_t *characters = view.utf16();
    const qsizetype size = view.size();
    for (qsizetype i = 0; i <= size; ++i) {
        const bool end = i == size;
        if (!end && characters[i] != u'\n' && characters[i] != u'\r')
            continue;
        const QStringView line = view.mid(lineStart, i - lineStart);
        if (!end && characters[i] == u'\r' && i + 1 < size && characters[i + 1] == u'\n')
            ++i; // CRLF
        lineStart = i + 1;
        if (isBlank(line)) {
            if (started)
                break; // the empty line that ends the header section
            continue;
        }
        if (!started) {
            started = true;
            result.lines.append(line.trimmed().toString()); // stray spaces before the first header
            continue;
        }
        result.lines.append(line.toString());
    }
    return result;
}
