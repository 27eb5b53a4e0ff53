#include "AccountRoutes.h"

#include "RequestBody.h"
#include "SimRequest.h"
#include "SimWorld.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QStringList writableFields{
    u"displayName"_s,
    u"firstName"_s,
    u"lastName"_s,
    u"initials"_s,
    u"company"_s,
    u"hiddenFromGAL"_s,
    u"sendConnectorId"_s,
    u"sbrDestination"_s,
    u"spamAndVirusConfiguration"_s,
    u"accountLicense"_s,
    u"deleteOutlookAtExpiration"_s,
    u"renewPeriod"_s,
};
const QStringList readOnlyFields{
    u"primaryEmailAddress"_s,
    u"id"_s,
    u"login"_s,
    u"domain"_s,
    u"state"_s,
    u"taskPendingId"_s,
    u"quota"_s,
    u"currentUsage"_s,
    u"creationDate"_s,
    u"lastUpdateDate"_s,
    u"lastLogonDate"_s,
    u"SAMAccountName"_s,
    u"guid"_s,
    u"exchangeGuid"_s,
    u"outlookLicense"_s,
    u"mailingFilter"_s,
    u"litigation"_s,
    u"litigationPeriod"_s,
    u"owaLimited"_s,
    u"configured"_s,
    u"spamDetected"_s,
    u"spamTicketNumber"_s,
    u"passwordLastUpdate"_s,
    u"expirationOutlookDate"_s,
};
const QStringList spamFields{u"checkDKIM"_s, u"checkSPF"_s, u"deleteSpam"_s, u"deleteVirus"_s,
                             u"putInJunk"_s, u"tagSpam"_s,  u"tagVirus"_s};
} // namespace

AccountRoutes::AccountRoutes(SimService &service)
    : m_service(service)
{}

bool AccountRoutes::like(const QString &text, const QString &pattern)
{
    QString expression;
    for (const QChar c : pattern) {
        if (c == u'%')
            expression += u".*"_s;
        else if (c == u'_')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression regex(QRegularExpression::anchoredPattern(expression),
                                   QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::DotMatchesEverythingOption);
    return regex.match(text).hasMatch();
}

SimReply AccountRoutes::list(const SimRequest &request) const
{
    QJsonArray addresses;
    for (const auto &[key, simAccount] : m_service.accounts) {
        const QJsonObject object = simAccount.toJson();
        bool keep = true;
        for (const QString &filter :
             {u"primaryEmailAddress"_s, u"id"_s, u"accountLicense"_s, u"company"_s}) {
            if (!request.query.hasQueryItem(filter))
                continue;
            const QString pattern = request.query.queryItemValue(filter, QUrl::FullyDecoded);
            keep = keep && like(object.value(filter).toString(), pattern);
        }
        if (keep)
            addresses.append(simAccount.account.primaryEmailAddress);
    }
    return SimReply::json(addresses);
}

QList<QJsonObject> AccountRoutes::objects() const
{
    QList<QJsonObject> result;
    for (const auto &[key, simAccount] : m_service.accounts)
        result << simAccount.toJson();
    return result;
}

SimReply AccountRoutes::get(const QString &email) const
{
    const auto it = m_service.accounts.find(SimWorld::normalizedKey(email));
    if (it == m_service.accounts.end())
        return SimReply::objectNotFound(u"primaryEmailAddress"_s, email);
    return SimReply::json(it->second.toJson());
}

SimReply AccountRoutes::update(const QString &email, const SimRequest &request)
{
    const auto it = m_service.accounts.find(SimWorld::normalizedKey(email));
    if (it == m_service.accounts.end())
        return SimReply::objectNotFound(u"primaryEmailAddress"_s, email);
    SimAccount &target = it->second;
    SimReply error;
    auto body = RequestBody::parse(request.body, &error);
    if (!body)
        return error;
    body->rejectOthers(writableFields + readOnlyFields, u"Unknown property"_s);

    const auto displayName = body->string(u"displayName"_s);
    const auto firstName = body->string(u"firstName"_s);
    const auto lastName = body->string(u"lastName"_s);
    const auto company = body->string(u"company"_s);
    const auto sbrDestination = body->string(u"sbrDestination"_s);
    const auto hiddenFromGAL = body->boolean(u"hiddenFromGAL"_s);
    const auto license = body->string(u"accountLicense"_s);
    if (license && !QStringList{u"basic"_s, u"standard"_s, u"enterprise"_s}.contains(*license))
        body->fail(u"accountLicense"_s, u"Given data (%1) does not belong to the enum "
                                        "email.exchange.OvhLicenceEnum"_s.arg(license->left(40)));
    const bool connectorGiven = body->has(u"sendConnectorId"_s);
    const auto connectorId = body->integer(u"sendConnectorId"_s);
    const auto spam = body->object(u"spamAndVirusConfiguration"_s);
    QHash<QString, bool> spamValues;
    if (spam) {
        RequestBody spamBody(*spam);
        spamBody.rejectOthers(spamFields, u"Unknown property"_s);
        for (const QString &field : spamFields)
            if (const auto value = spamBody.boolean(field))
                spamValues.insert(field, *value);
        if (!spamBody.ok())
            return SimReply::badRequest(u"[spamAndVirusConfiguration]"_s +
                                        spamBody.error().errorMessage());
        if (!spamValues.value(u"deleteVirus"_s, true))
            return SimReply::badRequest(
                u"[spamAndVirusConfiguration.deleteVirus] Disabling virus deletion is not "
                "allowed: set deleteVirus to true"_s);
    }
    if (!body->ok())
        return body->error();

    if (connectorGiven && connectorId.value_or(0) != 0) {
        const auto c = m_service.connectors.find(*connectorId);
        if (c == m_service.connectors.end())
            return SimReply::notFound(u"Send connector %1 does not exist on this service"_s.arg(
                QString::number(*connectorId)));
        if (c->second.connector.state != ConnectorState::Ok)
            return SimReply::conflict(
                u"Send connector %1 cannot be used while its state is %2"_s.arg(
                    QString::number(*connectorId), connectorStateToApi(c->second.connector.state)));
    }

    if (connectorGiven)
        target.account.sendConnectorId = ConnectorId(connectorId.value_or(0));
    target.account.displayName = displayName.value_or(target.account.displayName);
    target.firstName = firstName.value_or(target.firstName);
    target.lastName = lastName.value_or(target.lastName);
    target.company = company.value_or(target.company);
    target.sbrDestination = sbrDestination.value_or(target.sbrDestination);
    target.hiddenFromGAL = hiddenFromGAL.value_or(target.hiddenFromGAL);
    target.account.accountLicense = license.value_or(target.account.accountLicense);
    target.checkDKIM = spamValues.value(u"checkDKIM"_s, target.checkDKIM);
    target.checkSPF = spamValues.value(u"checkSPF"_s, target.checkSPF);
    target.deleteSpam = spamValues.value(u"deleteSpam"_s, target.deleteSpam);
    target.account.deleteVirus = spamValues.value(u"deleteVirus"_s, target.account.deleteVirus);
    target.putInJunk = spamValues.value(u"putInJunk"_s, target.putInJunk);
    target.tagSpam = spamValues.value(u"tagSpam"_s, target.tagSpam);
    target.tagVirus = spamValues.value(u"tagVirus"_s, target.tagVirus);
    return SimReply::null();
}
