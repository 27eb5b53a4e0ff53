#pragma once

#include <Qt>

// The custom roles of the header viewer's models (HopTableModel, AllHeadersModel,
// AuthenticationChipsModel). Kept apart from ModelTypes.h's Role, which belongs to the
// service models, and numbered above it so that the two can be merged later.
enum class HeaderRole : int {
    HopNumber = Qt::UserRole + 100, // int: 1 = the oldest hop; on a Received header's row too
    DelaySeconds,                   // qlonglong; null when the hop or the previous one has no date
    DelayShare,  // double in [0, 1]: the delay's share of the total positive delay; null when
                 // negative (clock skew) or unknown
    ProofHop,    // bool: the hop that proves the route through the connector
    Flags,       // QStringList: HopFlags machine names ("tls", "clock-skew"…)
    HeaderIndex, // int: position of the header in the paste (0 = first)
    AuthMethod,  // QString: "spf", "dkim", "dmarc"…
    AuthResult,  // QString: "pass", "fail"…; empty when no header states one
    AuthTone,    // AuthenticationChipsModel::Tone as int
};

constexpr int roleId(HeaderRole role)
{
    return int(role);
}
