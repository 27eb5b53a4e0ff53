#pragma once

#include "SmtpReply.h"

#include <QString>
#include <QStringList>
#include <optional>

// The service extensions listed in a 250 reply to EHLO (RFC 5321 §4.1.1.1): every line but
// the first is "KEYWORD [params]". Keywords compare case-insensitively.
class SmtpExtensions
{
public:
    static SmtpExtensions fromEhloReply(const SmtpReply &reply);

    bool isEmpty() const { return m_lines.isEmpty(); }
    // The extension lines as the server sent them ("SIZE 10485760", "AUTH PLAIN LOGIN").
    QStringList lines() const { return m_lines; }
    bool has(QStringView keyword) const;
    QString parameters(QStringView keyword) const;

    bool offersStartTls() const { return has(u"STARTTLS"); }
    // Mechanisms from "AUTH …" and the obsolete "AUTH=…" form, upper case, no duplicates.
    QStringList authMechanisms() const;
    bool offersAuth() const { return !authMechanisms().isEmpty(); }
    // The SIZE limit in bytes: nullopt when SIZE is not announced, 0 when it is announced
    // without a fixed limit ("SIZE" or "SIZE 0").
    std::optional<qint64> sizeLimitBytes() const;

    friend bool operator==(const SmtpExtensions &, const SmtpExtensions &) = default;

private:
    struct Entry
    {
        QString keyword; // upper case
        QString parameters;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    QList<Entry> m_entries;
    QStringList m_lines;
};
