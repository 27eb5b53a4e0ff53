#pragma once

#include "HeaderAnalyzer.h"

#include <QCoreApplication>
#include <QString>

// What the header viewer read from a .eml or .txt file.
struct HeaderFileContent
{
    QString text;  // what goes into the paste area
    QString error; // translated; the text is empty then
    QString note;  // translated; e.g. only the header of a large file was read

    bool isValid() const { return error.isEmpty(); }
};

// Reads a message or header file for the header viewer, never more than the analyser's limit:
// a larger file (a message with attachments) is cut at the end of its header when that end
// lies within the limit, and refused otherwise. UTF-8, or windows-1252 when not valid UTF-8.
class HeaderFileReader
{
    Q_DECLARE_TR_FUNCTIONS(HeaderFileReader)

public:
    static HeaderFileContent read(const QString &path,
                                  qsizetype limit = HeaderAnalyzer::MaxInputSize);
    static QString decode(const QByteArray &bytes);
    // The position of the first empty line (the end of the header), or -1.
    static qsizetype headerEnd(const QByteArray &bytes);
};
