#pragma once

#include "HeaderBlock.h"

#include <QStringList>

// Joins the lines of a header section into fields. A line starting with whitespace continues
// the previous field (RFC 5322 §2.2.3). So does a line that does not look like "Name: value",
// as happens when a mail client or web page loses the indentation: a name must start with a
// letter (a folded "51:02 +0200" is a time, not a header), hold only letters, digits, '-'
// and '_', and be followed by whitespace or the end of the line (or, for a name with a '-',
// by anything but '/' or ':', which rules out "https://…" and IPv6 fragments). Lines
// before the first field are ignored (an mbox "From " line, for instance).
class HeaderUnfolder
{
public:
    static HeaderBlock unfold(const QStringList &lines);

    // The length of the field name if line starts a field, else 0.
    static qsizetype fieldNameLength(QStringView line);
};
