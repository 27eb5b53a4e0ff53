#include "HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
struct ActionName
{
    HistoryEntry::Action action;
    QLatin1StringView name;
};

constexpr ActionName ActionNames[] = {
    {HistoryEntry::Action::Attach, "attach"_L1},
    {HistoryEntry::Action::Detach, "detach"_L1},
    {HistoryEntry::Action::Create, "create"_L1},
    {HistoryEntry::Action::Edit, "edit"_L1},
    {HistoryEntry::Action::Delete, "delete"_L1},
    {HistoryEntry::Action::ChangeAuthentication, "change-authentication"_L1},
    {HistoryEntry::Action::DefaultConnector, "default-connector"_L1},
};

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}
} // namespace

QString HistoryEntry::actionName(Action action)
{
    for (const ActionName &entry : ActionNames)
        if (entry.action == action)
            return entry.name;
    return {};
}

std::optional<HistoryEntry::Action> HistoryEntry::actionFromName(const QString &name)
{
    for (const ActionName &entry : ActionNames)
        if (entry.name == name)
            return entry.action;
    return std::nullopt;
}

QString HistoryEntry::actionText(Action action)
{
    switch (action) {
    case Action::Attach:
        //: History: accounts were attached to a send connector.
        return tr("Attach");
    case Action::Detach:
        //: History: accounts were detached (back to the platform's outgoing server).
        return tr("Detach");
    case Action::Create:
        return tr("Create connector");
    case Action::Edit:
        return tr("Edit connector");
    case Action::Delete:
        return tr("Delete connector");
    case Action::ChangeAuthentication:
        return tr("Change authentication");
    case Action::DefaultConnector:
        //: History: the default connector of a domain's new accounts changed.
        return tr("Default connector");
    }
    return {};
}

QJsonObject HistoryEntry::toJson() const
{
    return {{u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
            {u"profile"_s, profile},
            {u"service"_s, service},
            {u"action"_s, actionName(action)},
            {u"targets"_s, QJsonArray::fromStringList(targets)},
            {u"ok"_s, ok},
            {u"result"_s, result},
            {u"queryId"_s, queryId}};
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &object)
{
    const auto action = actionFromName(object.value(u"action"_s).toString());
    const QDateTime time =
        QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs);
    if (!action || !time.isValid())
        return std::nullopt;
    HistoryEntry entry;
    entry.time = time;
    entry.profile = object.value(u"profile"_s).toString();
    entry.service = object.value(u"service"_s).toString();
    entry.action = *action;
    for (const QJsonValue &target : object.value(u"targets"_s).toArray())
        entry.targets << target.toString();
    entry.ok = object.value(u"ok"_s).toBool(true);
    entry.result = object.value(u"result"_s).toString();
    entry.queryId = object.value(u"queryId"_s).toString();
    return entry;
}

HistoryStore::HistoryStore(const QString &filePath, QObject *parent, int maxEntries)
    : QObject(parent)
    , m_filePath(filePath)
    , m_maxEntries(qMax(1, maxEntries))
{
    read();
    if (m_entries.size() > m_maxEntries)
        rotate();
}

void HistoryStore::rotate()
{
    m_entries = m_entries.mid(m_entries.size() - m_maxEntries);
    const QString old = m_filePath + u".old"_s;
    QFile::remove(old);
    if (!QFile::rename(m_filePath, old))
        return; // keep appending to the long file rather than lose it
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    for (const HistoryEntry &entry : std::as_const(m_entries))
        file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
    file.commit();
}

QString HistoryStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.jsonl"_s;
}

void HistoryStore::read()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue; // a line cut by a crash: the others still count
        if (auto entry = HistoryEntry::fromJson(document.object()))
            m_entries << *entry;
    }
}

bool HistoryStore::append(const HistoryEntry &entry, QString *error)
{
    m_entries << entry;
    Q_EMIT entryAppended(int(m_entries.size()) - 1);
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString HistoryStore::toCsv() const
{
    QString csv = u"time,profile,service,action,targets,result,query_id\n"_s;
    for (const HistoryEntry &entry : m_entries) {
        const QStringList fields = {entry.time.toUTC().toString(Qt::ISODate),
                                    entry.profile,
                                    entry.service,
                                    HistoryEntry::actionName(entry.action),
                                    entry.targets.join(u' '),
                                    entry.result,
                                    entry.queryId};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        csv += quoted.join(u',') + u'\n';
    }
    return csv;
}

bool HistoryStore::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(toCsv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
