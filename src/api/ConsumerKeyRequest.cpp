#include "ConsumerKeyRequest.h"

#include "OvhClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

ConsumerKeyRequest::ConsumerKeyRequest(OvhClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConsumerKeyRequest::poll);
}

QByteArray ConsumerKeyRequest::accessRulesBody()
{
    QJsonArray rules;
    for (const char *method : {"GET", "POST", "PUT", "DELETE"})
        rules << QJsonObject{{u"method"_s, QString::fromLatin1(method)},
                             {u"path"_s, u"/email/exchange/*"_s}};
    // Listing the organizations (GET /email/exchange) is the one call outside the subtree.
    rules << QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, u"/email/exchange"_s}};
    return QJsonDocument(QJsonObject{{u"accessRules"_s, rules}}).toJson(QJsonDocument::Compact);
}

void ConsumerKeyRequest::start()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    ApiRequest request{"POST", ApiPath("/auth/credential"), {}, accessRulesBody(), false, {}, {}};
    ApiCall *call = m_client->send(request);
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (!r.ok())
            return fail(r.error);
        const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        m_consumerKey = answer.value(u"consumerKey"_s).toString();
        const QUrl url(answer.value(u"validationUrl"_s).toString());
        if (m_consumerKey.isEmpty() || !url.isValid())
            return fail(ApiError::make(ApiError::Kind::BadAnswer,
                                       tr("OVHcloud answered without a consumer key or "
                                          "validation URL."),
                                       r.queryId));
        Credentials credentials = m_client->credentials();
        credentials.consumerKey = m_consumerKey;
        m_client->setCredentials(credentials);
        Q_EMIT validationRequired(url, m_consumerKey);
        m_timer->start(m_pollIntervalMs);
    });
}

void ConsumerKeyRequest::cancel()
{
    fail(ApiError::make(ApiError::Kind::Cancelled, tr("Stopped waiting for the validation.")));
}

void ConsumerKeyRequest::poll()
{
    ApiCall *call = m_client->send(ApiRequest::get(ApiPath("/auth/currentCredential")));
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (m_over)
            return;
        const QString status =
            QJsonDocument::fromJson(r.body).object().value(u"status"_s).toString();
        if (r.ok() && (status.isEmpty() || status == u"validated"_s)) {
            m_over = true;
            Q_EMIT validated(m_consumerKey);
            deleteLater();
            return;
        }
        const bool stillPending =
            r.error.errorCode == u"NOT_CREDENTIAL"_s || status == u"pendingValidation"_s;
        if (!r.ok() && !stillPending)
            return fail(r.error);
        if (QDateTime::currentMSecsSinceEpoch() - m_startedMs > m_timeoutMs)
            return fail(ApiError::make(ApiError::Kind::Timeout,
                                       tr("The consumer key was not validated in time; "
                                          "start again to get a new one.")));
        m_timer->start(m_pollIntervalMs);
    });
}

void ConsumerKeyRequest::fail(const ApiError &error)
{
    if (m_over)
        return;
    m_over = true;
    m_timer->stop();
    Q_EMIT failed(error);
    deleteLater();
}
