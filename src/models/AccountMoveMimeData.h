#pragma once

#include "ServiceRef.h"
#include "StrongId.h"

#include <QStringList>
#include <optional>

class QMimeData;

// What a drag (or a cut) of accounts or of a connector carries: identities, never pointers.
// Each payload is JSON under a custom MIME type with a version: a payload of another version
// (an older or newer Smarthost) is recognised and refused, never misread.
namespace AccountMoveMimeData {
inline constexpr char AccountsType[] = "application/x-smarthost-accounts";
inline constexpr char ConnectorType[] = "application/x-smarthost-connector";
constexpr int Version = 1;

struct Accounts
{
    int version = Version;
    ServiceRef ref;
    QStringList emails;
};

struct Connector
{
    int version = Version;
    ServiceRef ref;
    ConnectorId id;
};

// The MIME data also carries the emails (or the connector id) as plain text.
QMimeData *encode(const Accounts &accounts);
QMimeData *encode(const Connector &connector);
QByteArray toBytes(const Accounts &accounts);

// Null when the data does not hold that kind of payload or it cannot be read; a payload of
// another version is returned as is (check `version`).
std::optional<Accounts> accounts(const QMimeData *data);
std::optional<Connector> connector(const QMimeData *data);
std::optional<Accounts> accountsFromBytes(const QByteArray &bytes);
} // namespace AccountMoveMimeData
