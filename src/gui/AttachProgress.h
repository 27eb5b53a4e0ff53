#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class AttachJob;
class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's view of running attach/detach batches: "Moving 12 of 250 accounts", a
// progress bar and Cancel. Hidden when nothing runs; several batches add up.
class AttachProgress : public QWidget
{
    Q_OBJECT

public:
    explicit AttachProgress(QWidget *parent = nullptr);

    void track(AttachJob *job);
    bool isRunning() const { return !m_jobs.isEmpty(); }
    QToolButton *cancelButton() const { return m_cancel; }
    QProgressBar *bar() const { return m_bar; }
    QString text() const;

public Q_SLOTS:
    void cancel();

private:
    void update();

    QList<QPointer<AttachJob>> m_jobs;
    int m_doneTotal = 0; // of batches finished while others still run
    int m_doneAnswered = 0;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
