#include "AccountCommands.h"

#include "CliFormat.h"
#include "CliSession.h"
#include "LostAnswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
QString checkConnectorId(const QString &text, bool allowZero)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 0 || (id == 0 && !allowZero))
        return CliCommand::tr("\"%1\" is not a connector id.").arg(text);
    return {};
}

QJsonObject errorJson(const ApiError &e)
{
    return QJsonObject{{u"message"_s, e.message},
                       {u"errorCode"_s, e.errorCode},
                       {u"class"_s, e.errorClass},
                       {u"httpStatus"_s, e.httpStatus},
                       {u"queryId"_s, e.queryId}};
}
} // namespace

QString AccountListCommand::prepare()
{
    return requirePositional(2, u"accounts ORG SVC"_s);
}

void AccountListCommand::run(CliSession *session)
{
    session->reader()->readAccounts(
        serviceArgument(), this, [this](const CollectionResult<Account> &result) {
            if (result.listError.isError())
                return failWith(result.listError);
            CliFormat::accounts(m_out, m_args.json, result.items);
            for (const auto &[email, error] : result.failures) {
                m_out.error(tr("Account %1 could not be read:").arg(email));
                m_out.apiError(error);
            }
            finish(result.failures.isEmpty() ? Success : Failure);
        });
}

AttachCommand::AttachCommand(bool attach, const CliArguments &arguments, CliOutput &output,
                             QObject *parent)
    : CliCommand(arguments, output, parent)
    , m_attach(attach)
{}

QStringList AttachCommand::emails() const
{
    return m_args.positional.mid(m_attach ? 3 : 2);
}

QString AttachCommand::prepare()
{
    if (m_attach) {
        if (QString usage = requirePositional(4, u"attach ORG SVC CONNECTOR_ID EMAIL…"_s);
            !usage.isEmpty())
            return usage;
        return checkConnectorId(m_args.positional.at(2), false);
    }
    return requirePositional(3, u"detach ORG SVC EMAIL…"_s);
}

void AttachCommand::run(CliSession *session)
{
    const ConnectorId target =
        m_attach ? ConnectorId(m_args.positional.at(2).toLongLong()) : ConnectorId();
    struct Tally
    {
        int remaining = 0;
        int succeeded = 0;
        QJsonArray report;
        QList<QPair<QString, ApiError>> failures;
    };
    auto tally = std::make_shared<Tally>();
    const QStringList addresses = emails();
    tally->remaining = int(addresses.size());
    const auto record = [this, tally, target](const QString &email, const ApiError &error) {
        QJsonObject entry{{u"primaryEmailAddress"_s, email},
                          {u"sendConnectorId"_s, target.value()},
                          {u"ok"_s, !error.isError()}};
        if (!error.isError()) {
            ++tally->succeeded;
        } else {
            entry.insert(u"error"_s, errorJson(error));
            tally->failures << qMakePair(email, error);
        }
        tally->report << entry;
        if (--tally->remaining > 0)
            return;
        for (const auto &[address, failure] : tally->failures) {
            m_out.error(tr("%1:").arg(address));
            m_out.apiError(failure);
        }
        if (m_args.json)
            m_out.json(tally->report);
        else if (m_attach)
            m_out.line(
                tr("%1 attached, %2 failed.").arg(tally->succeeded).arg(tally->failures.size()));
        else
            m_out.line(
                tr("%1 detached, %2 failed.").arg(tally->succeeded).arg(tally->failures.size()));
        finish(tally->failures.isEmpty() ? Success : Failure);
    };
    const ServiceRef ref = serviceArgument();
    ExchangeApi *api = session->api();
    for (const QString &email : addresses) {
        api->setAccountConnector(
            ref, email, target, this,
            [this, api, ref, email, target, record](const ApiResult<NoContent> &result) {
                if (result.ok() || !LostAnswer::isLost(result.error))
                    return record(email, result.error);
                // The answer was lost: read the account back instead of sending it again.
                const ApiError lost = result.error;
                api->account(
                    ref, email, this,
                    [this, email, target, record, lost](const ApiResult<Account> &read) {
                        const bool applied = read.ok() && read->sendConnectorId == target;
                        const ApiError reported = LostAnswer::outcome(lost, read.error, applied);
                        if (!reported.isError())
                            m_out.error(tr("%1: %2").arg(email, LostAnswer::appliedWarning(lost)));
                        record(email, reported);
                    });
            });
    }
}

QString DomainListCommand::prepare()
{
    return requirePositional(2, u"domains ORG SVC"_s);
}

void DomainListCommand::run(CliSession *session)
{
    session->reader()->readDomains(
        serviceArgument(), this, [this](const CollectionResult<Domain> &result) {
            if (result.listError.isError())
                return failWith(result.listError);
            CliFormat::domains(m_out, m_args.json, result.items);
            for (const auto &[name, error] : result.failures) {
                m_out.error(tr("Domain %1 could not be read:").arg(name));
                m_out.apiError(error);
            }
            finish(result.failures.isEmpty() ? Success : Failure);
        });
}

QString DefaultConnectorCommand::prepare()
{
    if (QString usage = requirePositional(4, u"default-connector ORG SVC DOMAIN CONNECTOR_ID"_s);
        !usage.isEmpty())
        return usage;
    return checkConnectorId(m_args.positional.at(3), true);
}

void DefaultConnectorCommand::run(CliSession *session)
{
    const ServiceRef ref = serviceArgument();
    const QString domain = m_args.positional.at(2);
    const ConnectorId id(m_args.positional.at(3).toLongLong());
    ExchangeApi *api = session->api();
    api->changeDefaultConnector(
        ref, domain, id, this, [this, api, ref, domain, id](const ApiResult<NoContent> &r) {
            if (!r.ok() && !LostAnswer::isLost(r.error))
                return failWith(r.error);
            const ApiError lost = r.error;
            api->domain(ref, domain, this, [this, lost, id](const ApiResult<Domain> &d) {
                if (!acceptReadBack(lost, d.error, d.ok() && d->sendConnectorIdDefault == id))
                    return;
                CliFormat::domains(m_out, m_args.json, {*d});
                if (!m_args.json && d->sendConnectorIdDefault.isNull())
                    m_out.line(tr("New accounts of %1 will send through the platform's outgoing "
                                  "server; existing accounts keep their connector.")
                                   .arg(d->name));
                else if (!m_args.json)
                    m_out.line(
                        tr("New accounts of %1 will use connector %2; existing accounts keep "
                           "their connector.")
                            .arg(d->name, d->sendConnectorIdDefault.toString()));
                finish(Success);
            });
        });
}
