#pragma once

#include <QString>
#include <QStringView>

// Recognises IP address literals as mail servers write them in Received headers: IPv4,
// IPv6 (full, compressed, IPv4-mapped, with a %zone), inside brackets, after "IPv6:",
// followed by ":port". Text shaped like an IPv4 address but out of range (the guide's
// 11.22.333.44) is recognised as an invalid address so callers can keep and flag it.
class IpAddress
{
public:
    enum class Kind { None, V4, V6, InvalidV4 };

    struct Literal
    {
        Kind kind = Kind::None;
        QString text; // cleaned: no brackets, prefix or port; lower case
    };

    static Literal parse(QStringView candidate);
    static bool isValidV4(QStringView text);
    static bool isValidV6(QStringView text);
    static bool isIpLiteral(QStringView text); // valid or invalid, after cleaning
    static bool isLoopback(QStringView ip);
};
