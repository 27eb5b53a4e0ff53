#pragma once

#include <QString>
#include <QStringView>

// Decodes RFC 2047 encoded words ("=?utf-8?B?…?=", "=?iso-8859-1?Q?…?=") in unstructured
// header text such as Subject, From or To. B and Q encodings; any charset QStringDecoder
// knows (UTF-8, ISO-8859-x, windows-125x…); "charset*language" accepted; whitespace
// between two encoded words is dropped, and adjacent words of one charset are decoded
// together so a character split across words survives. Words with an unknown charset or
// a broken encoding are kept as written. Raw UTF-8 text passes through unchanged.
class EncodedWordDecoder
{
public:
    static QString decode(QStringView text);
};
