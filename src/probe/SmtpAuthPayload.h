#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Builds SASL payloads for AUTH PLAIN (RFC 4616) and AUTH LOGIN, and lists every form of
// a secret the transcript must mask.
class SmtpAuthPayload
{
public:
    // base64("\0user\0password")
    static QByteArray plain(const QString &user, const QString &password);
    static QByteArray login(const QString &text); // base64(text)
    // The password, its base64 form, the PLAIN payload and the base64 user name (an AUTH
    // payload too), as they could appear in the conversation.
    static QStringList secretForms(const QString &user, const QString &password);
};
