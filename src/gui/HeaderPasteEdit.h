#pragma once

#include <QPlainTextEdit>

// The header viewer's paste area: plain text only (a rich paste is read as text), monospace,
// and a dropped .eml/.txt file is handed to the pane (fileDropped) instead of inserting its
// path as text.
class HeaderPasteEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HeaderPasteEdit(QWidget *parent = nullptr);

    // The first local file among the dragged URLs, or empty.
    static QString localFileOf(const QMimeData *source);

Q_SIGNALS:
    void fileDropped(const QString &path);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
