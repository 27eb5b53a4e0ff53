#include "SimWorld.h"

#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

SimWorld::SimWorld(QObject *parent)
    : QObject(parent)
{}

SimWorld::~SimWorld() = default;

ServiceRef SimWorld::guideService()
{
    return {u"private-zz111111-1"_s, u"private-zz111111-1"_s};
}

ServiceRef SimWorld::hostedService()
{
    return {u"hosted-zz222222-1"_s, u"hosted-zz222222-1"_s};
}

qint64 SimWorld::serverTime() const
{
    return QDateTime::currentSecsSinceEpoch() + m_clockOffsetSeconds;
}

QDateTime SimWorld::now() const
{
    static const QTimeZone paris("Europe/Paris");
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(serverTime(), Qt::UTC);
    return paris.isValid() ? utc.toTimeZone(paris) : utc;
}

QStringList SimWorld::organizations() const
{
    QStringList names;
    for (const auto &service : m_services)
        if (!names.contains(service->ref().organization))
            names << service->ref().organization;
    return names;
}

QStringList SimWorld::servicesOf(const QString &organization) const
{
    QStringList names;
    for (const auto &service : m_services)
        if (service->ref().organization == organization)
            names << service->ref().service;
    return names;
}

QList<ServiceRef> SimWorld::services() const
{
    QList<ServiceRef> refs;
    for (const auto &service : m_services)
        refs << service->ref();
    return refs;
}

SimService *SimWorld::service(const ServiceRef &ref)
{
    for (const auto &service : m_services)
        if (service->ref() == ref)
            return service.get();
    return nullptr;
}

const SimService *SimWorld::service(const ServiceRef &ref) const
{
    return const_cast<SimWorld *>(this)->service(ref);
}

SimService &SimWorld::addService(const ExchangeService &info)
{
    if (SimService *existing = service(info.ref)) {
        existing->info = info;
        return *existing;
    }
    auto created = std::make_unique<SimService>();
    created->info = info;
    m_services.push_back(std::move(created));
    return *m_services.back();
}

std::optional<SendConnector> SimWorld::connector(const ServiceRef &ref, ConnectorId id) const
{
    const SimService *s = service(ref);
    if (!s)
        return std::nullopt;
    const auto it = s->connectors.find(id.value());
    if (it == s->connectors.end())
        return std::nullopt;
    return it->second.connector;
}

std::optional<Account> SimWorld::account(const ServiceRef &ref, const QString &email) const
{
    const SimService *s = service(ref);
    if (!s)
        return std::nullopt;
    const auto it = s->accounts.find(normalizedKey(email));
    if (it == s->accounts.end())
        return std::nullopt;
    return it->second.account;
}

std::optional<Domain> SimWorld::domain(const ServiceRef &ref, const QString &name) const
{
    const SimService *s = service(ref);
    if (!s)
        return std::nullopt;
    const auto it = s->domains.find(normalizedKey(name));
    if (it == s->domains.end())
        return std::nullopt;
    return it->second;
}

std::optional<Task> SimWorld::task(const ServiceRef &ref, TaskId id) const
{
    const SimService *s = service(ref);
    if (!s)
        return std::nullopt;
    const auto it = s->tasks.find(id.value());
    if (it == s->tasks.end())
        return std::nullopt;
    return it->second.task;
}

QString SimWorld::connectorUser(const ServiceRef &ref, ConnectorId id) const
{
    const SimService *s = service(ref);
    if (!s)
        return {};
    const auto it = s->connectors.find(id.value());
    return it == s->connectors.end() ? QString() : it->second.user;
}

void SimWorld::addAccount(const ServiceRef &ref, const SimAccount &account)
{
    if (SimService *s = service(ref))
        s->accounts[normalizedKey(account.account.primaryEmailAddress)] = account;
}

void SimWorld::addConnector(const ServiceRef &ref, const SimConnector &connector)
{
    SimService *s = service(ref);
    if (!s)
        return;
    s->connectors[connector.connector.id.value()] = connector;
    m_nextConnectorId = qMax(m_nextConnectorId, connector.connector.id.value() + 1);
}

ConnectorId SimWorld::takeNextConnectorId()
{
    return ConnectorId(m_nextConnectorId++);
}

Task SimWorld::startTask(const ServiceRef &ref, const QString &function, TaskOutcome outcome,
                         std::function<void(SimService &, TaskStatus)> onFinish)
{
    SimTask simTask;
    simTask.task.id = TaskId(m_nextTaskId++);
    simTask.task.function = function;
    simTask.task.status = TaskStatus::Todo;
    simTask.task.todoDate = now();
    simTask.outcome = outcome;
    simTask.onFinish = std::move(onFinish);
    const Task task = simTask.task;
    if (SimService *s = service(ref)) {
        s->tasks[task.id.value()] = std::move(simTask);
        scheduleStep(ref, task.id.value());
    }
    return task;
}

void SimWorld::scheduleStep(const ServiceRef &ref, qint64 taskId)
{
    QTimer::singleShot(m_taskStepMs, this, [this, ref, taskId] { advanceTask(ref, taskId); });
}

void SimWorld::advanceTask(const ServiceRef &ref, qint64 taskId)
{
    SimService *s = service(ref);
    if (!s)
        return;
    const auto it = s->tasks.find(taskId);
    if (it == s->tasks.end())
        return;
    SimTask &simTask = it->second;
    Task &task = simTask.task;
    if (task.status == TaskStatus::Todo) {
        task.status = TaskStatus::Doing;
        Q_EMIT taskChanged(ref, task);
        if (simTask.outcome != TaskOutcome::NeverEnds)
            scheduleStep(ref, taskId);
        return;
    }
    if (task.status != TaskStatus::Doing)
        return;
    switch (simTask.outcome) {
    case TaskOutcome::Done:
        task.status = TaskStatus::Done;
        break;
    case TaskOutcome::Error:
        task.status = TaskStatus::Error;
        break;
    case TaskOutcome::Cancelled:
        task.status = TaskStatus::Cancelled;
        break;
    case TaskOutcome::NeverEnds:
        return;
    }
    task.finishDate = now();
    const Task finished = task;
    auto onFinish = std::move(simTask.onFinish);
    simTask.onFinish = nullptr;
    if (onFinish)
        onFinish(*s, finished.status);
    Q_EMIT taskChanged(ref, finished);
}

void SimWorld::releaseConnector(SimService &service, ConnectorId id)
{
    for (auto &[key, simAccount] : service.accounts)
        if (simAccount.account.sendConnectorId == id)
            simAccount.account.sendConnectorId = ConnectorId();
    for (auto &[key, domain] : service.domains)
        if (domain.sendConnectorIdDefault == id)
            domain.sendConnectorIdDefault = ConnectorId();
}
