#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// Makes requests and answers safe to log: the values of secret-bearing headers
// (X-Ovh-Signature, X-Ovh-Consumer, Authorization, …) and of secret fields in JSON or form
// bodies (password, applicationSecret, consumerKey, client_secret, access_token, …) become
// "[redacted]". A body that is neither JSON nor a form is summarised by its size only, since
// nothing can be said about what it holds.
class LogRedactor
{
public:
    static constexpr char Redacted[] = "[redacted]";

    static bool isSecretHeader(const QByteArray &name);
    static bool isSecretField(const QByteArray &name);

    static QByteArray header(const QByteArray &name, const QByteArray &value);
    static QByteArray headers(const QList<QPair<QByteArray, QByteArray>> &headers);
    static QByteArray body(const QByteArray &body);
};
