#include "AccountMoveMimeData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace AccountMoveMimeData {
namespace {
QJsonObject header(int version, const ServiceRef &ref)
{
    return {{u"version"_s, version},
            {u"organization"_s, ref.organization},
            {u"service"_s, ref.service}};
}

std::optional<QJsonObject> readObject(const QByteArray &bytes, ServiceRef *ref, int *version)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.value(u"version"_s).isDouble())
        return std::nullopt;
    *version = object.value(u"version"_s).toInt();
    ref->organization = object.value(u"organization"_s).toString();
    ref->service = object.value(u"service"_s).toString();
    return object;
}
} // namespace

QByteArray toBytes(const Accounts &accounts)
{
    QJsonObject object = header(accounts.version, accounts.ref);
    object.insert(u"emails"_s, QJsonArray::fromStringList(accounts.emails));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMimeData *encode(const Accounts &accounts)
{
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(AccountsType), toBytes(accounts));
    data->setText(accounts.emails.join(u'\n'));
    return data;
}

QMimeData *encode(const Connector &connector)
{
    QJsonObject object = header(connector.version, connector.ref);
    object.insert(u"connectorId"_s, connector.id.value());
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(ConnectorType),
                  QJsonDocument(object).toJson(QJsonDocument::Compact));
    data->setText(connector.id.toString());
    return data;
}

std::optional<Accounts> accountsFromBytes(const QByteArray &bytes)
{
    Accounts accounts;
    const auto object = readObject(bytes, &accounts.ref, &accounts.version);
    if (!object)
        return std::nullopt;
    for (const QJsonValue &email : object->value(u"emails"_s).toArray())
        if (email.isString() && !email.toString().isEmpty())
            accounts.emails << email.toString();
    return accounts;
}

std::optional<Accounts> accounts(const QMimeData *data)
{
    const QString type = QString::fromLatin1(AccountsType);
    if (!data || !data->hasFormat(type))
        return std::nullopt;
    return accountsFromBytes(data->data(type));
}

std::optional<Connector> connector(const QMimeData *data)
{
    const QString type = QString::fromLatin1(ConnectorType);
    if (!data || !data->hasFormat(type))
        return std::nullopt;
    Connector connector;
    const auto object = readObject(data->data(type), &connector.ref, &connector.version);
    if (!object || !object->value(u"connectorId"_s).isDouble())
        return std::nullopt;
    connector.id = ConnectorId(object->value(u"connectorId"_s).toInteger());
    return connector;
}
} // namespace AccountMoveMimeData
