#pragma once

#include "SmtpReply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// Splits the bytes a server sends into complete replies, multi-line replies included
// ("220-…" continuation lines up to the "220 …" final line, RFC 5321 §4.2.1).
// Bounded: an over-long line or reply is a protocol error, so a hostile or broken
// server cannot make the probe buffer without limit.
class SmtpReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(SmtpReplyParser)

public:
    static constexpr int MaxLineLength = 4096;
    static constexpr int MaxLinesPerReply = 256;

    // Appends received bytes and parses every complete line. Returns false once a protocol
    // error occurred (see errorString()); later input is then ignored.
    bool feed(const QByteArray &bytes);
    // Complete replies in arrival order; the caller takes them.
    QList<SmtpReply> takeReplies();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes received but not yet part of a complete reply (complete lines of an unfinished
    // multi-line reply included).
    bool hasPendingInput() const { return !m_buffer.isEmpty() || !m_current.rawLines.isEmpty(); }
    // Forgets buffered input (after STARTTLS, data sent before the handshake must not be
    // trusted) but keeps a protocol error.
    void discardPendingInput();

private:
    bool parseLine(const QByteArray &line);
    void fail(const QString &message);

    QByteArray m_buffer;
    SmtpReply m_current;
    QList<SmtpReply> m_complete;
    QString m_error;
};
