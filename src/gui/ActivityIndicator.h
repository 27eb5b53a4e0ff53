#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class Workspace;

// The status bar's progress: a busy bar while requests or tasks run, and what runs.
class ActivityIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityIndicator(Workspace *workspace, QWidget *parent = nullptr);

    bool isBusy() const;
    QString text() const;

private:
    void refresh();

    Workspace *m_workspace;
    QProgressBar *m_bar;
    QLabel *m_label;
};
