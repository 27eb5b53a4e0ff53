#include "ConnectorRules.h"

#include "ConnectorRequests.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

QString ConnectorRules::checkDisplayName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a display name.");
    if (name.size() > MaxDisplayNameLength)
        return tr("The display name is too long (at most %1 characters).")
            .arg(MaxDisplayNameLength);
    if (hasControlCharacters(name))
        return tr("The display name contains control characters.");
    return {};
}

QString ConnectorRules::checkSmartHost(const QString &host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the smart host: the SMTP relay's host name or IP address.");
    if (trimmed.size() > MaxHostLength)
        return tr("The host name is too long (at most %1 characters).").arg(MaxHostLength);
    if (trimmed != host)
        return tr("Remove the spaces around the host name.");
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    if (!address.isNull()) {
        if (address.isLoopback() || address == QHostAddress::Any ||
            address == QHostAddress::AnyIPv6)
            return tr("%1 is not an address a relay can have.").arg(host);
        return {};
    }
    static const QRegularExpression numeric(u"^[0-9.]+$"_s);
    if (numeric.match(host).hasMatch())
        return tr("%1 is not a valid IP address.").arg(host);
    static const QRegularExpression label(u"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    QString name = host;
    if (name.endsWith(u'.'))
        name.chop(1);
    const QString ascii = QString::fromLatin1(QUrl::toAce(name));
    if (ascii.isEmpty())
        return tr("%1 is not a valid host name.").arg(host);
    const QStringList labels = ascii.split(u'.');
    for (const QString &part : labels)
        if (!label.match(part).hasMatch())
            return tr("%1 is not a valid host name.").arg(host);
    if (labels.size() < 2)
        return tr("Enter the relay's full host name (for example smtp.example.com).");
    return {};
}

QString ConnectorRules::checkPort(qint64 port)
{
    if (port < 1 || port > 65535)
        return tr("The port must be between 1 and 65535.");
    return {};
}

QString ConnectorRules::checkMaxSendSize(qint64 megabytes)
{
    if (megabytes < 1 || megabytes > SendConnector::MaxSendSizeLimitMb)
        return tr("The maximum message size must be between 1 and %1 MB.")
            .arg(SendConnector::MaxSendSizeLimitMb);
    return {};
}

QString ConnectorRules::checkCredentials(AuthMechanism mechanism, const QString &user,
                                         const QString &password)
{
    if (mechanism == AuthMechanism::None)
        return {};
    if (user.trimmed().isEmpty())
        return tr("Enter the user name the relay expects.");
    if (password.isEmpty())
        return tr("Enter the password the relay expects.");
    if (user.size() > MaxCredentialLength || password.size() > MaxCredentialLength)
        return tr("The user name or password is too long (at most %1 characters).")
            .arg(MaxCredentialLength);
    return {};
}

QString ConnectorRules::check(const NewConnector &c)
{
    for (const QString &problem :
         {checkDisplayName(c.displayName), checkSmartHost(c.smartHost), checkPort(c.port),
          checkMaxSendSize(c.maxSendSizeMb), checkCredentials(c.authMechanism, c.user, c.password)})
        if (!problem.isEmpty())
            return problem;
    if (c.authMechanism == AuthMechanism::BasicAuthRequireTls && !c.requireTls)
        return tr("basicAuthRequireTLS needs TLS: turn requireTLS on.");
    return {};
}

QString ConnectorRules::check(const ConnectorChanges &c)
{
    if (c.displayName)
        if (QString problem = checkDisplayName(*c.displayName); !problem.isEmpty())
            return problem;
    if (c.smartHost)
        if (QString problem = checkSmartHost(*c.smartHost); !problem.isEmpty())
            return problem;
    if (c.port)
        if (QString problem = checkPort(*c.port); !problem.isEmpty())
            return problem;
    if (c.maxSendSizeMb)
        if (QString problem = checkMaxSendSize(*c.maxSendSizeMb); !problem.isEmpty())
            return problem;
    return {};
}
