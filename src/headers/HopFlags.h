#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// What the analyser noticed about one hop. The machine names are part of the CLI's JSON
// contract: never rename one.
enum class HopFlag {
    Tls,           // "tls": the hop was encrypted (ESMTPS, "using TLS", version=TLS1_2…)
    Authenticated, // "authenticated": the client logged in (ESMTPA/ESMTPSA, "Authenticated sender")
    Local,     // "local": loopback or local submission (localhost, "from userid", "invoked by uid")
    Lmtp,      // "lmtp": final delivery to a mailbox over LMTP
    Http,      // "http": submitted over HTTP (webmail, Exchange MAPI/HTTP)
    InvalidIp, // "invalid-ip": an address such as 11.22.333.44 (kept as text)
    NoZone,    // "no-zone": the date had no time zone; read as UTC
    NoDate,    // "no-date": the hop has no date
    UnparsedDate, // "unparsed-date": a date was written but could not be read
    ClockSkew,    // "clock-skew": dated before the previous hop (negative delay)
    UnparsedText, // "unparsed-text": words outside any from/by/via/with/id/for clause
};

class HopFlags
{
    Q_DECLARE_TR_FUNCTIONS(HopFlags)

public:
    static QString machineName(HopFlag flag);
    static std::optional<HopFlag> fromMachineName(QStringView name);
    static QString description(HopFlag flag); // translated, for tooltips and reports
};
