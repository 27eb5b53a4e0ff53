#include "ExchangeService.h"

#include "JsonReader.h"

using namespace Qt::StringLiterals;

std::optional<ExchangeService> ExchangeService::fromJson(const ServiceRef &ref,
                                                         const QJsonObject &object, QString *error)
{
    JsonReader reader(object, u"exchangeService"_s);
    ExchangeService s;
    s.ref = ref;
    s.displayName = reader.optionalString(u"displayName"_s);
    s.domain = reader.optionalString(u"domain"_s);
    s.hostname = reader.optionalString(u"hostname"_s);
    s.offer = reader.string(u"offer"_s);
    s.state = reader.optionalString(u"state"_s);
    s.maxSendSizeMb = reader.optionalInt(u"maxSendSize"_s).value_or(0);
    s.maxReceiveSizeMb = reader.optionalInt(u"maxReceiveSize"_s).value_or(0);
    s.webUrl = reader.optionalString(u"webUrl"_s);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return s;
}

QJsonObject ExchangeService::toJson() const
{
    return QJsonObject{
        {u"domain"_s, domain},
        {u"displayName"_s, displayName},
        {u"hostname"_s, hostname},
        {u"offer"_s, offer},
        {u"state"_s, state},
        {u"maxSendSize"_s, maxSendSizeMb},
        {u"maxReceiveSize"_s, maxReceiveSizeMb},
        {u"webUrl"_s, webUrl},
        {u"taskPendingId"_s, 0},
    };
}
