#include "ApiPath.h"

#include <QUrl>

QByteArray ApiPath::encodeSegment(const QString &segment)
{
    // pchar = unreserved / pct-encoded / sub-delims / ":" / "@"
    return QUrl::toPercentEncoding(segment, "!$&'()*+,;=:@");
}

ApiPath ApiPath::service(const ServiceRef &ref)
{
    return exchange() / ref.organization / "service" / ref.service;
}

ApiPath ApiPath::operator/(const QString &segment) const
{
    return ApiPath(m_encoded + '/' + encodeSegment(segment));
}

ApiPath ApiPath::operator/(const char *literalSegment) const
{
    return ApiPath(m_encoded + '/' + encodeSegment(QString::fromLatin1(literalSegment)));
}

ApiPath ApiPath::operator/(qint64 number) const
{
    return ApiPath(m_encoded + '/' + QByteArray::number(number));
}
