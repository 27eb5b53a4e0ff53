#include "HistoryDock.h"

#include "HistoryModel.h"
#include "HistoryStore.h"
#include "Icons.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HistoryDock::HistoryDock(HistoryStore *store, QWidget *parent)
    : QDockWidget(tr("History"), parent)
    , m_store(store)
    , m_model(new HistoryModel(store, this))
    , m_table(new QTableView(this))
{
    setObjectName(u"historyDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(content);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *exportAction = bar->addAction(tr("Export CSV…"), this, &HistoryDock::exportCsv);
    exportAction->setObjectName(u"actionExportHistory"_s);
    exportAction->setToolTip(tr("Save the history as a CSV file"));
    layout->addWidget(bar);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(int(HistoryModel::Column::Targets),
                                                      QHeaderView::Stretch);
    for (auto column :
         {HistoryModel::Column::Time, HistoryModel::Column::Profile, HistoryModel::Column::Service,
          HistoryModel::Column::Action, HistoryModel::Column::QueryId})
        m_table->horizontalHeader()->setSectionResizeMode(int(column),
                                                          QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->resizeSection(int(HistoryModel::Column::Result), 200);
    layout->addWidget(m_table, 1);
    setWidget(content);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, &QTableView::scrollToBottom);
    m_table->scrollToBottom();
}

void HistoryDock::exportCsv()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          u"/smarthost-history.csv"_s;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export History"), start, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool HistoryDock::exportTo(const QString &path)
{
    QString error;
    if (m_store->exportCsv(path, &error))
        return true;
    QMessageBox::warning(this, tr("Export History"), tr("Could not write %1: %2").arg(path, error));
    return false;
}
