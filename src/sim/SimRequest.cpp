#include "SimRequest.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QByteArray apiRoot = QByteArrayLiteral("/1.0");

QByteArray pathOfTarget(const QByteArray &target)
{
    QByteArray path = target;
    // An absolute-form target (proxy style) carries scheme and authority first.
    if (path.startsWith("http://") || path.startsWith("https://")) {
        const qsizetype slash = path.indexOf('/', path.indexOf("//") + 2);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    const qsizetype question = path.indexOf('?');
    return question < 0 ? path : path.left(question);
}
} // namespace

SimRequest SimRequest::fromWire(const QByteArray &method, const QByteArray &rawTarget,
                                const QByteArray &host, const QList<Header> &headers,
                                const QByteArray &body)
{
    SimRequest request;
    request.method = method.toUpper();
    request.rawTarget = rawTarget;
    request.host = host;
    request.headers = headers;
    request.body = body;

    QByteArray rawPath = pathOfTarget(rawTarget);
    const qsizetype question = rawTarget.indexOf('?');
    if (question >= 0)
        request.query.setQuery(QString::fromUtf8(rawTarget.mid(question + 1)));

    if (rawPath == apiRoot || rawPath.startsWith("/1.0/")) {
        request.underApiRoot = true;
        rawPath = rawPath.mid(apiRoot.size());
    }
    const QList<QByteArray> parts = rawPath.split('/');
    // parts[0] is the empty text before the leading slash.
    for (qsizetype i = 1; i < parts.size(); ++i)
        request.segments << QUrl::fromPercentEncoding(parts.at(i));
    if (request.segments.size() == 1 && request.segments.first().isEmpty())
        request.segments.clear(); // "/1.0/" is the root itself
    request.path = u'/' + request.segments.join(u'/');
    return request;
}

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const Header &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool SimRequest::hasHeader(const QByteArray &name) const
{
    for (const Header &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray SimRequest::fullUrl() const
{
    if (rawTarget.startsWith("http://") || rawTarget.startsWith("https://"))
        return rawTarget;
    return "http://" + host + rawTarget;
}

QByteArray SimRequest::logLine() const
{
    QByteArray line = method + ' ' + rawTarget;
    if (!body.isEmpty())
        line += ' ' + body;
    return line;
}
