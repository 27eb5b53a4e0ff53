#pragma once

#include <QDockWidget>

class HistoryModel;
class HistoryStore;
class QTableView;

// "History": every change the app made (time, profile, service, what, targets, result and
// OVHcloud's query id), newest at the bottom, with Export CSV.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    HistoryDock(HistoryStore *store, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Writes the CSV; false (with a message box) when it could not.
    bool exportTo(const QString &path);

private:
    void exportCsv();

    HistoryStore *m_store;
    HistoryModel *m_model;
    QTableView *m_table;
};
