#include "SimAccount.h"

#include "JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject SimAccount::spamAndVirusConfiguration() const
{
    return QJsonObject{
        {u"checkDKIM"_s, checkDKIM},   {u"checkSPF"_s, checkSPF},
        {u"deleteSpam"_s, deleteSpam}, {u"deleteVirus"_s, account.deleteVirus},
        {u"putInJunk"_s, putInJunk},   {u"tagSpam"_s, tagSpam},
        {u"tagVirus"_s, tagVirus},
    };
}

QJsonObject SimAccount::toJson() const
{
    QJsonObject object = account.toJson();
    const auto nullable = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    object.insert(u"spamAndVirusConfiguration"_s, spamAndVirusConfiguration());
    object.insert(u"firstName"_s, nullable(firstName));
    object.insert(u"lastName"_s, nullable(lastName));
    object.insert(u"initials"_s, nullable(firstName.left(1) + lastName.left(1)));
    object.insert(u"company"_s, nullable(company));
    object.insert(u"hiddenFromGAL"_s, hiddenFromGAL);
    object.insert(u"sbrDestination"_s, nullable(sbrDestination));
    object.insert(u"quota"_s, quotaGb);
    object.insert(u"currentUsage"_s, currentUsageMb);
    object.insert(u"creationDate"_s, formatApiDateTime(creationDate));
    object.insert(u"lastUpdateDate"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"lastLogonDate"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"SAMAccountName"_s, account.login);
    object.insert(u"guid"_s, nullable(account.id));
    object.insert(u"exchangeGuid"_s, nullable(account.id));
    object.insert(u"outlookLicense"_s, false);
    object.insert(u"mailingFilter"_s, QJsonArray{u"vaderetro"_s});
    object.insert(u"litigation"_s, false);
    object.insert(u"owaLimited"_s, false);
    object.insert(u"configured"_s, true);
    object.insert(u"spamDetected"_s, false);
    object.insert(u"spamTicketNumber"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"passwordLastUpdate"_s, formatApiDateTime(creationDate));
    object.insert(u"expirationOutlookDate"_s, QJsonValue(QJsonValue::Null));
    object.insert(u"renewPeriod"_s, u"monthly"_s);
    object.insert(u"deleteOutlookAtExpiration"_s, false);
    return object;
}
