#include "AttachFailureDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AttachFailureDialog::AttachFailureDialog(const QString &summary,
                                         const QList<AccountMoveResult> &failures, QWidget *parent)
    : QDialog(parent)
    , m_failures(failures)
    , m_table(new QTableWidget(int(failures.size()), 3, this))
{
    setObjectName(u"attachFailureDialog"_s);
    setWindowTitle(tr("Some Accounts Were Not Changed"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(
        tr("<b>%1</b><br>The accounts below stay where OVHcloud says they are. Quote the query "
           "ID when you contact OVHcloud support.")
            .arg(summary.toHtmlEscaped()),
        this);
    label->setObjectName(u"attachSummary"_s);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("OVHcloud's message"), tr("Query ID")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (int row = 0; row < failures.size(); ++row) {
        const AccountMoveResult &failure = failures.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(failure.move.email));
        auto *message = new QTableWidgetItem(failure.error.message);
        message->setToolTip(failure.error.toText());
        m_table->setItem(row, 1, message);
        m_table->setItem(row, 2, new QTableWidgetItem(failure.error.queryId));
    }
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(failuresText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 320);
}

QString AttachFailureDialog::failuresText() const
{
    QStringList lines;
    for (const AccountMoveResult &failure : m_failures)
        lines << failure.move.email + u'\t' + failure.error.toText() + u'\t' +
                     failure.error.queryId;
    return lines.join(u'\n');
}
