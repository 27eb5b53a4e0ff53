#include "RegistrableDomain.h"

#include "AddressExtractor.h"
#include "IpAddress.h"

#include <libpsl.h>

QString RegistrableDomain::of(const QString &host)
{
    const QString name = AddressExtractor::cleanHostName(host);
    if (!name.contains(u'.') || IpAddress::isIpLiteral(name))
        return QString();
    for (const QChar c : name) {
        const bool allowed = c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_';
        if (!allowed)
            return QString();
    }
    const QByteArray utf8 = name.toUtf8();
    const char *domain = psl_registrable_domain(psl_builtin(), utf8.constData());
    return domain ? QString::fromUtf8(domain) : QString();
}
