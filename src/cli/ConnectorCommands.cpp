#include "ConnectorCommands.h"

#include "CliFormat.h"
#include "CliSession.h"
#include "ConnectorCreator.h"
#include "ConnectorRules.h"
#include "LostAnswer.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
ConnectorId idArgument(const CliArguments &args, int index)
{
    return ConnectorId(args.positional.value(index).toLongLong());
}

QString checkIdArgument(const CliArguments &args, int index)
{
    bool ok = false;
    const qint64 id = args.positional.value(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return CliCommand::tr("\"%1\" is not a connector id.").arg(args.positional.value(index));
    return {};
}

std::optional<AuthMechanism> mechanismArgument(const CliArguments &args)
{
    return authMechanismFromApi(args.auth.value_or(u"none"_s));
}
} // namespace

TaskWatcher *CliTaskFollower::follow(CliCommand *command, CliOutput &out, ExchangeApi *api,
                                     const ServiceRef &ref, const Task &task,
                                     const TaskWatcher::Timing &timing,
                                     std::function<void(const Task &)> whenDone)
{
    out.progress(tr("Waiting for OVHcloud's %1").arg(CliFormat::task(task)));
    auto *watcher = new TaskWatcher(api, ref, task, command);
    watcher->setTiming(timing);
    QObject::connect(watcher, &TaskWatcher::progressed, command,
                     [&out](const Task &t) { out.progress(CliFormat::task(t)); });
    QObject::connect(watcher, &TaskWatcher::failed, command, &CliCommand::failWith);
    QObject::connect(watcher, &TaskWatcher::finished, command,
                     [command, &out, whenDone](const Task &t) {
                         out.progress(CliFormat::task(t));
                         if (t.status != TaskStatus::Done) {
                             out.error(tr("The task ended with status \"%1\": nothing was changed "
                                          "or the change is incomplete; check with OVHcloud.")
                                           .arg(taskStatusToApi(t.status)));
                             return command->finish(CliCommand::Failure);
                         }
                         whenDone(t);
                     });
    watcher->start();
    return watcher;
}

QString ConnectorListCommand::prepare()
{
    return requirePositional(2, u"connectors ORG SVC"_s);
}

void ConnectorListCommand::run(CliSession *session)
{
    session->reader()->readConnectors(
        serviceArgument(), this, [this](const CollectionResult<SendConnector> &result) {
            if (result.listError.isError())
                return failWith(result.listError);
            CliFormat::connectors(m_out, m_args.json, result.items);
            for (const auto &[id, error] : result.failures) {
                m_out.error(tr("Connector %1 could not be read:").arg(id));
                m_out.apiError(error);
            }
            finish(result.failures.isEmpty() ? Success : Failure);
        });
}

QString ConnectorAddCommand::prepare()
{
    if (QString usage = requirePositional(2, u"connector-add ORG SVC --name N --host H"_s);
        !usage.isEmpty())
        return usage;
    if (!m_args.name || !m_args.host)
        return tr("connector-add needs --name and --host.");
    if (!mechanismArgument(m_args))
        return tr("Unknown authentication \"%1\": use none, basicAuth or basicAuthRequireTLS.")
            .arg(*m_args.auth);
    if (mechanismArgument(m_args) != AuthMechanism::None) {
        if (!m_args.user || !m_args.passwordFromStdin)
            return tr("%1 needs --user and --password-stdin.").arg(*m_args.auth);
        m_password = CliFormat::readStdinLine();
    } else if (m_args.user || m_args.passwordFromStdin) {
        return tr("--user and --password-stdin need --auth basicAuth or basicAuthRequireTLS.");
    }
    return ConnectorRules::check(request());
}

NewConnector ConnectorAddCommand::request() const
{
    NewConnector c;
    c.displayName = m_args.name.value_or(QString());
    c.smartHost = m_args.host.value_or(QString());
    c.port = int(m_args.port.value_or(SendConnector::DefaultPort));
    c.authMechanism = mechanismArgument(m_args).value_or(AuthMechanism::None);
    // basicAuthRequireTLS forces TLS; otherwise TLS is on unless --no-tls.
    c.requireTls =
        c.authMechanism == AuthMechanism::BasicAuthRequireTls || m_args.tls.value_or(true);
    c.maxSendSizeMb = int(m_args.maxSizeMb.value_or(SendConnector::MaxSendSizeLimitMb));
    c.user = m_args.user.value_or(QString());
    c.password = m_password;
    return c;
}

void ConnectorAddCommand::run(CliSession *session)
{
    auto *creator = new ConnectorCreator(session->api(), serviceArgument(), request(), this);
    creator->setTaskTiming(session->taskTiming());
    connect(creator, &ConnectorCreator::taskStarted, this, [this](const Task &t) {
        m_out.progress(tr("Waiting for OVHcloud's %1").arg(CliFormat::task(t)));
    });
    connect(creator, &ConnectorCreator::taskProgressed, this,
            [this](const Task &t) { m_out.progress(CliFormat::task(t)); });
    connect(creator, &ConnectorCreator::failed, this, &CliCommand::failWith);
    connect(creator, &ConnectorCreator::finished, this,
            [this](const SendConnector &connector, const Task &) {
                CliFormat::connectors(m_out, m_args.json, {connector});
                finish(Success);
            });
    creator->start();
}

QString ConnectorEditCommand::prepare()
{
    if (QString usage = requirePositional(3, u"connector-edit ORG SVC ID [--name N] [--host H] "
                                             "[--port P] [--tls|--no-tls] [--max-size MB]"_s);
        !usage.isEmpty())
        return usage;
    if (QString problem = checkIdArgument(m_args, 2); !problem.isEmpty())
        return problem;
    if (m_args.auth || m_args.user || m_args.passwordFromStdin)
        return tr("The authentication cannot be edited: use connector-auth.");
    if (changes().isEmpty())
        return tr("Nothing to change: give at least one of --name, --host, --port, --tls, "
                  "--no-tls, --max-size.");
    return ConnectorRules::check(changes());
}

ConnectorChanges ConnectorEditCommand::changes() const
{
    ConnectorChanges c;
    c.displayName = m_args.name;
    c.smartHost = m_args.host;
    if (m_args.port)
        c.port = int(std::clamp<qint64>(*m_args.port, -1, 1 << 20));
    c.requireTls = m_args.tls;
    if (m_args.maxSizeMb)
        c.maxSendSizeMb = int(std::clamp<qint64>(*m_args.maxSizeMb, -1, 1 << 20));
    return c;
}

void ConnectorEditCommand::run(CliSession *session)
{
    const ServiceRef ref = serviceArgument();
    const ConnectorId id = idArgument(m_args, 2);
    ExchangeApi *api = session->api();
    api->editConnector(
        ref, id, changes(), this, [this, api, ref, id](const ApiResult<NoContent> &r) {
            if (!r.ok() && !LostAnswer::isLost(r.error))
                return failWith(r.error);
            // Read back in any case: it is the result shown, and the check of a lost answer.
            const ApiError lost = r.error;
            api->connector(ref, id, this, [this, lost](const ApiResult<SendConnector> &connector) {
                if (!acceptReadBack(lost, connector.error,
                                    connector.ok() && changes().isVisibleIn(*connector)))
                    return;
                CliFormat::connectors(m_out, m_args.json, {*connector});
                finish(Success);
            });
        });
}

QString ConnectorAuthCommand::prepare()
{
    if (QString usage = requirePositional(3, u"connector-auth ORG SVC ID --auth MECH [--user U] "
                                             "[--password-stdin]"_s);
        !usage.isEmpty())
        return usage;
    if (QString problem = checkIdArgument(m_args, 2); !problem.isEmpty())
        return problem;
    if (!m_args.auth)
        return tr("connector-auth needs --auth none, basicAuth or basicAuthRequireTLS.");
    const auto mechanism = mechanismArgument(m_args);
    if (!mechanism)
        return tr("Unknown authentication \"%1\": use none, basicAuth or basicAuthRequireTLS.")
            .arg(*m_args.auth);
    if (*mechanism != AuthMechanism::None) {
        if (!m_args.user || !m_args.passwordFromStdin)
            return tr("%1 needs --user and --password-stdin.").arg(*m_args.auth);
        m_password = CliFormat::readStdinLine();
    }
    return ConnectorRules::checkCredentials(*mechanism, m_args.user.value_or(QString()),
                                            m_password);
}

void ConnectorAuthCommand::run(CliSession *session)
{
    const ServiceRef ref = serviceArgument();
    const ConnectorId id = idArgument(m_args, 2);
    AuthenticationChange change;
    change.authMechanism = mechanismArgument(m_args).value_or(AuthMechanism::None);
    change.user = m_args.user.value_or(QString());
    change.password = m_password;
    ExchangeApi *api = session->api();
    const TaskWatcher::Timing timing = session->taskTiming();
    api->changeAuthentication(
        ref, id, change, this, [this, api, ref, id, timing](const ApiResult<Task> &t) {
            if (!t.ok())
                return failWith(t.error);
            CliTaskFollower::follow(
                this, m_out, api, ref, *t, timing, [this, api, ref, id](const Task &) {
                    api->connector(ref, id, this,
                                   [this](const ApiResult<SendConnector> &connector) {
                                       if (!connector.ok())
                                           return failWith(connector.error);
                                       CliFormat::connectors(m_out, m_args.json, {*connector});
                                       finish(Success);
                                   });
                });
        });
}

QString ConnectorDeleteCommand::prepare()
{
    if (QString usage = requirePositional(3, u"connector-delete ORG SVC ID"_s); !usage.isEmpty())
        return usage;
    return checkIdArgument(m_args, 2);
}

void ConnectorDeleteCommand::run(CliSession *session)
{
    m_api = session->api();
    m_ref = serviceArgument();
    m_id = idArgument(m_args, 2);
    m_timing = session->taskTiming();
    m_api->deleteConnector(m_ref, m_id, this, [this](const ApiResult<Task> &t) {
        if (!t.ok() && LostAnswer::isLost(t.error))
            return readBack(t.error);
        if (!t.ok())
            return failWith(t.error);
        follow(*t);
    });
}

void ConnectorDeleteCommand::follow(const Task &task)
{
    CliTaskFollower::follow(this, m_out, m_api, m_ref, task, m_timing, [this](const Task &done) {
        if (m_args.json)
            m_out.json(done.toJson());
        else
            reportDeleted();
        finish(Success);
    });
}

void ConnectorDeleteCommand::readBack(const ApiError &lost)
{
    m_api->connector(m_ref, m_id, this, [this, lost](const ApiResult<SendConnector> &connector) {
        // Gone, or being deleted: the deletion was received.
        const bool gone =
            connector.error.kind == ApiError::Kind::Http && connector.error.httpStatus == 404;
        const bool deleting = connector.ok() && connector->state == ConnectorState::Deleting;
        if (!acceptReadBack(lost, gone ? ApiError() : connector.error, gone || deleting))
            return;
        if (deleting && !connector->taskPendingId.isNull()) {
            // Follow the deletion's task, as if its answer had come.
            m_api->task(m_ref, connector->taskPendingId, this, [this](const ApiResult<Task> &task) {
                if (!task.ok())
                    return failWith(task.error);
                follow(*task);
            });
            return;
        }
        if (m_args.json)
            m_out.json(QJsonObject{{u"id"_s, m_id.value()}, {u"deleted"_s, true}});
        else
            reportDeleted();
        finish(Success);
    });
}

void ConnectorDeleteCommand::reportDeleted()
{
    m_out.line(tr("Send connector %1 deleted; its accounts now send through the "
                  "platform's outgoing server.")
                   .arg(m_id.toString()));
}
