#pragma once

#include <QString>

// The registrable domain of a host name ("smtp-relay.smtp.example.com" → "example.com",
// "in31.mail.ovh.net" → "ovh.net", "a.b.co.uk" → "b.co.uk") from libpsl's built-in Public
// Suffix List. Empty for IP addresses, single-label names and public suffixes.
class RegistrableDomain
{
public:
    static QString of(const QString &host);
};
