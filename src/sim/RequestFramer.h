#pragma once

#include <QByteArray>
#include <QList>

// Follows the bytes of one HTTP/1.1 connection and cuts them into requests, keeping each
// request line exactly as sent. QHttpServerRequest only offers a re-encoded QUrl, but an
// OVHcloud signature covers the URL bytes the client sent, so the simulator needs these.
// Bodies are skipped by Content-Length; a chunked body stops the framing (lines() then stays
// empty and the caller falls back to the parsed URL).
class RequestFramer
{
public:
    struct RequestLine
    {
        QByteArray method;
        QByteArray target;
        QByteArray version;
        bool connectionClose = false;
    };

    void feed(const QByteArray &bytes);
    bool hasLine() const { return !m_lines.isEmpty(); }
    RequestLine takeLine() { return m_lines.takeFirst(); }
    bool isBroken() const { return m_broken; }

private:
    bool parseHead(const QByteArray &head);

    QByteArray m_buffer;
    qint64 m_bodyRemaining = 0;
    bool m_broken = false;
    QList<RequestLine> m_lines;
};
