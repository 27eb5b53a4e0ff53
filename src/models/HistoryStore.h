#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <optional>

// One change the app made on OVHcloud. No secrets: names, addresses and ids only.
struct HistoryEntry
{
    Q_DECLARE_TR_FUNCTIONS(HistoryEntry)

public:
    enum class Action {
        Attach,
        Detach,
        Create,
        Edit,
        Delete,
        ChangeAuthentication,
        DefaultConnector,
    };

    QDateTime time;
    QString profile;
    QString service; // ServiceRef::displayText()
    Action action = Action::Attach;
    QStringList targets; // emails, connector names, domain names
    QString result;      // "OK" or OVHcloud's message
    bool ok = true;
    QString queryId;

    static QString actionName(Action action); // stable, for the file
    static std::optional<Action> actionFromName(const QString &name);
    static QString actionText(Action action); // translated, for people
    QJsonObject toJson() const;
    static std::optional<HistoryEntry> fromJson(const QJsonObject &object);
};

// The history of changes, kept as JSON lines in a file (one entry a line, appended as they
// happen, so that a crash loses nothing) and read back at start. Exported as CSV. When a start
// finds more than `maxEntries` entries, the file moves to "<name>.old" (replacing an older
// one) and the newest `maxEntries` are written back: the file stays small, nothing recent is
// lost, and the previous generation can still be read.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxEntries = 50'000;

    // The file is read now; it need not exist.
    explicit HistoryStore(const QString &filePath, QObject *parent = nullptr,
                          int maxEntries = DefaultMaxEntries);

    // <AppDataLocation>/history.jsonl
    static QString defaultFilePath();

    const QString &filePath() const { return m_filePath; }
    const QList<HistoryEntry> &entries() const { return m_entries; }

    // Adds the entry and appends it to the file (false, with the reason, when writing failed;
    // the entry is kept in memory either way).
    bool append(const HistoryEntry &entry, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    QString toCsv() const;

Q_SIGNALS:
    void entryAppended(int row);

private:
    void read();
    void rotate();

    QString m_filePath;
    QList<HistoryEntry> m_entries;
    int m_maxEntries;
};
