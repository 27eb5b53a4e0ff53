#pragma once

#include <QIcon>
#include <QString>
#include <functional>

// Shared vocabulary of Smarthost's item models.

// Every custom role of every model, in one place: views and delegates ask for identities
// (service, connector id, email), never for pointers.
enum class Role : int {
    Kind = Qt::UserRole + 1, // NodeKind (tree) as int
    NodeKey,                 // a stable string naming a tree node across restarts
    ServiceRef,              // ServiceRef of the service the row belongs to
    ConnectorId,             // qint64; 0 for the platform's outgoing server
    Email,                   // an account's primary email address
    DomainName,
    RequiresTls,    // bool
    AuthMechanism,  // AuthMechanism as int
    ConnectorState, // ConnectorState as int
    AccountCount,   // accounts attached to a connector (or to the platform's server)
    LoadState,      // LoadState as int
    ErrorText,      // the full error text (OVHcloud's message, code, query id)
    QueryId,
    TaskId,     // qint64
    TaskStatus, // TaskStatus as int
    Running,    // bool: a task still being followed
    Pending,    // bool: an account whose attach/detach is on its way
    SearchText, // every column's text of a row at once, for filters (kept ready: fast)
};

constexpr int roleId(Role role)
{
    return int(role);
}

// What a row of the service tree is.
enum class NodeKind {
    Root,
    Organization,
    Service,
    ConnectorGroup, // "Send connectors"
    Connector,
    PlatformGroup, // "Platform outgoing server": accounts without a connector
    DomainGroup,
    Account,
    Domain,
    Loading, // "Loading…" placeholder while a lazy fetch runs
    Error,   // the fetch failed: OVHcloud's message, with Retry
};

// Where a lazily loaded collection stands.
enum class LoadState { NotLoaded, Loading, Loaded, Failed };

// The models name their icons ("connector", "tls-on"…); the GUI decides what they look like.
using IconProvider = std::function<QIcon(const QString &name)>;
