#pragma once

#include "AuthenticationReport.h"
#include "HeaderBlock.h"
#include "ReceivedHop.h"
#include "RelayConnector.h"
#include "RouteVerdict.h"

#include <QCoreApplication>

// Decides whether a message went through a send connector's relay (header-analysis.md,
// "Evidence that a message went through a given relay"):
// - strong: a hop written by another server records the relay (same host, same IP, or a
//   host of the same registrable domain, aliases included) as its from;
// - medium: a hop was written by such a host (by);
// - supporting: "x-mclm-sbr-processed: true", a DKIM d= or Return-Path of the relay's
//   domain, a Received-SPF client-ip that is the relay's address;
// - against: before the first relay hop, a server outside the platform received the message
//   from one of the platform's outgoing servers; or, with no evidence for the relay at all,
//   the message went through the platform's servers.
// routed is true with strong or medium evidence, or with supporting evidence and nothing
// against; level is Ok (strong, nothing against), Weak (medium/supporting only),
// Contradictory (for and against) or NotRouted (nothing for). The proof hop is the first
// hop with strong evidence, else the first with medium evidence.
class RouteAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(RouteAnalyzer)

public:
    // hops in chronological order, numbered (see HopTimeline).
    static RouteVerdict analyse(const QList<ReceivedHop> &hops, const HeaderBlock &headers,
                                const AuthenticationReport &authentication,
                                const RelayConnector &connector);
};
