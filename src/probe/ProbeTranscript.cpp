#include "ProbeTranscript.h"

#include "SmtpReply.h"

#include <algorithm>

void ProbeTranscript::start()
{
    m_clock.start();
    m_lines.clear();
}

void ProbeTranscript::setSecrets(const QStringList &secrets)
{
    m_secrets.clear();
    for (const auto &secret : secrets)
        if (!secret.isEmpty() && !m_secrets.contains(secret))
            m_secrets.append(secret);
    // Longest first, so a secret containing another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void ProbeTranscript::addClient(const QString &text)
{
    add(TranscriptDirection::Client, text);
}

void ProbeTranscript::addServer(const SmtpReply &reply)
{
    for (const auto &line : reply.rawLines)
        add(TranscriptDirection::Server, line);
}

void ProbeTranscript::addNote(const QString &text)
{
    add(TranscriptDirection::Note, text);
}

void ProbeTranscript::add(TranscriptDirection direction, const QString &text)
{
    QString masked = text;
    for (const auto &secret : m_secrets)
        masked.replace(secret, Mask.toString());
    m_lines.append({QDateTime::currentDateTimeUtc(), m_clock.isValid() ? m_clock.elapsed() : 0,
                    direction, masked});
}
