#pragma once

#include "AttachJob.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// What went wrong in an attach/detach batch: the summary ("3 attached, 2 failed") and one row
// per failed account with OVHcloud's message and query id (to quote to support).
class AttachFailureDialog : public QDialog
{
    Q_OBJECT

public:
    AttachFailureDialog(const QString &summary, const QList<AccountMoveResult> &failures,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Tab-separated: account, message, query id; one failure a line.
    QString failuresText() const;

private:
    QList<AccountMoveResult> m_failures;
    QTableWidget *m_table;
};
