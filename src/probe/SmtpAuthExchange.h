#pragma once

#include "SmtpReply.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

// The AUTH PLAIN (RFC 4616, with initial response) or AUTH LOGIN exchange, without a
// socket: it says which line to send next and when the server accepted or rejected.
// Every line carrying a credential comes with a masked form for the transcript.
class SmtpAuthExchange
{
public:
    struct Line
    {
        QByteArray bytes; // without CRLF
        QString shownAs;  // what the transcript shows
    };
    enum class Result { Continue, Accepted, Rejected };

    // PLAIN when offered, else LOGIN; nullopt when neither is.
    static std::optional<QString> chooseMechanism(const QStringList &offered);

    SmtpAuthExchange(const QString &mechanism, const QString &user, const QString &password);

    QString mechanism() const { return m_mechanism; }
    Line firstLine() const;
    // Feeds the server's reply; on Continue, *next is the line to send.
    Result handle(const SmtpReply &reply, Line *next);

private:
    enum class Stage { Started, PlainResponseSent, UserSent, PasswordSent };

    QString m_mechanism;
    QString m_user;
    QString m_password;
    Stage m_stage = Stage::Started;
};
