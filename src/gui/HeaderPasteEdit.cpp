#include "HeaderPasteEdit.h"

#include <QFontDatabase>
#include <QMimeData>
#include <QUrl>

HeaderPasteEdit::HeaderPasteEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab moves the focus on: a header has no use for typed tab characters.
    setTabChangesFocus(true);
    setAcceptDrops(true);
}

QString HeaderPasteEdit::localFileOf(const QMimeData *source)
{
    if (!source || !source->hasUrls())
        return QString();
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return QString();
}

bool HeaderPasteEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFileOf(source).isEmpty() || source->hasText();
}

void HeaderPasteEdit::insertFromMimeData(const QMimeData *source)
{
    const QString path = localFileOf(source);
    if (!path.isEmpty()) {
        Q_EMIT fileDropped(path);
        return;
    }
    if (source->hasText())
        insertPlainText(source->text());
}
