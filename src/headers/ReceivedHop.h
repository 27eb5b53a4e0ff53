#pragma once

#include "HopFlags.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// One Received header, read. Hop 1 is the oldest (the bottom-most Received header).
struct ReceivedHop
{
    int number = 0;       // 1-based, chronological; 0 until HopTimeline numbers the hops
    int headerIndex = -1; // position of the header in HeaderBlock::fields
    QString raw;          // the unfolded value, as written

    // from clause: who connected
    QString fromText;       // the whole clause, comments included
    QString fromName;       // the name the receiving server wrote first (often the HELO)
    QString fromHelo;       // from "(HELO x)", "helo=x", "EHLO x"
    QString fromReverseDns; // from "(rdns [ip])"; empty for "unknown"
    QString fromIp;         // a valid IPv4/IPv6 address, cleaned ("[IPv6:…]" → "…")
    QString fromInvalidIp;  // an address-like text that is not valid (11.22.333.44)

    // by clause: who received
    QString byText;
    QString byName;
    QString byIp;

    QString via;      // via clause text
    QString with;     // with clause words (protocol), comments left out
    QString withText; // with clause text, comments included
    QString id;
    QString forAddress;
    QString leadingComment; // "(qmail 123 invoked by uid 89)", "(from user@localhost)"
    QString unparsedText;   // words outside any clause

    QString dateText;
    QDateTime date; // UTC; invalid when absent or unreadable
    std::optional<qint64> delaySeconds;
    QList<HopFlag> flags;

    bool hasFlag(HopFlag flag) const { return flags.contains(flag); }
    void addFlag(HopFlag flag);
    QString fromHost() const;           // the most telling name of the sender, for display
    QStringList fromCandidates() const; // names and addresses to compare with a relay
    QStringList byCandidates() const;
};
