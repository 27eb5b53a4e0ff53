#include "AddressExtractor.h"

#include "IpAddress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isPieceSeparator(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u'"' ||
           c == u',' || c == u';' || c == u'=' || c == u'<' || c == u'>' || c == u'\'';
}

// Splits text into the pieces an address could be: "[1.2.3.4]:25" gives "1.2.3.4" and
// ":25", "[IPv6:2001:db8::1]" gives "IPv6:2001:db8::1".
QList<QStringView> pieces(QStringView text)
{
    QList<QStringView> result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool separator = i == text.size() || isPieceSeparator(text[i]);
        if (separator && start >= 0) {
            result.append(text.mid(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    return result;
}

struct AddressSearch
{
    QString valid;
    QString invalid;

    void scan(QStringView text)
    {
        for (const QStringView piece : pieces(text)) {
            QStringView candidate = piece;
            if (candidate.endsWith(u'.'))
                candidate.chop(1);
            const auto literal = IpAddress::parse(candidate);
            if (literal.kind == IpAddress::Kind::InvalidV4 && invalid.isEmpty())
                invalid = literal.text;
            else if ((literal.kind == IpAddress::Kind::V4 || literal.kind == IpAddress::Kind::V6) &&
                     valid.isEmpty())
                valid = literal.text;
        }
    }
};

QString findHelo(QStringView text)
{
    static const QRegularExpression helo(
        u"(?<![\\w.-])(?:helo|ehlo)(?:\\s+|=)\"?([^\\s\"'()\\[\\]]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = helo.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

// "host [ip]" inside the TCP-info: the reverse DNS name the receiving server looked up.
QString findReverseDns(QStringView text)
{
    static const QRegularExpression rdns(u"(?:^|[\\s(])([A-Za-z0-9][A-Za-z0-9.-]*)\\s+\\["_s);
    const auto match = rdns.match(text);
    if (!match.hasMatch())
        return QString();
    QString name = match.captured(1);
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.compare(u"unknown"_s, Qt::CaseInsensitive) == 0 || IpAddress::isIpLiteral(name))
        return QString();
    return name;
}

} // namespace

QString AddressExtractor::cleanHostName(QString name)
{
    name = name.trimmed().toLower();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

ConnectingHost AddressExtractor::fromClause(const QList<HeaderToken> &clauseTokens)
{
    ConnectingHost host;
    QString details; // everything after the announced name, comments unwrapped
    for (qsizetype i = 0; i < clauseTokens.size(); ++i) {
        const HeaderToken &token = clauseTokens[i];
        if (i == 0 && token.isWord()) {
            host.announcedName = token.text;
            while (host.announcedName.endsWith(u'.'))
                host.announcedName.chop(1);
            continue;
        }
        if (!details.isEmpty())
            details += u' ';
        details += token.isComment() ? u'(' + token.text + u')' : token.text;
    }
    host.helo = findHelo(details);
    host.reverseDns = findReverseDns(details);

    AddressSearch search;
    search.scan(details);
    if (search.valid.isEmpty() && search.invalid.isEmpty())
        search.scan(host.announcedName); // "from [192.0.2.1]" with nothing else
    host.ip = search.valid;
    host.invalidIp = search.invalid;
    return host;
}

QString AddressExtractor::firstIp(const QList<HeaderToken> &clauseTokens)
{
    AddressSearch search;
    for (const HeaderToken &token : clauseTokens) {
        search.scan(token.text);
        if (!search.valid.isEmpty())
            return search.valid;
    }
    return QString();
}
