#include "ApiRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ApiRequest ApiRequest::get(ApiPath path, QByteArray query)
{
    return ApiRequest{"GET", std::move(path), std::move(query), {}, true, {}, {}};
}

ApiRequest ApiRequest::del(ApiPath path)
{
    return ApiRequest{"DELETE", std::move(path), {}, {}, true, {}, {}};
}

ApiRequest ApiRequest::post(ApiPath path, const QJsonValue &body)
{
    return ApiRequest{"POST", std::move(path), {}, jsonBytes(body), true, {}, {}};
}

ApiRequest ApiRequest::put(ApiPath path, const QJsonValue &body)
{
    return ApiRequest{"PUT", std::move(path), {}, jsonBytes(body), true, {}, {}};
}

QByteArray ApiRequest::jsonBytes(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return {};
}
