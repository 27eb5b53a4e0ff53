#pragma once

#include "SimService.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

// The simulated OVHcloud account: organizations, their Exchange services and everything in
// them, plus the server clock and the tasks that change objects over time. Routes change it
// through the mutators; tests read and prepare it through the same functions.
class SimWorld : public QObject
{
    Q_OBJECT

public:
    explicit SimWorld(QObject *parent = nullptr);
    ~SimWorld() override;

    // The guide's platform: organization and service both "private-zz111111-1".
    static ServiceRef guideService();
    // The optional hosted platform: "hosted-zz222222-1" twice.
    static ServiceRef hostedService();
    static constexpr qint64 GuideConnectorId = 29;

    // Server clock: local time plus an offset, in the Europe/Paris zone like OVHcloud's dates.
    void setClockOffset(qint64 seconds) { m_clockOffsetSeconds = seconds; }
    qint64 clockOffset() const { return m_clockOffsetSeconds; }
    qint64 serverTime() const; // seconds since the epoch
    QDateTime now() const;

    void setTaskStepMs(int milliseconds) { m_taskStepMs = qMax(0, milliseconds); }
    int taskStepMs() const { return m_taskStepMs; }

    QStringList organizations() const;
    QStringList servicesOf(const QString &organization) const;
    QList<ServiceRef> services() const;
    SimService *service(const ServiceRef &ref);
    const SimService *service(const ServiceRef &ref) const;
    SimService &addService(const ExchangeService &info);

    // Read access for tests.
    std::optional<SendConnector> connector(const ServiceRef &ref, ConnectorId id) const;
    std::optional<Account> account(const ServiceRef &ref, const QString &email) const;
    std::optional<Domain> domain(const ServiceRef &ref, const QString &name) const;
    std::optional<Task> task(const ServiceRef &ref, TaskId id) const;
    // The write-only user of a connector, to check what a client sent.
    QString connectorUser(const ServiceRef &ref, ConnectorId id) const;

    // Preparation and mutation. addAccount replaces an account of the same address.
    void addAccount(const ServiceRef &ref, const SimAccount &account);
    void addConnector(const ServiceRef &ref, const SimConnector &connector);
    ConnectorId takeNextConnectorId();

    // Starts a task: "todo" now, "doing" after one step, then the outcome after another.
    Task startTask(const ServiceRef &ref, const QString &function, TaskOutcome outcome,
                   std::function<void(SimService &, TaskStatus)> onFinish);
    // Accounts and domain defaults that point at the connector go back to the platform's server.
    static void releaseConnector(SimService &service, ConnectorId id);

    static QString normalizedKey(const QString &name) { return name.toLower(); }

Q_SIGNALS:
    void taskChanged(const ServiceRef &ref, const Task &task);

private:
    void advanceTask(const ServiceRef &ref, qint64 taskId);
    void scheduleStep(const ServiceRef &ref, qint64 taskId);

    std::vector<std::unique_ptr<SimService>> m_services;
    qint64 m_clockOffsetSeconds = 0;
    int m_taskStepMs = 1000;
    qint64 m_nextTaskId = 113924190;
    qint64 m_nextConnectorId = GuideConnectorId + 1;
};
