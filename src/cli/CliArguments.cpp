#include "CliArguments.h"

#include <QCommandLineParser>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
std::optional<qint64> number(const QCommandLineParser &parser, const QString &option,
                             QString *error)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok) {
        *error = CliArguments::tr("--%1 expects a whole number, not \"%2\".")
                     .arg(option, parser.value(option).left(40));
        return std::nullopt;
    }
    return value;
}
} // namespace

std::optional<CliArguments> CliArguments::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options{
        {u"json"_s, tr("Print JSON with the API's field names.")},
        {u"endpoint"_s, tr("ovh-eu, ovh-ca, ovh-us or a base URL."), u"NAME|URL"_s},
        {u"config"_s, tr("Read only this ovh.conf file."), u"FILE"_s},
        {u"profile"_s, tr("Use this saved profile."), u"NAME"_s},
        {u"rate-limit"_s, tr("At most N requests per second (0: no limit; default 20)."), u"N"_s},
        {u"timeout"_s, tr("Give up waiting for an answer after S seconds (default 90)."), u"S"_s},
        {u"name"_s, tr("Connector display name."), u"N"_s},
        {u"host"_s, tr("Smart host (SMTP relay)."), u"H"_s},
        {u"port"_s, tr("SMTP port."), u"P"_s},
        {u"tls"_s, tr("Require TLS.")},
        {u"no-tls"_s, tr("Do not require TLS.")},
        {u"auth"_s, tr("none, basicAuth or basicAuthRequireTLS."), u"MECH"_s},
        {u"user"_s, tr("User name for the smart host."), u"U"_s},
        {u"password-stdin"_s, tr("Read the password from standard input.")},
        {u"max-size"_s, tr("Maximum message size in MB (1-100)."), u"MB"_s},
        {u"connector"_s, tr("The connector's smart host, for the verdict."), u"HOST"_s},
        {u"alias"_s, tr("Another name of the relay."), u"HOST"_s},
        {u"application-key"_s, tr("Application key."), u"AK"_s},
        {u"application-secret-stdin"_s, tr("Read the application secret from standard input.")},
        {u"consumer-key-stdin"_s, tr("Read the consumer key from standard input.")},
        {{u"h"_s, u"help"_s}, tr("Show this help.")},
        {{u"v"_s, u"version"_s}, tr("Show the version.")},
    };
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    CliArguments a;
    a.showHelp = parser.isSet(u"help"_s);
    a.showVersion = parser.isSet(u"version"_s);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        a.command = positional.first();
        a.positional = positional.mid(1);
    }
    a.json = parser.isSet(u"json"_s);
    a.endpoint = parser.value(u"endpoint"_s);
    a.configFile = parser.value(u"config"_s);
    a.profile = parser.value(u"profile"_s);
    if (parser.isSet(u"name"_s))
        a.name = parser.value(u"name"_s);
    if (parser.isSet(u"host"_s))
        a.host = parser.value(u"host"_s);
    if (parser.isSet(u"tls"_s) && parser.isSet(u"no-tls"_s)) {
        *error = tr("--tls and --no-tls cannot be used together.");
        return std::nullopt;
    }
    if (parser.isSet(u"tls"_s))
        a.tls = true;
    if (parser.isSet(u"no-tls"_s))
        a.tls = false;
    if (parser.isSet(u"auth"_s))
        a.auth = parser.value(u"auth"_s);
    if (parser.isSet(u"user"_s))
        a.user = parser.value(u"user"_s);
    a.passwordFromStdin = parser.isSet(u"password-stdin"_s);
    a.connectorHost = parser.value(u"connector"_s);
    a.aliases = parser.values(u"alias"_s);
    a.applicationKey = parser.value(u"application-key"_s);
    a.applicationSecretFromStdin = parser.isSet(u"application-secret-stdin"_s);
    a.consumerKeyFromStdin = parser.isSet(u"consumer-key-stdin"_s);
    QString problem;
    if (const auto rate = number(parser, u"rate-limit"_s, &problem)) {
        if (*rate < 0)
            problem = tr("--rate-limit expects 0 or more requests per second.");
        a.rateLimit = double(*rate);
    }
    if (problem.isEmpty()) {
        if (const auto seconds = number(parser, u"timeout"_s, &problem)) {
            if (*seconds <= 0 || *seconds > MaxTimeoutSeconds)
                problem = tr("--timeout expects a number of seconds from 1 to %1.")
                              .arg(MaxTimeoutSeconds);
            a.timeoutSeconds = int(std::clamp<qint64>(*seconds, 0, MaxTimeoutSeconds));
        }
    }
    if (problem.isEmpty())
        a.port = number(parser, u"port"_s, &problem);
    if (problem.isEmpty())
        a.maxSizeMb = number(parser, u"max-size"_s, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return a;
}

QString CliArguments::helpText()
{
    return tr(
        R"(Usage: smarthost-cli [--endpoint NAME|URL] [--config FILE] [--profile NAME] [--rate-limit N] [--timeout S] [--json] COMMAND …

Manage OVHcloud Exchange send connectors (SMTP smart hosts).

Commands:
  services                                  organization/service pairs with offer
  connectors ORG SVC                        all connectors with every field
  connector-add ORG SVC --name N --host H [--port P] [--tls|--no-tls]
        [--auth none|basicAuth|basicAuthRequireTLS] [--user U] [--password-stdin] [--max-size MB]
                                            waits for the task, prints the new connector
  connector-edit ORG SVC ID [--name N] [--host H] [--port P] [--tls|--no-tls] [--max-size MB]
  connector-auth ORG SVC ID --auth MECH [--user U] [--password-stdin]     waits for the task
  connector-delete ORG SVC ID                                              waits for the task
  accounts ORG SVC                          every account with its sendConnectorId
  attach ORG SVC CONNECTOR_ID EMAIL…        attach accounts to a connector
  detach ORG SVC EMAIL…                     back to the platform's outgoing server
  domains ORG SVC                           every domain with its default connector
  default-connector ORG SVC DOMAIN CONNECTOR_ID        (0 resets)
  headers FILE|- [--connector HOST] [--alias HOST]…     route and verdict of a received mail
  probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB]
                                            test an SMTP relay before using it
  login --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
                                            test a key and keep it in the system keychain
  logout [--profile NAME]                   delete a saved profile and its secrets

Credentials come from OVH_* environment variables, then ./ovh.conf, ~/.ovh.conf,
/etc/ovh.conf (or --config FILE), then the system keychain (--profile NAME).
Passwords are read from standard input only, never from the command line.

--timeout S: a call that gets no usable answer fails after S seconds, retries included
(default 90); with --timeout, waiting for a task also stops after S seconds (otherwise
10 minutes). A change whose answer was lost is read back once, never sent again.

Exit status: 0 success, 1 API or network error, 2 usage error.)");
}
