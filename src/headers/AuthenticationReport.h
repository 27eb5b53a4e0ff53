#pragma once

#include <QList>
#include <QPair>
#include <QString>

// One authentication result and who stated it.
struct AuthResult
{
    enum class Source { AuthenticationResults, ReceivedSpf };

    QString method;   // "spf", "dkim", "dmarc", "arc", "compauth", "dkim-atps"…, lower case
    QString result;   // "pass", "fail", "softfail", "none"…, lower case
    QString statedBy; // the authserv-id (or Received-SPF's checking host); empty when the
                      // header names none (Microsoft's inbound form)
    QString reason;   // the comment or reason= text
    QList<QPair<QString, QString>> properties; // header.d, smtp.mailfrom, action, client-ip…
    int headerIndex = -1;
    Source source = Source::AuthenticationResults;

    QString property(QStringView key) const; // any case; empty when absent
};

struct DkimSignature
{
    QString domain;   // d=
    QString selector; // s=
    int headerIndex = -1;
};

// Everything the headers say about SPF, DKIM, DMARC and ARC.
struct AuthenticationReport
{
    QList<AuthResult> results; // in header order: the newest (topmost) first
    QList<DkimSignature> dkimSignatures;
    int arcSets = 0;            // number of ARC-Seal headers
    QString arcChainValidation; // cv= of the ARC-Seal with the highest i=

    QList<AuthResult> resultsFor(QStringView method) const;

    // The verdict for a method as the newest Authentication-Results header that mentions it
    // states it ("pass" if any of its results for the method passes, as one valid DKIM
    // signature is enough); for SPF, Received-SPF when no Authentication-Results has one.
    // Empty when no header says anything.
    QString summaryResult(QStringView method) const;
};
