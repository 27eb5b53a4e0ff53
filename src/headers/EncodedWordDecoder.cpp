#include "EncodedWordDecoder.h"

#include <QByteArray>
#include <QStringDecoder>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxEncodedWordLength = 1000;

struct EncodedWord
{
    QByteArray charset;
    QByteArray bytes;
    qsizetype end = 0;
};

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

std::optional<QByteArray> decodeQ(QStringView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'_') {
            bytes.append(' ');
        } else if (c == u'=') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            bytes.append(char(high * 16 + low));
            i += 2;
        } else if (c.unicode() < 128) {
            bytes.append(char(c.unicode()));
        } else {
            return std::nullopt;
        }
    }
    return bytes;
}

std::optional<QByteArray> decodeB(QStringView text)
{
    const auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

// text[start] begins "=?". Reads charset?encoding?data?=.
std::optional<EncodedWord> readEncodedWord(QStringView text, qsizetype start)
{
    const qsizetype limit = std::min(text.size(), start + MaxEncodedWordLength);
    const qsizetype found = text.mid(start + 2, limit - start - 2).indexOf(u'?');
    const qsizetype charsetEnd = found < 0 ? -1 : start + 2 + found;
    if (charsetEnd < 0 || charsetEnd + 3 >= limit || text[charsetEnd + 2] != u'?')
        return std::nullopt;
    const QChar encoding = text[charsetEnd + 1].toUpper();
    if (encoding != u'B' && encoding != u'Q')
        return std::nullopt;
    const qsizetype dataStart = charsetEnd + 3;
    qsizetype dataEnd = dataStart;
    while (dataEnd + 1 < limit && !(text[dataEnd] == u'?' && text[dataEnd + 1] == u'=')) {
        if (text[dataEnd].isSpace())
            return std::nullopt;
        ++dataEnd;
    }
    if (dataEnd + 1 >= limit)
        return std::nullopt;
    QStringView charset = text.mid(start + 2, charsetEnd - start - 2);
    if (const qsizetype star = charset.indexOf(u'*'); star >= 0)
        charset = charset.left(star);
    if (charset.isEmpty() || charset.contains(u' '))
        return std::nullopt;
    const QStringView data = text.mid(dataStart, dataEnd - dataStart);
    const auto bytes = encoding == u'B' ? decodeB(data) : decodeQ(data);
    if (!bytes)
        return std::nullopt;
    EncodedWord word{charset.toLatin1().toLower(), *bytes, dataEnd + 2};
    if (!QStringDecoder(word.charset.constData()).isValid())
        return std::nullopt;
    return word;
}

bool isWhitespace(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

QString EncodedWordDecoder::decode(QStringView text)
{
    QString out;
    QByteArray pendingBytes;
    QByteArray pendingCharset;
    auto flush = [&] {
        if (pendingBytes.isEmpty())
            return;
        QStringDecoder decoder(pendingCharset.constData());
        out += decoder.decode(pendingBytes);
        pendingBytes.clear();
    };

    qsizetype position = 0;
    qsizetype lastWordEnd = -1;
    while (position < text.size()) {
        const qsizetype start = text.indexOf(u"=?"_s, position);
        if (start < 0)
            break;
        const auto word = readEncodedWord(text, start);
        if (!word) {
            flush();
            out += text.mid(position, start + 2 - position);
            position = start + 2;
            lastWordEnd = -1;
            continue;
        }
        const QStringView gap = text.mid(position, start - position);
        const bool joinsPrevious = lastWordEnd == position && isWhitespace(gap);
        if (!joinsPrevious || word->charset != pendingCharset)
            flush();
        if (!joinsPrevious)
            out += gap;
        pendingCharset = word->charset;
        pendingBytes += word->bytes;
        position = lastWordEnd = word->end;
    }
    flush();
    out += text.mid(position);
    return out;
}
