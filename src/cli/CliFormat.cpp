#include "CliFormat.h"

#include "CliOutput.h"

#include <QFile>
#include <QJsonArray>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s;
}
} // namespace

QString CliFormat::connectorId(ConnectorId id)
{
    return id.isNull() ? tr("0 (platform)") : id.toString();
}

void CliFormat::connectors(CliOutput &out, bool json, const QList<SendConnector> &connectors)
{
    if (json) {
        QJsonArray array;
        for (const SendConnector &c : connectors)
            array << c.toJson();
        return out.json(array);
    }
    QList<QStringList> rows;
    for (const SendConnector &c : connectors)
        rows << QStringList{c.id.toString(),
                            c.displayName,
                            c.smartHost,
                            QString::number(c.port),
                            c.requireTls ? tr("yes") : tr("no"),
                            authMechanismToApi(c.authMechanism),
                            QString::number(c.maxSendSizeMb),
                            connectorStateToApi(c.state),
                            c.taskPendingId.isNull() ? u"-"_s : c.taskPendingId.toString(),
                            dateText(c.creationDate),
                            dateText(c.lastUpdateDate)};
    out.table({tr("ID"), tr("NAME"), tr("SMARTHOST"), tr("PORT"), tr("TLS"), tr("AUTH"),
               tr("MAX MB"), tr("STATE"), tr("TASK"), tr("CREATED"), tr("UPDATED")},
              rows);
}

void CliFormat::accounts(CliOutput &out, bool json, const QList<Account> &accounts)
{
    if (json) {
        QJsonArray array;
        for (const Account &a : accounts)
            array << a.toJson();
        return out.json(array);
    }
    QList<QStringList> rows;
    for (const Account &a : accounts)
        rows << QStringList{a.primaryEmailAddress, a.displayName, a.accountLicense, a.state,
                            connectorId(a.sendConnectorId)};
    out.table({tr("EMAIL"), tr("NAME"), tr("LICENCE"), tr("STATE"), tr("SENDCONNECTORID")}, rows);
}

void CliFormat::domains(CliOutput &out, bool json, const QList<Domain> &domains)
{
    if (json) {
        QJsonArray array;
        for (const Domain &d : domains)
            array << d.toJson();
        return out.json(array);
    }
    QList<QStringList> rows;
    for (const Domain &d : domains)
        rows << QStringList{d.name, d.state, connectorId(d.sendConnectorIdDefault)};
    out.table({tr("DOMAIN"), tr("STATE"), tr("SENDCONNECTORIDDEFAULT")}, rows);
}

QString CliFormat::task(const Task &task)
{
    return tr("task %1 (%2): %3")
        .arg(task.id.toString(), task.function, taskStatusToApi(task.status));
}

QString CliFormat::readStdinLine()
{
    // One QFile for the whole run: its buffer may hold the lines that follow.
    static QFile in;
    if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
