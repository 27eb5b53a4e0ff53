#pragma once

#include "AuthenticationReport.h"
#include "HeaderBlock.h"

// Reads Authentication-Results (RFC 8601, several headers from several authserv-ids, and
// Microsoft's inbound form with no authserv-id and action=/compauth=), Received-SPF
// ("Pass (reason) key=value; …", any case), DKIM-Signature (d=, s=) and ARC-Seal.
class AuthenticationResultsParser
{
public:
    static AuthenticationReport parse(const HeaderBlock &headers);

    static QList<AuthResult> parseAuthenticationResults(const QString &value, int headerIndex = -1);
    static AuthResult parseReceivedSpf(const QString &value, int headerIndex = -1);
    static DkimSignature parseDkimSignature(const QString &value, int headerIndex = -1);
};
