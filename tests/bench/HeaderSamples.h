#pragma once

#include <QString>

// Synthetic headers for the benchmark: invented hosts, documentation addresses.
class HeaderSamples
{
public:
    // A header with the given number of Received hops between a relay and a mailbox.
    static QString manyHops(int hopCount);

    // A paste of about targetSize characters (below the 1 MB limit): many Received,
    // Authentication-Results, DKIM-Signature and long folded headers.
    static QString largePaste(qsizetype targetSize);
};
