#include "Endpoint.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
struct KnownEndpoint
{
    const char16_t *name;
    const char16_t *base;
    const char16_t *token;
};
constexpr KnownEndpoint knownEndpoints[] = {
    {u"ovh-eu", u"https://eu.api.ovh.com/1.0", u"https://www.ovh.com/auth/oauth2/token"},
    {u"ovh-ca", u"https://ca.api.ovh.com/1.0", u"https://ca.ovh.com/auth/oauth2/token"},
    {u"ovh-us", u"https://api.us.ovhcloud.com/1.0", u"https://us.ovhcloud.com/auth/oauth2/token"},
};
} // namespace

QStringList Endpoint::knownNames()
{
    QStringList names;
    for (const auto &known : knownEndpoints)
        names << QString::fromUtf16(known.name);
    return names;
}

bool Endpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"::1"_s || h == u"0:0:0:0:0:0:0:1"_s)
        return true;
    static const QRegularExpression ipv4Loopback(
        u"^127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)$"_s);
    return ipv4Loopback.match(h).hasMatch();
}

std::optional<Endpoint> Endpoint::resolve(const QString &nameOrUrl, QString *error)
{
    const QString text = nameOrUrl.trimmed();
    for (const auto &known : knownEndpoints) {
        if (text.compare(QString::fromUtf16(known.name), Qt::CaseInsensitive) == 0) {
            Endpoint e;
            e.name = QString::fromUtf16(known.name);
            e.baseUrl = QUrl(QString::fromUtf16(known.base));
            e.tokenUrl = QUrl(QString::fromUtf16(known.token));
            e.createAppUrl =
                QUrl(e.baseUrl.adjusted(QUrl::RemovePath).toString() + u"/createApp/"_s);
            return e;
        }
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
        if (error)
            *error = tr("Unknown endpoint \"%1\": use %2 or an https:// URL.")
                         .arg(text.left(200), knownNames().join(u", "_s));
        return std::nullopt;
    }
    if (scheme == u"http"_s && !isLoopbackHost(url.host())) {
        if (error)
            *error = tr("Refusing plain http:// for %1: only loopback addresses may use it. "
                        "Use https://.")
                         .arg(url.host());
        return std::nullopt;
    }
    if (!url.query().isEmpty() || !url.fragment().isEmpty()) {
        if (error)
            *error =
                tr("The endpoint URL must not have a query or fragment: %1").arg(text.left(200));
        return std::nullopt;
    }
    Endpoint e;
    e.name = text;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    e.baseUrl = url;
    e.baseUrl.setPath(path);
    const QString root = e.baseUrl.adjusted(QUrl::RemovePath).toString();
    e.createAppUrl = QUrl(root + u"/createApp/"_s);
    e.tokenUrl = QUrl(root + u"/auth/oauth2/token"_s);
    return e;
}
