#include "ReceivedParser.h"

#include "AddressExtractor.h"
#include "HeaderTokenizer.h"
#include "IpAddress.h"
#include "ReceivedDateParser.h"

#include <QRegularExpression>
#include <array>

using namespace Qt::StringLiterals;

namespace {

enum class Clause { None, From, By, Via, With, Id, For };

constexpr std::array<std::pair<Clause, const char16_t *>, 6> Keywords{{
    {Clause::From, u"from"},
    {Clause::By, u"by"},
    {Clause::Via, u"via"},
    {Clause::With, u"with"},
    {Clause::Id, u"id"},
    {Clause::For, u"for"},
}};

Clause keywordOf(const HeaderToken &token)
{
    if (!token.isWord() || token.text.size() > 4)
        return Clause::None;
    for (const auto &[clause, word] : Keywords) {
        if (token.isKeyword(word))
            return clause;
    }
    return Clause::None;
}

struct ClauseTokens
{
    QList<HeaderToken> tokens;

    QString text(const QString &source) const
    {
        if (tokens.isEmpty())
            return QString();
        return source.mid(tokens.front().begin, tokens.back().end - tokens.front().begin)
            .simplified();
    }

    QString words() const
    {
        QStringList list;
        for (const auto &token : tokens) {
            if (token.isWord())
                list.append(token.text);
        }
        return list.join(u' ');
    }

    QString firstWord() const
    {
        for (const auto &token : tokens) {
            if (token.isWord())
                return token.text;
        }
        return QString();
    }

    QString commentText() const
    {
        QStringList list;
        for (const auto &token : tokens) {
            if (token.isComment())
                list.append(token.text);
        }
        return list.join(u' ');
    }
};

// Where the clauses end and the date begins: after the last ';' outside comments, or, with
// no ';', at the first word from which a date can be read.
qsizetype findDate(const QString &value, const QList<HeaderToken> &tokens, QString *dateText)
{
    for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
        if (tokens[i].kind == HeaderToken::Kind::Semicolon) {
            *dateText = value.mid(tokens[i].end).trimmed();
            return i;
        }
    }
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        if (!tokens[i].isWord() || keywordOf(tokens[i]) != Clause::None)
            continue;
        const QStringView next =
            i + 1 < tokens.size() ? QStringView(tokens[i + 1].text) : QStringView();
        if (!ReceivedDateParser::mayStartDate(tokens[i].text, next))
            continue;
        const QStringView candidate = QStringView(value).mid(tokens[i].begin);
        if (ReceivedDateParser::parse(candidate).isValid()) { // reads a bounded prefix only
            *dateText = candidate.trimmed().toString();
            return i;
        }
    }
    return tokens.size();
}

void addProtocolFlags(ReceivedHop *hop, const QString &protocol, const QString &commentScope)
{
    const QString upper = protocol.toUpper();
    static const QStringList tlsProtocols{u"ESMTPS"_s,     u"ESMTPSA"_s, u"UTF8SMTPS"_s,
                                          u"UTF8SMTPSA"_s, u"LMTPS"_s,   u"LMTPSA"_s,
                                          u"SMTPS"_s,      u"HTTPS"_s};
    static const QStringList authProtocols{u"ESMTPA"_s,     u"ESMTPSA"_s, u"UTF8SMTPA"_s,
                                           u"UTF8SMTPSA"_s, u"LMTPA"_s,   u"LMTPSA"_s};
    // Upper-case TLS as servers write it (TLSv1.3, TLS1_2, ESMTP/TLS/…, "tls TLS_AES…"),
    // not inside a lower-case host name such as tls-gw.example.net.
    static const QRegularExpression tlsMention(
        u"(?<![A-Za-z0-9.-])TLS|\\bencrypted SMTP\\b|\\bcipher="_s);
    static const QRegularExpression authMention(u"\\bauthenticated\\b"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression localMention(
        u"\\bfrom userid\\b|\\binvoked by uid\\b|^from \\S+@localhost\\b"_s,
        QRegularExpression::CaseInsensitiveOption);

    if (tlsProtocols.contains(upper) || tlsMention.match(commentScope).hasMatch())
        hop->addFlag(HopFlag::Tls);
    if (authProtocols.contains(upper) || authMention.match(commentScope).hasMatch())
        hop->addFlag(HopFlag::Authenticated);
    if (upper.startsWith(u"LMTP"_s))
        hop->addFlag(HopFlag::Lmtp);
    if (upper.startsWith(u"HTTP"_s))
        hop->addFlag(HopFlag::Http);
    const bool loopback = IpAddress::isLoopback(hop->fromIp) ||
                          (hop->fromIp.isEmpty() &&
                           hop->fromName.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) ||
                          hop->byName.compare(u"localhost"_s, Qt::CaseInsensitive) == 0;
    if (loopback || upper == u"LOCAL"_s || localMention.match(hop->leadingComment).hasMatch() ||
        localMention.match(commentScope).hasMatch()) {
        hop->addFlag(HopFlag::Local);
    }
}

} // namespace

ReceivedHop ReceivedParser::parse(const QString &value, int headerIndex)
{
    ReceivedHop hop;
    hop.headerIndex = headerIndex;
    hop.raw = value.simplified();

    const QList<HeaderToken> tokens = HeaderTokenizer::tokenize(value);
    const qsizetype dateStart = findDate(value, tokens, &hop.dateText);

    ClauseTokens clauses[7];
    Clause current = Clause::None;
    QStringList leadingComments;
    QStringList unparsed;
    for (qsizetype i = 0; i < dateStart; ++i) {
        const HeaderToken &token = tokens[i];
        const Clause keyword = keywordOf(token);
        if (keyword != Clause::None) {
            current = keyword;
            continue;
        }
        if (current != Clause::None) {
            clauses[int(current)].tokens.append(token);
        } else if (token.isComment()) {
            leadingComments.append(token.text.simplified());
        } else if (token.kind != HeaderToken::Kind::Semicolon) {
            unparsed.append(token.text);
        }
    }
    hop.leadingComment = leadingComments.join(u' ');
    hop.unparsedText = unparsed.join(u' ');
    if (!hop.unparsedText.isEmpty())
        hop.addFlag(HopFlag::UnparsedText);

    const auto &from = clauses[int(Clause::From)];
    hop.fromText = from.text(value);
    const ConnectingHost host = AddressExtractor::fromClause(from.tokens);
    hop.fromName = host.announcedName;
    hop.fromHelo = host.helo;
    hop.fromReverseDns = host.reverseDns;
    hop.fromIp = host.ip;
    hop.fromInvalidIp = host.invalidIp;
    if (!hop.fromInvalidIp.isEmpty())
        hop.addFlag(HopFlag::InvalidIp);

    const auto &by = clauses[int(Clause::By)];
    hop.byText = by.text(value);
    hop.byName = by.firstWord();
    while (hop.byName.endsWith(u'.'))
        hop.byName.chop(1);
    hop.byIp = AddressExtractor::firstIp(by.tokens);

    hop.via = clauses[int(Clause::Via)].text(value);
    const auto &with = clauses[int(Clause::With)];
    hop.with = with.words();
    hop.withText = with.text(value);
    hop.id = clauses[int(Clause::Id)].firstWord();
    QString forAddress = clauses[int(Clause::For)].firstWord();
    if (forAddress.startsWith(u'<') && forAddress.endsWith(u'>'))
        forAddress = forAddress.mid(1, forAddress.size() - 2);
    hop.forAddress = forAddress;

    QString commentScope = hop.withText;
    for (const auto &clause : clauses)
        commentScope += u' ' + clause.commentText();
    addProtocolFlags(&hop, with.firstWord(), commentScope);

    if (hop.dateText.isEmpty()) {
        hop.addFlag(HopFlag::NoDate);
    } else {
        const ReceivedDate date = ReceivedDateParser::parse(hop.dateText);
        if (!date.isValid())
            hop.addFlag(HopFlag::UnparsedDate);
        else if (date.zoneMissing)
            hop.addFlag(HopFlag::NoZone);
        hop.date = date.utc;
    }
    return hop;
}
