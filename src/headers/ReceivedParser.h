#pragma once

#include "ReceivedHop.h"

#include <QString>

// Reads one Received header (RFC 5321 §4.4) the way servers really write it: clauses in any
// order and case, keywords recognised only outside comments ("(from userid 1000)" is not a
// from clause, ")by" is), no from clause, the date after the last ';' or, with no ';', where
// a date begins (Go style). Nothing is dropped: the raw text stays in the hop and words that
// belong to no clause are kept in unparsedText.
class ReceivedParser
{
public:
    static ReceivedHop parse(const QString &value, int headerIndex = -1);
};
