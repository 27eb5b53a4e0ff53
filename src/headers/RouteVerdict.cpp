#include "RouteVerdict.h"

using namespace Qt::StringLiterals;

QString RouteVerdictNames::machineName(EvidenceStrength strength)
{
    switch (strength) {
    case EvidenceStrength::Strong:
        return u"strong"_s;
    case EvidenceStrength::Medium:
        return u"medium"_s;
    case EvidenceStrength::Supporting:
        return u"supporting"_s;
    case EvidenceStrength::Against:
        return u"against"_s;
    }
    return QString();
}

QString RouteVerdictNames::machineName(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Unknown:
        return u"unknown"_s;
    case VerdictLevel::Ok:
        return u"ok"_s;
    case VerdictLevel::Weak:
        return u"weak"_s;
    case VerdictLevel::Contradictory:
        return u"contradictory"_s;
    case VerdictLevel::NotRouted:
        return u"notRouted"_s;
    }
    return QString();
}

QString RouteVerdictNames::displayName(EvidenceStrength strength)
{
    switch (strength) {
    case EvidenceStrength::Strong:
        //: Strength of a piece of evidence that a message went through a relay
        return tr("strong");
    case EvidenceStrength::Medium:
        return tr("medium");
    case EvidenceStrength::Supporting:
        return tr("supporting");
    case EvidenceStrength::Against:
        return tr("against");
    }
    return QString();
}

QString RouteVerdictNames::displayName(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Unknown:
        return tr("No send connector given: the route was not checked.");
    case VerdictLevel::Ok:
        return tr("The message went through the send connector's relay.");
    case VerdictLevel::Weak:
        return tr("The message probably went through the relay, but no hop written by "
                  "the next server proves it.");
    case VerdictLevel::Contradictory:
        return tr("The headers contradict each other: some show the relay, others show "
                  "the platform's own outgoing servers.");
    case VerdictLevel::NotRouted:
        return tr("The message did not go through the send connector's relay.");
    }
    return QString();
}
