#pragma once

#include <QDateTime>
#include <QStringView>

// A date as found after the ';' of a Received header or in the Date header.
struct ReceivedDate
{
    QDateTime utc;            // invalid when the text could not be read
    bool zoneMissing = false; // no zone given: read as UTC
    int offsetSeconds = 0;    // the zone written in the text

    bool isValid() const { return utc.isValid(); }
};

// Reads the date forms mail servers really write (see header-analysis.md "Dates"): RFC 5322
// with or without weekday, full weekday and month names, 2- and 3-digit years, obsolete zone
// names and military letters, fractional seconds, "17:40:44-0500", a missing zone, text
// after the date, asctime, JavaScript's "Tue Feb 28 2023 07:51:00 GMT+0000" and Go's
// "2022-05-04 19:42:02.649817706 +0000 UTC m=+2411844.915". Folds inside the time or the
// zone ("09: 51:02", "+02 00") are tolerated. Only the first 256 characters are read.
class ReceivedDateParser
{
public:
    static ReceivedDate parse(QStringView text);

    // Whether a word could begin a date (weekday, month, ISO date, day of month): a cheap
    // test used to find a date that no ';' announces.
    static bool mayStartDate(QStringView word, QStringView nextWord);
};
