#pragma once

#include "Account.h"
#include "ApiResult.h"
#include "ConnectorRequests.h"
#include "Domain.h"
#include "ExchangeService.h"
#include "OvhClient.h"
#include "SendConnector.h"
#include "ServiceRef.h"
#include "Task.h"

#include <QJsonDocument>
#include <QStringList>

// Typed calls for every Exchange route Smarthost uses. Each call takes a context object:
// the handler runs only while the context lives (and never after it was destroyed), and
// returns the ApiCall so the caller can cancel it.
class ExchangeApi : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeApi(OvhClient *client, QObject *parent = nullptr);

    OvhClient *client() const { return m_client; }

    // Organizations and services.
    ApiCall *organizations(QObject *context, ResultHandler<QStringList> done);
    ApiCall *services(const QString &organization, QObject *context,
                      ResultHandler<QStringList> done);
    ApiCall *service(const ServiceRef &ref, QObject *context, ResultHandler<ExchangeService> done);

    // Send connectors.
    ApiCall *connectorIds(const ServiceRef &ref, QObject *context,
                          ResultHandler<QList<ConnectorId>> done);
    ApiCall *connector(const ServiceRef &ref, ConnectorId id, QObject *context,
                       ResultHandler<SendConnector> done);
    ApiCall *createConnector(const ServiceRef &ref, const NewConnector &connector, QObject *context,
                             ResultHandler<Task> done);
    ApiCall *editConnector(const ServiceRef &ref, ConnectorId id, const ConnectorChanges &changes,
                           QObject *context, ResultHandler<NoContent> done);
    ApiCall *deleteConnector(const ServiceRef &ref, ConnectorId id, QObject *context,
                             ResultHandler<Task> done);
    ApiCall *changeAuthentication(const ServiceRef &ref, ConnectorId id,
                                  const AuthenticationChange &change, QObject *context,
                                  ResultHandler<Task> done);

    // Accounts.
    ApiCall *accountAddresses(const ServiceRef &ref, QObject *context,
                              ResultHandler<QStringList> done);
    ApiCall *account(const ServiceRef &ref, const QString &email, QObject *context,
                     ResultHandler<Account> done);
    // Sends only {"sendConnectorId": id}; a null id detaches (the platform's server).
    ApiCall *setAccountConnector(const ServiceRef &ref, const QString &email, ConnectorId id,
                                 QObject *context, ResultHandler<NoContent> done);

    // Domains.
    ApiCall *domainNames(const ServiceRef &ref, QObject *context, ResultHandler<QStringList> done);
    ApiCall *domain(const ServiceRef &ref, const QString &name, QObject *context,
                    ResultHandler<Domain> done);
    // Sends only {"sendConnectorIdDefault": id}; a null id resets to the platform's server.
    ApiCall *changeDefaultConnector(const ServiceRef &ref, const QString &domain, ConnectorId id,
                                    QObject *context, ResultHandler<NoContent> done);

    // Tasks.
    ApiCall *taskIds(const ServiceRef &ref, QObject *context, ResultHandler<QList<TaskId>> done);
    ApiCall *task(const ServiceRef &ref, TaskId id, QObject *context, ResultHandler<Task> done);

    // Sends any request and decodes the answer with `decode` (which sets its error text on
    // failure); the building block of the calls above.
    template<typename T>
    using Decoder = std::function<std::optional<T>(const QJsonDocument &, QString *)>;
    template<typename T>
    ApiCall *send(ApiRequest request, QObject *context, Decoder<T> decode, ResultHandler<T> done);

private:
    OvhClient *m_client;
};

// Decoders shared by the typed calls and the bulk loaders.
namespace ApiDecode {
std::optional<QStringList> stringList(const QJsonDocument &document, QString *error);
std::optional<QList<qint64>> integerList(const QJsonDocument &document, QString *error);
std::optional<NoContent> nothing(const QJsonDocument &document, QString *error);
template<typename T> std::optional<T> object(const QJsonDocument &document, QString *error)
{
    if (!document.isObject()) {
        if (error)
            *error = ExchangeApi::tr("expected a JSON object");
        return std::nullopt;
    }
    return T::fromJson(document.object(), error);
}
} // namespace ApiDecode

template<typename T>
ApiCall *ExchangeApi::send(ApiRequest request, QObject *context, Decoder<T> decode,
                           ResultHandler<T> done)
{
    ApiCall *call = m_client->send(std::move(request));
    connect(call, &ApiCall::finished, context,
            [decode = std::move(decode), done = std::move(done)](const ApiResponse &response) {
                if (!response.ok()) {
                    done(ApiResult<T>::failure(response.error));
                    return;
                }
                QJsonParseError parseError;
                QJsonDocument document;
                const QByteArray body = response.body.trimmed();
                if (!body.isEmpty() && body != "null") {
                    document = QJsonDocument::fromJson(body, &parseError);
                    if (parseError.error != QJsonParseError::NoError) {
                        done(ApiResult<T>::failure(ApiError::make(
                            ApiError::Kind::BadAnswer,
                            ExchangeApi::tr("The API answered with malformed JSON: %1")
                                .arg(parseError.errorString()),
                            response.queryId)));
                        return;
                    }
                }
                QString problem;
                std::optional<T> value = decode(document, &problem);
                if (!value) {
                    done(ApiResult<T>::failure(ApiError::make(
                        ApiError::Kind::BadAnswer,
                        ExchangeApi::tr("Unexpected answer from the API: %1").arg(problem),
                        response.queryId)));
                    return;
                }
                done(ApiResult<T>::success(std::move(*value), response.queryId));
            });
    return call;
}
