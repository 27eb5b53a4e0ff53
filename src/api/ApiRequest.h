#pragma once

#include "ApiPath.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// One call to make: method, encoded path and query, the exact body bytes.
struct ApiRequest
{
    QByteArray method;
    ApiPath path;
    QByteArray query; // encoded, without '?'
    QByteArray body;  // exact JSON bytes sent and signed; empty for none
    bool authenticated = true;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Why the request must not be sent (e.g. a field beyond its limits); when set, the call
    // fails with this message before anything goes out.
    QString refusal;

    bool isIdempotent() const { return method == "GET"; }

    static ApiRequest get(ApiPath path, QByteArray query = {});
    static ApiRequest del(ApiPath path);
    static ApiRequest post(ApiPath path, const QJsonValue &body);
    static ApiRequest put(ApiPath path, const QJsonValue &body);
    static QByteArray jsonBytes(const QJsonValue &value);
};
