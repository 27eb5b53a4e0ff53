#include "AuthenticationResultsParser.h"

#include "HeaderTokenizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QStringList &knownMethods()
{
    static const QStringList methods{u"spf"_s,      u"dkim"_s,      u"dmarc"_s,     u"arc"_s,
                                     u"compauth"_s, u"dkim-atps"_s, u"iprev"_s,     u"auth"_s,
                                     u"bimi"_s,     u"sender-id"_s, u"dkim-adsp"_s, u"domainkeys"_s,
                                     u"x-dkim"_s,   u"smime"_s,     u"rrvs"_s,      u"vbr"_s};
    return methods;
}

QString cleanComment(const QString &comment)
{
    QString text = comment.simplified();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2);
    return text;
}

// Tags "k=v; k=v" as in DKIM-Signature and ARC-Seal; whitespace inside values removed.
QList<QPair<QString, QString>> tagList(const QString &value)
{
    QList<QPair<QString, QString>> tags;
    for (const auto part : QStringView(value).split(u';')) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            continue;
        QString tagValue = part.mid(equals + 1).toString();
        static const QRegularExpression whitespace(u"\\s+"_s);
        tagValue.remove(whitespace);
        tags.append(qMakePair(part.left(equals).trimmed().toString().toLower(), tagValue));
    }
    return tags;
}

QString tag(const QList<QPair<QString, QString>> &tags, QStringView name)
{
    for (const auto &[key, value] : tags) {
        if (key == name)
            return value;
    }
    return QString();
}

// Reads "method=result (comment) key=value key="quoted" …" from one ';'-separated part.
// A known method name inside a part starts a new result (some servers omit the ';').
void readResults(const QList<HeaderToken> &tokens, const QString &authservId, int headerIndex,
                 QList<AuthResult> *results)
{
    AuthResult *current = nullptr;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const HeaderToken &token = tokens[i];
        if (token.isComment()) {
            if (current && current->reason.isEmpty())
                current->reason = cleanComment(token.text);
            continue;
        }
        if (!token.isWord())
            continue;
        const qsizetype equals = token.text.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString key = token.text.left(equals).toLower();
        QString value = token.text.mid(equals + 1);
        if (value.isEmpty() && i + 1 < tokens.size() &&
            (tokens[i + 1].kind == HeaderToken::Kind::QuotedString ||
             (tokens[i + 1].isWord() && !tokens[i + 1].text.contains(u'=')))) {
            value = tokens[++i].text;
        }
        const QString method = key.section(u'/', 0, 0); // "dkim/1=pass"
        const bool startsResult =
            !key.contains(u'.') && (current == nullptr || knownMethods().contains(method));
        if (startsResult) {
            AuthResult result;
            result.method = method;
            result.result = value.toLower();
            result.statedBy = authservId;
            result.headerIndex = headerIndex;
            results->append(result);
            current = &results->last();
        } else if (current) {
            if (key == u"reason"_s)
                current->reason = value;
            current->properties.append(qMakePair(key, value));
        }
    }
}

} // namespace

QList<AuthResult> AuthenticationResultsParser::parseAuthenticationResults(const QString &value,
                                                                          int headerIndex)
{
    const QList<HeaderToken> tokens = HeaderTokenizer::tokenize(value);
    QList<QList<HeaderToken>> parts(1);
    for (const auto &token : tokens) {
        if (token.kind == HeaderToken::Kind::Semicolon)
            parts.append(QList<HeaderToken>());
        else
            parts.last().append(token);
    }
    QString authservId;
    qsizetype firstResultPart = 0;
    const auto &head = parts.front();
    if (!head.isEmpty() && head.front().isWord() && !head.front().text.contains(u'=')) {
        authservId = head.front().text.toLower(); // "mx.example.net 1" → version ignored
        firstResultPart = 1;
    }
    QList<AuthResult> results;
    for (qsizetype i = firstResultPart; i < parts.size(); ++i)
        readResults(parts[i], authservId, headerIndex, &results);
    return results;
}

AuthResult AuthenticationResultsParser::parseReceivedSpf(const QString &value, int headerIndex)
{
    AuthResult spf;
    spf.method = u"spf"_s;
    spf.source = AuthResult::Source::ReceivedSpf;
    spf.headerIndex = headerIndex;
    const QList<HeaderToken> tokens = HeaderTokenizer::tokenize(value);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const HeaderToken &token = tokens[i];
        if (token.isComment() && spf.reason.isEmpty()) {
            spf.reason = cleanComment(token.text);
            continue;
        }
        if (!token.isWord())
            continue;
        const qsizetype equals = token.text.indexOf(u'=');
        if (equals < 0) {
            if (spf.result.isEmpty() && i == 0)
                spf.result = token.text.toLower();
            continue;
        }
        QString propertyValue = token.text.mid(equals + 1);
        if (propertyValue.isEmpty() && i + 1 < tokens.size() &&
            tokens[i + 1].kind == HeaderToken::Kind::QuotedString) {
            propertyValue = tokens[++i].text;
        }
        spf.properties.append(qMakePair(token.text.left(equals).toLower(), propertyValue));
    }
    // "(google.com: domain of … designates …)": the checking host opens the comment.
    static const QRegularExpression checker(u"^([A-Za-z0-9.-]+\\.[A-Za-z]{2,}):"_s);
    const auto match = checker.match(spf.reason);
    spf.statedBy = match.hasMatch() ? match.captured(1).toLower() : spf.property(u"receiver");
    return spf;
}

DkimSignature AuthenticationResultsParser::parseDkimSignature(const QString &value, int headerIndex)
{
    const auto tags = tagList(value);
    return {tag(tags, u"d").toLower(), tag(tags, u"s"), headerIndex};
}

AuthenticationReport AuthenticationResultsParser::parse(const HeaderBlock &headers)
{
    AuthenticationReport report;
    int highestArcInstance = 0;
    for (const auto &field : headers.fields) {
        if (field.is(u"Authentication-Results")) {
            report.results += parseAuthenticationResults(field.value, field.index);
        } else if (field.is(u"Received-SPF")) {
            report.results.append(parseReceivedSpf(field.value, field.index));
        } else if (field.is(u"DKIM-Signature")) {
            report.dkimSignatures.append(parseDkimSignature(field.value, field.index));
        } else if (field.is(u"ARC-Seal")) {
            ++report.arcSets;
            const auto tags = tagList(field.value);
            const int instance = tag(tags, u"i").toInt();
            if (instance >= highestArcInstance) {
                highestArcInstance = instance;
                report.arcChainValidation = tag(tags, u"cv").toLower();
            }
        }
    }
    return report;
}
