#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <utility>

// One received request as the simulator reasons about it. rawTarget is the request target
// byte for byte as it came off the wire (the client signed exactly these bytes); path and
// segments are its percent-decoded form below the API root /1.0.
struct SimRequest
{
    using Header = std::pair<QByteArray, QByteArray>;

    QByteArray method;    // "GET", "POST"…
    QByteArray rawTarget; // "/1.0/email/exchange/…/account/a+b@x.ovh?x=1", as received
    QByteArray host;      // Host header, e.g. "127.0.0.1:40123"
    QList<Header> headers;
    QByteArray body;

    bool underApiRoot = false; // the target starts with /1.0/
    QString path;              // decoded, without /1.0 and query: "/email/exchange"
    QStringList segments;      // decoded segments of path: {"email", "exchange"}
    QUrlQuery query;

    static SimRequest fromWire(const QByteArray &method, const QByteArray &rawTarget,
                               const QByteArray &host, const QList<Header> &headers,
                               const QByteArray &body);

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // scheme + Host + raw target: the FULL_URL part of an OVHcloud signature.
    QByteArray fullUrl() const;
    // For logs and tests: "METHOD target" and the body when there is one.
    QByteArray logLine() const;
};
