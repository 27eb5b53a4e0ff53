#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

enum class EvidenceStrength {
    Strong,     // the next server recorded the relay as the sender of the message
    Medium,     // a hop was written by the relay (or a host of its domain)
    Supporting, // a header hints at the relay (sender-based routing marker, DKIM, SPF…)
    Against,    // the message left through the platform's own outgoing servers
};

// How sure the verdict is, for the GUI's colours: green, amber, amber, red.
enum class VerdictLevel {
    Unknown,       // no connector to check against
    Ok,            // strong evidence and nothing against
    Weak,          // only medium or supporting evidence
    Contradictory, // evidence for the relay and against it
    NotRouted,     // no evidence for the relay
};

struct RouteEvidence
{
    EvidenceStrength strength = EvidenceStrength::Supporting;
    std::optional<int> hop; // hop number (1 = oldest) the evidence comes from
    QString text;           // translated sentence
};

// Whether the message went through the connector's relay, and why we think so.
struct RouteVerdict
{
    QString connector;          // the smartHost checked; empty when none was given
    std::optional<bool> routed; // empty when no connector was given
    VerdictLevel level = VerdictLevel::Unknown;
    std::optional<int> proofHop; // the hop that proves the route, for the GUI to highlight
    QList<RouteEvidence> evidence;
};

class RouteVerdictNames
{
    Q_DECLARE_TR_FUNCTIONS(RouteVerdictNames)

public:
    static QString machineName(EvidenceStrength strength); // JSON: "strong", "against"…
    static QString machineName(VerdictLevel level);        // "ok", "weak", "notRouted"…
    static QString displayName(EvidenceStrength strength); // translated
    static QString displayName(VerdictLevel level);        // translated sentence
};
