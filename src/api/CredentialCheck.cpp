#include "CredentialCheck.h"

#include "ExchangeApi.h"
#include "OvhClient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

CredentialCheck::CredentialCheck(OvhClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString CredentialCheck::explain(const ApiError &e)
{
    QString what;
    if (e.errorCode == u"INVALID_KEY"_s)
        what = tr("OVHcloud does not know this application key: check it, and the region.");
    else if (e.errorCode == u"INVALID_SIGNATURE"_s)
        what = tr("The application secret does not match the application key.");
    else if (e.errorCode == u"INVALID_CREDENTIAL"_s &&
             e.message.contains(u"expired"_s, Qt::CaseInsensitive))
        what = tr("The consumer key has expired. Create a new one (choose an unlimited "
                  "validity on the validation page to keep it).");
    else if (e.errorCode == u"INVALID_CREDENTIAL"_s &&
             e.message.contains(u"refused"_s, Qt::CaseInsensitive))
        what = tr("The consumer key was refused on its validation page. Create a new one and "
                  "allow the access this time.");
    else if (e.errorCode == u"INVALID_CREDENTIAL"_s)
        what = tr("The consumer key was refused: it does not exist, was revoked or has expired. "
                  "Create a new one.");
    else if (e.errorCode == u"NOT_CREDENTIAL"_s)
        what = tr("The consumer key has not been validated yet: open its validation page and "
                  "log in to your OVHcloud account.");
    else if (e.errorCode == u"NOT_GRANTED_CALL"_s || e.httpStatus == 403)
        what = tr("The consumer key lacks the rights Smarthost needs: GET, POST, PUT and DELETE "
                  "on /email/exchange/*.");
    else if (e.errorCode == u"QUERY_TIME_OUT"_s)
        what = tr("The request timestamp was refused even after adjusting to OVHcloud's clock.");
    else if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout)
        what = tr("The OVHcloud API cannot be reached.");
    else
        what = tr("The API refused the credentials.");
    return tr("%1 (OVHcloud said: %2)").arg(what, e.toText());
}

void CredentialCheck::start()
{
    const auto checkExchangeRights = [this] {
        ExchangeApi api(m_client);
        api.organizations(this, [this](const ApiResult<QStringList> &organizations) {
            Outcome outcome;
            if (!organizations.ok()) {
                outcome.error = organizations.error;
                outcome.message = explain(organizations.error);
                return finish(outcome);
            }
            outcome.ok = true;
            outcome.organizations = int(organizations->size());
            outcome.message = organizations->isEmpty()
                                  ? tr("The key works, but this account has no Exchange "
                                       "platform.")
                                  : tr("The key works: %n Exchange organization(s) found.", nullptr,
                                       outcome.organizations);
            const qint64 delta = m_client->timeDelta();
            if (qAbs(delta) > 120)
                outcome.warning = tr("This computer's clock is %n minute(s) off OVHcloud's; "
                                     "Smarthost compensates, but other tools may fail.",
                                     nullptr, int(qAbs(delta) / 60));
            finish(outcome);
        });
    };
    if (m_client->usesOAuth2())
        return checkExchangeRights();
    ApiCall *call = m_client->send(ApiRequest::get(ApiPath("/auth/currentCredential")));
    connect(call, &ApiCall::finished, this, [this, checkExchangeRights](const ApiResponse &r) {
        if (!r.ok()) {
            Outcome outcome;
            outcome.error = r.error;
            outcome.message = explain(r.error);
            return finish(outcome);
        }
        const QString status =
            QJsonDocument::fromJson(r.body).object().value(u"status"_s).toString();
        if (!status.isEmpty() && status != u"validated"_s) {
            Outcome outcome;
            outcome.error =
                ApiError::make(ApiError::Kind::Http,
                               tr("The consumer key's status is \"%1\".").arg(status), r.queryId);
            outcome.message = explain(outcome.error);
            return finish(outcome);
        }
        checkExchangeRights();
    });
}

void CredentialCheck::finish(Outcome outcome)
{
    Q_EMIT finished(outcome);
    deleteLater();
}
