#pragma once

#include <QByteArray>
#include <QString>

// OVHcloud's request signature: "$1$" + hex SHA-1 of
// AS + "+" + CK + "+" + METHOD + "+" + FULL_URL + "+" + BODY + "+" + TIMESTAMP.
// The URL and body must be the exact bytes that go on the wire.
class RequestSigner
{
public:
    static QByteArray signature(const QString &applicationSecret, const QString &consumerKey,
                                const QByteArray &method, const QByteArray &fullUrl,
                                const QByteArray &body, qint64 timestamp);
};
