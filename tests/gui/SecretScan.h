#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Searches files for secrets, binary-safe, in every spelling a program might have written
// them in: as is (UTF-8 and UTF-16), base64 (standard and URL alphabets, at each of the three
// alignments it can take inside a longer encoded text), percent-encoded (upper- and
// lower-case hex, '+' or %20 for spaces) and JSON-escaped (which is also how QSettings and C
// escape quotes and backslashes).
namespace SecretScan {

struct Spelling
{
    QString secretName; // "application secret"
    QString form;       // "base64, offset 1"
    QByteArray bytes;
};

QList<Spelling> spellings(const QString &secretName, const QString &secret);

// "PATH: application secret (percent-encoded)" for each spelling found in a file under
// `root` (recursively, hidden files included) or in a file's path below `root`.
QStringList findIn(const QString &root, const QList<Spelling> &spellings);

} // namespace SecretScan
