#include "AttachProgress.h"

#include "AttachJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

AttachProgress::AttachProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"attachProgress"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the accounts not sent yet (those already sent finish)"));
    m_cancel->setObjectName(u"attachCancel"_s);
    connect(m_cancel, &QToolButton::clicked, this, &AttachProgress::cancel);
    hide();
}

void AttachProgress::track(AttachJob *job)
{
    m_jobs << job;
    connect(job, &AttachJob::progress, this, &AttachProgress::update);
    connect(job, &AttachJob::finished, this, [this, job] {
        m_jobs.removeAll(job);
        m_doneTotal += job->total();
        m_doneAnswered += job->answered();
        update();
    });
    update();
}

void AttachProgress::cancel()
{
    for (const QPointer<AttachJob> &job : std::as_const(m_jobs))
        if (job)
            job->cancel();
}

QString AttachProgress::text() const
{
    return m_label->text();
}

void AttachProgress::update()
{
    m_jobs.removeAll(nullptr);
    if (m_jobs.isEmpty()) {
        m_doneTotal = m_doneAnswered = 0;
        hide();
        return;
    }
    int total = m_doneTotal;
    int answered = m_doneAnswered;
    for (const QPointer<AttachJob> &job : std::as_const(m_jobs)) {
        total += job->total();
        answered += job->answered();
    }
    //: Status bar while send connectors of accounts are changed; %1 of %n done.
    m_label->setText(tr("Moving accounts: %1 of %n", nullptr, total).arg(answered));
    m_bar->setRange(0, total);
    m_bar->setValue(answered);
    show();
}
