#include "SmtpClientName.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

QString SmtpClientName::addressLiteral(const QHostAddress &localAddress)
{
    bool isV4 = false;
    const quint32 v4 = localAddress.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return u'[' + QHostAddress(v4).toString() + u']';
    QHostAddress v6 = localAddress;
    v6.setScopeId({}); // "fe80::1%eth0" is meaningless to the server
    return u"[IPv6:"_s + v6.toString() + u']';
}
