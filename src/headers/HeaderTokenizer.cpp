#include "HeaderTokenizer.h"

namespace {

bool isWordDelimiter(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'"' || c == u';';
}

// text[start] is '('. Returns the offset just past the matching ')'.
qsizetype readComment(QStringView text, qsizetype start, QString *content)
{
    int depth = 0;
    qsizetype i = start;
    const qsizetype size = text.size();
    while (i < size) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < size) {
            content->append(text[i + 1]);
            i += 2;
            continue;
        }
        ++i;
        if (c == u'(') {
            if (depth++ > 0)
                content->append(c);
        } else if (c == u')') {
            if (--depth == 0)
                return i;
            content->append(c);
        } else {
            content->append(c);
        }
    }
    return i;
}

// text[start] is '"'. Returns the offset just past the closing quote.
qsizetype readQuoted(QStringView text, qsizetype start, QString *content)
{
    qsizetype i = start + 1;
    const qsizetype size = text.size();
    while (i < size) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < size) {
            content->append(text[i + 1]);
            i += 2;
            continue;
        }
        ++i;
        if (c == u'"')
            return i;
        content->append(c);
    }
    return i;
}

} // namespace

bool HeaderToken::isKeyword(QStringView keyword) const
{
    return kind == Kind::Word && text.compare(keyword, Qt::CaseInsensitive) == 0;
}

QList<HeaderToken> HeaderTokenizer::tokenize(QStringView text)
{
    QList<HeaderToken> tokens;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c.isSpace() || c == u')') { // a stray ')' closes nothing: skip it
            ++i;
            continue;
        }
        HeaderToken token;
        token.begin = i;
        if (c == u';') {
            token.kind = HeaderToken::Kind::Semicolon;
            token.text = QString(c);
            i = i + 1;
        } else if (c == u'(') {
            token.kind = HeaderToken::Kind::Comment;
            i = readComment(text, i, &token.text);
        } else if (c == u'"') {
            token.kind = HeaderToken::Kind::QuotedString;
            i = readQuoted(text, i, &token.text);
        } else {
            while (i < size && !isWordDelimiter(text[i]))
                ++i;
            token.text = text.mid(token.begin, i - token.begin).toString();
        }
        token.end = i;
        tokens.append(std::move(token));
    }
    return tokens;
}
