#include "RequestFramer.h"

namespace {
constexpr qsizetype maxHeadSize = 256 * 1024;
}

void RequestFramer::feed(const QByteArray &bytes)
{
    if (m_broken)
        return;
    m_buffer += bytes;
    for (;;) {
        if (m_bodyRemaining > 0) {
            const qint64 skipped = qMin<qint64>(m_bodyRemaining, m_buffer.size());
            m_buffer.remove(0, skipped);
            m_bodyRemaining -= skipped;
            if (m_bodyRemaining > 0)
                return;
        }
        // Empty lines between requests are allowed (RFC 9112 section 2.2).
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > maxHeadSize)
                m_broken = true;
            return;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        if (!parseHead(head)) {
            m_broken = true;
            m_lines.clear();
            return;
        }
    }
}

bool RequestFramer::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    if (parts.size() != 3)
        return false;
    RequestLine line{parts.at(0), parts.at(1), parts.at(2), parts.at(2) == "HTTP/1.0"};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray header = lines.at(i).trimmed();
        const qsizetype colon = header.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = header.left(colon).trimmed().toLower();
        const QByteArray value = header.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            m_bodyRemaining = value.toLongLong(&ok);
            if (!ok || m_bodyRemaining < 0)
                return false;
        } else if (name == "transfer-encoding" && value != "identity") {
            return false;
        } else if (name == "connection") {
            line.connectionClose = value.contains("close");
        }
    }
    m_lines.append(line);
    return true;
}
