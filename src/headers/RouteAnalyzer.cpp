#include "RouteAnalyzer.h"

#include "IpAddress.h"
#include "RelayMatcher.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct RelayHops
{
    std::optional<int> firstStrong;
    std::optional<int> firstMedium;
    QSet<QString> relayAddresses; // where the relay connected from, per the next server
};

QString returnPathAddress(const HeaderBlock &headers)
{
    QString value = headers.value(u"Return-Path").trimmed();
    const qsizetype open = value.indexOf(u'<');
    const qsizetype close = value.indexOf(u'>', open + 1);
    if (open >= 0 && close > open)
        value = value.mid(open + 1, close - open - 1);
    return value.trimmed();
}

bool isExternalReceiver(const ReceivedHop &hop, const RelayMatcher &matcher)
{
    const QString &by = hop.byName;
    return by.contains(u'.') && !IpAddress::isIpLiteral(by) && !matcher.isPlatformHost(by) &&
           !matcher.matchAny(hop.byCandidates());
}

QString platformSender(const ReceivedHop &hop, const RelayMatcher &matcher)
{
    for (const QString &candidate : hop.fromCandidates()) {
        if (matcher.isPlatformHost(candidate))
            return candidate;
    }
    return QString();
}

using Evidence = QList<RouteEvidence>;

// Strong and medium evidence: hops that record the relay as sender or were written by it.
RelayHops addHopEvidence(const QList<ReceivedHop> &hops, const RelayMatcher &matcher,
                         Evidence *evidence)
{
    RelayHops relay;
    for (const ReceivedHop &hop : hops) {
        const RelayMatch byMatch = matcher.matchAny(hop.byCandidates());
        const RelayMatch fromMatch = matcher.matchAny(hop.fromCandidates());
        if (fromMatch && !byMatch && !hop.byName.isEmpty()) {
            evidence->append(
                {EvidenceStrength::Strong, hop.number,
                 //: %1 receiving server, %2 sending host, %3 how it relates to the relay
                 RouteAnalyzer::tr("%1 recorded that it received the message from %2 (%3).")
                     .arg(hop.byName, fromMatch.seen, fromMatch.description())});
            relay.firstStrong = relay.firstStrong.value_or(hop.number);
            for (const QString *address : {&hop.fromIp, &hop.fromInvalidIp}) {
                if (!address->isEmpty())
                    relay.relayAddresses.insert(*address);
            }
        }
        if (byMatch) {
            evidence->append({EvidenceStrength::Medium, hop.number,
                              //: %1 host name, %2 how it relates to the relay
                              RouteAnalyzer::tr("This hop was written by %1 (%2).")
                                  .arg(byMatch.seen, byMatch.description())});
            relay.firstMedium = relay.firstMedium.value_or(hop.number);
        }
    }
    return relay;
}

void addSupportingEvidence(const HeaderBlock &headers, const AuthenticationReport &authentication,
                           const RelayMatcher &matcher, const RelayHops &relay, Evidence *evidence)
{
    auto add = [evidence](const QString &text) {
        evidence->append({EvidenceStrength::Supporting, std::nullopt, text});
    };
    QSet<QString> signingDomains;
    for (const DkimSignature &signature : authentication.dkimSignatures) {
        const RelayMatch match = matcher.match(signature.domain);
        if (match && !signingDomains.contains(signature.domain)) {
            signingDomains.insert(signature.domain);
            add(RouteAnalyzer::tr("The message carries a DKIM signature of %1 (%2).")
                    .arg(signature.domain, match.description()));
        }
    }
    const QString bounceAddress = returnPathAddress(headers);
    if (const qsizetype at = bounceAddress.lastIndexOf(u'@'); at >= 0) {
        if (const RelayMatch match = matcher.match(bounceAddress.mid(at + 1))) {
            add(RouteAnalyzer::tr("The bounce address (Return-Path) %1 belongs to %2.")
                    .arg(bounceAddress, match.description()));
        }
    }
    for (const AuthResult &result : authentication.results) {
        const QString clientIp = result.property(u"client-ip");
        if (result.source != AuthResult::Source::ReceivedSpf || clientIp.isEmpty())
            continue;
        if (relay.relayAddresses.contains(clientIp) || matcher.match(clientIp)) {
            add(RouteAnalyzer::tr("Received-SPF checked the address %1, the relay's address.")
                    .arg(clientIp));
            break;
        }
    }
}

// The platform's sender-based routing marks the messages it hands to a send connector; the
// marker says nothing about which connector, so it supports other evidence but is never
// evidence for this relay on its own.
void addRoutingMarker(const HeaderBlock &headers, Evidence *evidence)
{
    const QString marker = headers.value(u"x-mclm-sbr-processed").trimmed();
    if (marker.compare(u"true"_s, Qt::CaseInsensitive) == 0) {
        evidence->append(
            {EvidenceStrength::Supporting, std::nullopt,
             RouteAnalyzer::tr("The header x-mclm-sbr-processed: true shows that the platform's "
                               "sender-based routing handled the message (it does not say "
                               "through which send connector).")});
    }
}

// Hand-offs from the platform's outgoing servers to an outside server before the first relay
// hop; with no evidence for the relay at all, any hop through the platform. Returns whether
// anything was added.
bool addAgainstEvidence(const QList<ReceivedHop> &hops, const RelayMatcher &matcher,
                        const RelayHops &relay, bool hasFor, Evidence *evidence)
{
    bool added = false;
    const int limit = relay.firstStrong.value_or(relay.firstMedium.value_or(int(hops.size()) + 1));
    for (const ReceivedHop &hop : hops) {
        if (hop.number >= limit)
            break;
        const QString sender = platformSender(hop, matcher);
        if (!sender.isEmpty() && isExternalReceiver(hop, matcher)) {
            evidence->append(
                {EvidenceStrength::Against, hop.number,
                 //: %1 receiving server, %2 the platform's outgoing server
                 RouteAnalyzer::tr("%1 received the message directly from %2, an outgoing server "
                                   "of the mail platform, not from the relay.")
                     .arg(hop.byName, sender)});
            added = true;
        }
    }
    if (added || hasFor)
        return added;
    for (const ReceivedHop &hop : hops) {
        QString platformHost = platformSender(hop, matcher);
        if (platformHost.isEmpty() && matcher.isPlatformHost(hop.byName))
            platformHost = hop.byName;
        if (!platformHost.isEmpty()) {
            evidence->append({EvidenceStrength::Against, hop.number,
                              RouteAnalyzer::tr("The message went through the mail platform's "
                                                "servers (%1) and no hop shows the relay.")
                                  .arg(platformHost)});
            return true;
        }
    }
    return false;
}

} // namespace

RouteVerdict RouteAnalyzer::analyse(const QList<ReceivedHop> &hops, const HeaderBlock &headers,
                                    const AuthenticationReport &authentication,
                                    const RelayConnector &connector)
{
    RouteVerdict verdict;
    verdict.connector = connector.smartHost.trimmed();
    if (connector.isEmpty())
        return verdict;
    const RelayMatcher matcher(connector);
    const RelayHops relay = addHopEvidence(hops, matcher, &verdict.evidence);
    addSupportingEvidence(headers, authentication, matcher, relay, &verdict.evidence);
    const bool hasFor = !verdict.evidence.isEmpty();
    const bool hasAgainst = addAgainstEvidence(hops, matcher, relay, hasFor, &verdict.evidence);
    addRoutingMarker(headers, &verdict.evidence);

    std::stable_sort(verdict.evidence.begin(), verdict.evidence.end(),
                     [](const RouteEvidence &a, const RouteEvidence &b) {
                         return int(a.strength) < int(b.strength);
                     });
    const bool hasHop = relay.firstStrong || relay.firstMedium;
    verdict.proofHop = relay.firstStrong ? relay.firstStrong : relay.firstMedium;
    verdict.routed = hasHop || (hasFor && !hasAgainst);
    if (!hasFor)
        verdict.level = VerdictLevel::NotRouted;
    else if (hasAgainst)
        verdict.level = VerdictLevel::Contradictory;
    else if (relay.firstStrong)
        verdict.level = VerdictLevel::Ok;
    else
        verdict.level = VerdictLevel::Weak;
    return verdict;
}
