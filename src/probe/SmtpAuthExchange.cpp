#include "SmtpAuthExchange.h"

#include "ProbeTranscript.h"
#include "SmtpAuthPayload.h"

using namespace Qt::StringLiterals;

std::optional<QString> SmtpAuthExchange::chooseMechanism(const QStringList &offered)
{
    for (const auto &preferred : {u"PLAIN"_s, u"LOGIN"_s})
        if (offered.contains(preferred))
            return preferred;
    return std::nullopt;
}

SmtpAuthExchange::SmtpAuthExchange(const QString &mechanism, const QString &user,
                                   const QString &password)
    : m_mechanism(mechanism)
    , m_user(user)
    , m_password(password)
{}

SmtpAuthExchange::Line SmtpAuthExchange::firstLine() const
{
    if (m_mechanism == u"PLAIN")
        return {"AUTH PLAIN "_ba + SmtpAuthPayload::plain(m_user, m_password),
                u"AUTH PLAIN "_s + ProbeTranscript::Mask};
    return {"AUTH LOGIN"_ba, u"AUTH LOGIN"_s};
}

SmtpAuthExchange::Result SmtpAuthExchange::handle(const SmtpReply &reply, Line *next)
{
    const QString masked = ProbeTranscript::Mask.toString();
    if (reply.code == 235)
        return m_stage == Stage::UserSent ? Result::Rejected : Result::Accepted;
    if (reply.code != 334)
        return Result::Rejected;
    switch (m_stage) {
    case Stage::Started:
        if (m_mechanism == u"PLAIN") { // the server wants the response on its own line
            m_stage = Stage::PlainResponseSent;
            *next = {SmtpAuthPayload::plain(m_user, m_password), masked};
        } else {
            m_stage = Stage::UserSent;
            *next = {SmtpAuthPayload::login(m_user), masked};
        }
        return Result::Continue;
    case Stage::UserSent:
        m_stage = Stage::PasswordSent;
        *next = {SmtpAuthPayload::login(m_password), masked};
        return Result::Continue;
    case Stage::PlainResponseSent:
    case Stage::PasswordSent:
        break;
    }
    return Result::Rejected; // a further challenge the probe cannot answer
}
