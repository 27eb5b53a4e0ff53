#include "HeaderFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

QString HeaderFileReader::decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder windows1252("windows-1252");
    return windows1252.isValid() ? QString(windows1252.decode(bytes)) : QString::fromLatin1(bytes);
}

qsizetype HeaderFileReader::headerEnd(const QByteArray &bytes)
{
    qsizetype end = -1;
    for (const char *separator : {"\r\n\r\n", "\n\n", "\r\r"}) {
        const qsizetype at = bytes.indexOf(separator);
        if (at >= 0 && (end < 0 || at < end))
            end = at;
    }
    return end;
}

HeaderFileContent HeaderFileReader::read(const QString &path, qsizetype limit)
{
    HeaderFileContent content;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason
        content.error =
            tr("Could not open “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return content;
    }
    const qint64 size = file.size();
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() <= limit) {
        content.text = decode(bytes);
        return content;
    }
    const qsizetype end = headerEnd(bytes.left(limit));
    const QString sizeText = QLocale().formattedDataSize(size);
    if (end < 0) {
        //: %1 a file name, %2 its size ("3.2 MB")
        content.error = tr("“%1” is %2: the header viewer reads at most 1 MB, and no complete "
                           "message header ends within it. Open the header alone, or paste it.")
                            .arg(name, sizeText);
        return content;
    }
    bytes.truncate(end);
    content.text = decode(bytes);
    //: %1 a file name, %2 its size ("3.2 MB")
    content.note = tr("“%1” is %2: only its header (up to the first empty line) was read.")
                       .arg(name, sizeText);
    return content;
}
