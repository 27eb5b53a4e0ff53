#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

struct SmtpReply;

enum class TranscriptDirection { Client, Server, Note };

struct TranscriptLine
{
    QDateTime time;       // UTC
    qint64 elapsedMs = 0; // since the probe started
    TranscriptDirection direction = TranscriptDirection::Note;
    QString text;

    friend bool operator==(const TranscriptLine &, const TranscriptLine &) = default;
};

// Records the SMTP conversation. Secrets never reach it: AUTH payloads are given in
// masked form by the caller, and as a second line of defence every registered secret
// (password, its base64 forms, the AUTH PLAIN payload) is replaced by Mask wherever it
// would appear, whichever side sent it.
class ProbeTranscript
{
public:
    static constexpr QStringView Mask = u"********";

    void start();
    void setSecrets(const QStringList &secrets);

    void addClient(const QString &text);
    void addServer(const SmtpReply &reply);
    void addNote(const QString &text);

    QList<TranscriptLine> lines() const { return m_lines; }

private:
    void add(TranscriptDirection direction, const QString &text);

    QElapsedTimer m_clock;
    QStringList m_secrets;
    QList<TranscriptLine> m_lines;
};
