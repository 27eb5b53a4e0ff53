#pragma once

#include "ServiceRef.h"

#include <QByteArray>
#include <QString>

// Builds encoded API paths. A path segment keeps every character RFC 3986 allows in it
// literally (so "a+b@example.com" stays as is, like the SDKs send it) and percent-encodes
// the rest; the result is exactly what is sent and signed.
class ApiPath
{
public:
    explicit ApiPath(QByteArray encoded = {})
        : m_encoded(std::move(encoded))
    {}

    static ApiPath exchange() { return ApiPath("/email/exchange"); }
    static ApiPath service(const ServiceRef &ref);

    ApiPath operator/(const QString &segment) const;
    ApiPath operator/(const char *literalSegment) const;
    ApiPath operator/(qint64 number) const;

    static QByteArray encodeSegment(const QString &segment);
    const QByteArray &encoded() const { return m_encoded; }

private:
    QByteArray m_encoded;
};
