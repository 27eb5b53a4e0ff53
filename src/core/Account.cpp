#include "Account.h"

#include "JsonReader.h"

using namespace Qt::StringLiterals;

std::optional<Account> Account::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, u"account"_s);
    Account a;
    a.primaryEmailAddress = reader.string(u"primaryEmailAddress"_s);
    a.id = reader.optionalString(u"id"_s);
    a.displayName = reader.optionalString(u"displayName"_s);
    a.login = reader.optionalString(u"login"_s);
    a.domain = reader.optionalString(u"domain"_s);
    a.accountLicense = reader.optionalString(u"accountLicense"_s);
    a.state = reader.optionalString(u"state"_s);
    a.taskPendingId = TaskId(reader.optionalInteger(u"taskPendingId"_s).value_or(0));
    a.sendConnectorId = ConnectorId(reader.optionalInteger(u"sendConnectorId"_s).value_or(0));
    const QJsonObject spam = reader.optionalObject(u"spamAndVirusConfiguration"_s);
    if (!spam.isEmpty()) {
        JsonReader spamReader(spam, u"spamAndVirusConfiguration"_s);
        a.deleteVirus = spamReader.optionalBoolean(u"deleteVirus"_s).value_or(true);
        if (!spamReader.ok())
            reader.fail(u"spamAndVirusConfiguration"_s, spamReader.error());
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return a;
}

QJsonObject Account::toJson() const
{
    return QJsonObject{
        {u"primaryEmailAddress"_s, primaryEmailAddress},
        {u"id"_s, id},
        {u"displayName"_s, displayName},
        {u"login"_s, login},
        {u"domain"_s, domain},
        {u"accountLicense"_s, accountLicense},
        {u"state"_s, state},
        {u"taskPendingId"_s, taskPendingId.value()},
        {u"sendConnectorId"_s, sendConnectorId.isNull() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(sendConnectorId.value())},
        {u"spamAndVirusConfiguration"_s, QJsonObject{{u"checkDKIM"_s, false},
                                                     {u"checkSPF"_s, false},
                                                     {u"deleteSpam"_s, false},
                                                     {u"deleteVirus"_s, deleteVirus},
                                                     {u"putInJunk"_s, false},
                                                     {u"tagSpam"_s, true},
                                                     {u"tagVirus"_s, true}}},
    };
}
