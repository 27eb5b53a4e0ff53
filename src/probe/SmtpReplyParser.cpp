#include "SmtpReplyParser.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

bool SmtpReplyParser::feed(const QByteArray &bytes)
{
    if (hasError())
        return false;
    m_buffer += bytes;
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!parseLine(line))
            return false;
    }
    if (m_buffer.size() > MaxLineLength) {
        fail(tr("The server sent a line longer than %1 bytes.").arg(MaxLineLength));
        return false;
    }
    return true;
}

QList<SmtpReply> SmtpReplyParser::takeReplies()
{
    return std::exchange(m_complete, {});
}

void SmtpReplyParser::discardPendingInput()
{
    m_buffer.clear();
    m_current = {};
}

bool SmtpReplyParser::parseLine(const QByteArray &line)
{
    if (line.size() > MaxLineLength) {
        fail(tr("The server sent a line longer than %1 bytes.").arg(MaxLineLength));
        return false;
    }
    const QString text = QString::fromUtf8(line);
    const bool wellFormed = line.size() >= 3 && isDigit(line[0]) && isDigit(line[1]) &&
                            isDigit(line[2]) && line[0] >= '2' && line[0] <= '5' &&
                            (line.size() == 3 || line[3] == ' ' || line[3] == '-');
    if (!wellFormed) {
        fail(tr("The server sent a line that is not an SMTP reply: %1").arg(text.left(80)));
        return false;
    }
    const int code = line.left(3).toInt();
    if (!m_current.rawLines.isEmpty() && code != m_current.code) {
        fail(tr("The server changed the reply code inside a multi-line reply (%1 then %2).")
                 .arg(m_current.code)
                 .arg(code));
        return false;
    }
    if (m_current.rawLines.size() >= MaxLinesPerReply) {
        fail(tr("The server sent a reply longer than %1 lines.").arg(MaxLinesPerReply));
        return false;
    }
    m_current.code = code;
    m_current.rawLines.append(text);
    m_current.texts.append(text.mid(4));
    const bool isLast = line.size() == 3 || line[3] == ' ';
    if (isLast)
        m_complete.append(std::exchange(m_current, {}));
    return true;
}

void SmtpReplyParser::fail(const QString &message)
{
    m_error = message;
    m_buffer.clear();
    m_current = {};
}
