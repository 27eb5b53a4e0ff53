#include "ExchangeApi.h"

#include "ConnectorRules.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ApiDecode {
std::optional<QStringList> stringList(const QJsonDocument &document, QString *error)
{
    if (!document.isArray()) {
        *error = ExchangeApi::tr("expected a list of names");
        return std::nullopt;
    }
    QStringList names;
    const QJsonArray array = document.array();
    names.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isString()) {
            *error = ExchangeApi::tr("expected a list of names");
            return std::nullopt;
        }
        names << value.toString();
    }
    return names;
}

std::optional<QList<qint64>> integerList(const QJsonDocument &document, QString *error)
{
    if (!document.isArray()) {
        *error = ExchangeApi::tr("expected a list of ids");
        return std::nullopt;
    }
    QList<qint64> ids;
    const QJsonArray array = document.array();
    ids.reserve(array.size());
    for (const QJsonValue &value : array) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != double(qint64(number))) {
            *error = ExchangeApi::tr("expected a list of ids");
            return std::nullopt;
        }
        ids << qint64(number);
    }
    return ids;
}

std::optional<NoContent> nothing(const QJsonDocument &, QString *)
{
    return NoContent{};
}
} // namespace ApiDecode

namespace {
template<typename Id> std::optional<QList<Id>> idList(const QJsonDocument &document, QString *error)
{
    const auto numbers = ApiDecode::integerList(document, error);
    if (!numbers)
        return std::nullopt;
    QList<Id> ids;
    ids.reserve(numbers->size());
    for (qint64 number : *numbers)
        ids << Id(number);
    return ids;
}
} // namespace

ExchangeApi::ExchangeApi(OvhClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ApiCall *ExchangeApi::organizations(QObject *context, ResultHandler<QStringList> done)
{
    return send<QStringList>(ApiRequest::get(ApiPath::exchange()), context, ApiDecode::stringList,
                             std::move(done));
}

ApiCall *ExchangeApi::services(const QString &organization, QObject *context,
                               ResultHandler<QStringList> done)
{
    return send<QStringList>(ApiRequest::get(ApiPath::exchange() / organization / "service"),
                             context, ApiDecode::stringList, std::move(done));
}

ApiCall *ExchangeApi::service(const ServiceRef &ref, QObject *context,
                              ResultHandler<ExchangeService> done)
{
    return send<ExchangeService>(
        ApiRequest::get(ApiPath::service(ref)), context,
        [ref](const QJsonDocument &document, QString *error) -> std::optional<ExchangeService> {
            if (!document.isObject()) {
                *error = tr("expected a JSON object");
                return std::nullopt;
            }
            return ExchangeService::fromJson(ref, document.object(), error);
        },
        std::move(done));
}

ApiCall *ExchangeApi::connectorIds(const ServiceRef &ref, QObject *context,
                                   ResultHandler<QList<ConnectorId>> done)
{
    return send<QList<ConnectorId>>(ApiRequest::get(ApiPath::service(ref) / "sendConnector"),
                                    context, idList<ConnectorId>, std::move(done));
}

ApiCall *ExchangeApi::connector(const ServiceRef &ref, ConnectorId id, QObject *context,
                                ResultHandler<SendConnector> done)
{
    return send<SendConnector>(
        ApiRequest::get(ApiPath::service(ref) / "sendConnector" / id.value()), context,
        ApiDecode::object<SendConnector>, std::move(done));
}

ApiCall *ExchangeApi::createConnector(const ServiceRef &ref, const NewConnector &connector,
                                      QObject *context, ResultHandler<Task> done)
{
    // The rules are checked here too, whoever the caller: a field beyond its limits is
    // refused before anything is sent.
    ApiRequest request =
        ApiRequest::post(ApiPath::service(ref) / "sendConnector", connector.toJson());
    request.refusal = ConnectorRules::check(connector);
    return send<Task>(std::move(request), context, ApiDecode::object<Task>, std::move(done));
}

ApiCall *ExchangeApi::editConnector(const ServiceRef &ref, ConnectorId id,
                                    const ConnectorChanges &changes, QObject *context,
                                    ResultHandler<NoContent> done)
{
    ApiRequest request =
        ApiRequest::put(ApiPath::service(ref) / "sendConnector" / id.value(), changes.toJson());
    request.refusal = ConnectorRules::check(changes);
    return send<NoContent>(std::move(request), context, ApiDecode::nothing, std::move(done));
}

ApiCall *ExchangeApi::deleteConnector(const ServiceRef &ref, ConnectorId id, QObject *context,
                                      ResultHandler<Task> done)
{
    return send<Task>(ApiRequest::del(ApiPath::service(ref) / "sendConnector" / id.value()),
                      context, ApiDecode::object<Task>, std::move(done));
}

ApiCall *ExchangeApi::changeAuthentication(const ServiceRef &ref, ConnectorId id,
                                           const AuthenticationChange &change, QObject *context,
                                           ResultHandler<Task> done)
{
    ApiRequest request = ApiRequest::post(ApiPath::service(ref) / "sendConnector" / id.value() /
                                              "changeAuthentication",
                                          change.toJson());
    request.refusal =
        ConnectorRules::checkCredentials(change.authMechanism, change.user, change.password);
    return send<Task>(std::move(request), context, ApiDecode::object<Task>, std::move(done));
}

ApiCall *ExchangeApi::accountAddresses(const ServiceRef &ref, QObject *context,
                                       ResultHandler<QStringList> done)
{
    return send<QStringList>(ApiRequest::get(ApiPath::service(ref) / "account"), context,
                             ApiDecode::stringList, std::move(done));
}

ApiCall *ExchangeApi::account(const ServiceRef &ref, const QString &email, QObject *context,
                              ResultHandler<Account> done)
{
    return send<Account>(ApiRequest::get(ApiPath::service(ref) / "account" / email), context,
                         ApiDecode::object<Account>, std::move(done));
}

ApiCall *ExchangeApi::setAccountConnector(const ServiceRef &ref, const QString &email,
                                          ConnectorId id, QObject *context,
                                          ResultHandler<NoContent> done)
{
    return send<NoContent>(ApiRequest::put(ApiPath::service(ref) / "account" / email,
                                           QJsonObject{{u"sendConnectorId"_s, id.value()}}),
                           context, ApiDecode::nothing, std::move(done));
}

ApiCall *ExchangeApi::domainNames(const ServiceRef &ref, QObject *context,
                                  ResultHandler<QStringList> done)
{
    return send<QStringList>(ApiRequest::get(ApiPath::service(ref) / "domain"), context,
                             ApiDecode::stringList, std::move(done));
}

ApiCall *ExchangeApi::domain(const ServiceRef &ref, const QString &name, QObject *context,
                             ResultHandler<Domain> done)
{
    return send<Domain>(ApiRequest::get(ApiPath::service(ref) / "domain" / name), context,
                        ApiDecode::object<Domain>, std::move(done));
}

ApiCall *ExchangeApi::changeDefaultConnector(const ServiceRef &ref, const QString &domain,
                                             ConnectorId id, QObject *context,
                                             ResultHandler<NoContent> done)
{
    return send<NoContent>(
        ApiRequest::put(ApiPath::service(ref) / "domain" / domain / "changeDefaultSBR",
                        QJsonObject{{u"sendConnectorIdDefault"_s, id.value()}}),
        context, ApiDecode::nothing, std::move(done));
}

ApiCall *ExchangeApi::taskIds(const ServiceRef &ref, QObject *context,
                              ResultHandler<QList<TaskId>> done)
{
    return send<QList<TaskId>>(ApiRequest::get(ApiPath::service(ref) / "task"), context,
                               idList<TaskId>, std::move(done));
}

ApiCall *ExchangeApi::task(const ServiceRef &ref, TaskId id, QObject *context,
                           ResultHandler<Task> done)
{
    return send<Task>(ApiRequest::get(ApiPath::service(ref) / "task" / id.value()), context,
                      ApiDecode::object<Task>, std::move(done));
}
