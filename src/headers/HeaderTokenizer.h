#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// One lexical unit of a structured header field (RFC 5322 §3.2.2–3.2.4).
struct HeaderToken
{
    enum class Kind { Word, Comment, QuotedString, Semicolon };

    Kind kind = Kind::Word;
    QString text;        // word text, or comment / quoted-string content without delimiters
                         // (a comment keeps its nested comments, parentheses included)
    qsizetype begin = 0; // offset of the first character in the source, delimiters included
    qsizetype end = 0;   // offset just past the last character

    bool isWord() const { return kind == Kind::Word; }
    bool isComment() const { return kind == Kind::Comment; }
    bool isKeyword(QStringView keyword) const; // a word equal to keyword, any case
};

// Splits Received, Authentication-Results and Received-SPF values into words, comments,
// quoted strings and semicolons. Comments nest and may contain anything, keywords included;
// backslash escapes are honoured; an unterminated comment or string runs to the end.
// Linear in the input size.
class HeaderTokenizer
{
public:
    static QList<HeaderToken> tokenize(QStringView text);
};
