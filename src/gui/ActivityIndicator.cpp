#include "ActivityIndicator.h"

#include "ExchangeApi.h"
#include "TaskTracker.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

ActivityIndicator::ActivityIndicator(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    setObjectName(u"activityIndicator"_s);
    m_bar->setRange(0, 0);
    m_bar->setFixedSize(100, 12);
    m_bar->setTextVisible(false);
    m_label->setObjectName(u"activityLabel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    connect(workspace->api()->client(), &OvhClient::activityChanged, this,
            &ActivityIndicator::refresh);
    connect(workspace->tracker(), &TaskTracker::runningCountChanged, this,
            &ActivityIndicator::refresh);
    refresh();
}

bool ActivityIndicator::isBusy() const
{
    const OvhClient *client = m_workspace->api()->client();
    return client->inFlight() + client->queued() > 0 || m_workspace->tracker()->runningCount() > 0;
}

QString ActivityIndicator::text() const
{
    return m_label->text();
}

void ActivityIndicator::refresh()
{
    const int tasks = m_workspace->tracker()->runningCount();
    m_bar->setVisible(isBusy());
    if (tasks > 0)
        m_label->setText(tr("%n task(s) running", nullptr, tasks));
    else if (isBusy())
        m_label->setText(tr("Reading from OVHcloud…"));
    else
        m_label->clear();
}
