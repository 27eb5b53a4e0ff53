#pragma once

#include <QWidget>

class AccountTableModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class ServiceStore;

// The accounts of the selected service: a title with the count, a filter box and a sortable
// table (email, display name, licence, state, connector).
class AccountsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPane(QWidget *parent = nullptr);

    void setStore(ServiceStore *store);
    ServiceStore *store() const;
    // Selects and shows an account's row (when the filter lets it through).
    void selectAccount(const QString &email);
    void focusFilter();

    AccountTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }

private:
    void updateTitle();

    AccountTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_filter;
    QTableView *m_table;
};
