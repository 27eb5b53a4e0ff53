#pragma once

#include <QString>

class QHostAddress;

// The name a client gives in EHLO/HELO. Without a known fully qualified domain name,
// RFC 5321 §4.1.4 asks for an address literal: "[192.0.2.1]" or "[IPv6:2001:db8::1]".
class SmtpClientName
{
public:
    static QString addressLiteral(const QHostAddress &localAddress);
};
