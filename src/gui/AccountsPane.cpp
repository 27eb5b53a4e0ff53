#include "AccountsPane.h"

#include "AccountTableModel.h"
#include "DisplayText.h"
#include "Icons.h"
#include "ServiceStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AccountsPane::AccountsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new AccountTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_model->setIconProvider(Icons::provider());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Every column's text at once, kept ready by the model: fast with 10,000 rows.
    m_proxy->setFilterKeyColumn(int(AccountTableModel::Column::Email));
    m_proxy->setFilterRole(roleId(Role::SearchText));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    m_title->setObjectName(u"accountsTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // A long service name must not widen the whole right side.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_filter->setObjectName(u"accountFilter"_s);
    m_filter->setPlaceholderText(tr("Filter accounts…"));
    m_filter->setToolTip(tr("Shows the accounts whose address, name, licence, state or connector "
                            "contains this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(240);
    top->addWidget(m_title, 1);
    top->addWidget(m_filter);
    layout->addLayout(top);

    m_table->setObjectName(u"accountTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(AccountTableModel::Column::Email), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // At least what each title needs in the current language.
    const int widths[] = {195, 120, 78, 50};
    for (int column = 0; column < 4; ++column)
        m_table->setColumnWidth(
            column, std::max(widths[column], m_table->horizontalHeader()->sectionSizeHint(column)));
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AccountsPane::updateTitle);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AccountsPane::updateTitle);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccountsPane::updateTitle);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AccountsPane::updateTitle);
    updateTitle();
}

void AccountsPane::setStore(ServiceStore *store)
{
    m_model->setStore(store);
    updateTitle();
}

ServiceStore *AccountsPane::store() const
{
    return m_model->store();
}

void AccountsPane::selectAccount(const QString &email)
{
    const int row = m_model->rowOf(email);
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid())
        return;
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
}

void AccountsPane::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void AccountsPane::updateTitle()
{
    const ServiceStore *store = m_model->store();
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (!store)
        m_title->setText(tr("Accounts"));
    else if (shown == total)
        m_title->setText(tr("%n account(s)", nullptr, total));
    else
        //: %1 accounts shown by the filter out of %n.
        m_title->setText(tr("%1 of %n account(s)", nullptr, total).arg(shown));
    //: Tooltip of the accounts title; %1 is the Exchange service.
    m_title->setToolTip(
        store ? DisplayText::toolTip(tr("Accounts of %1").arg(store->ref().displayText()))
              : QString());
}
