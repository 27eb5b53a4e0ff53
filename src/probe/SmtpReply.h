#pragma once

#include <QString>
#include <QStringList>

// One complete SMTP reply: a three-digit code and one or more text lines
// ("250-first", "250 last" gives code 250 and texts {"first", "last"}).
struct SmtpReply
{
    int code = 0;
    QStringList texts;    // the text after "NNN-" / "NNN " on each line
    QStringList rawLines; // the lines as received, without CRLF

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 400; }
    // "550 5.7.1 Relaying denied" (first line only, for messages).
    QString summary() const;

    friend bool operator==(const SmtpReply &, const SmtpReply &) = default;
};
