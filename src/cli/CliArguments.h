#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <optional>

// The command line, parsed: one command, its positional arguments and the options, which
// may stand before or after the command.
struct CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    QString command;
    QStringList positional; // after the command
    bool json = false;
    QString endpoint;
    QString configFile;
    QString profile;
    std::optional<double> rateLimit; // requests per second, 0 = off
    // --timeout: the longest wait for a call (retries included) and, when given, for a task.
    std::optional<int> timeoutSeconds;
    static constexpr int MaxTimeoutSeconds = 24 * 3600;
    // Connector options.
    std::optional<QString> name;
    std::optional<QString> host;
    std::optional<qint64> port;
    std::optional<bool> tls;
    std::optional<QString> auth;
    std::optional<QString> user;
    bool passwordFromStdin = false;
    std::optional<qint64> maxSizeMb;
    // headers
    QString connectorHost;
    QStringList aliases;
    // login
    QString applicationKey;
    bool applicationSecretFromStdin = false;
    bool consumerKeyFromStdin = false;

    bool showHelp = false;
    bool showVersion = false;

    // Parses argv; on a usage error returns nullopt and sets error.
    static std::optional<CliArguments> parse(const QStringList &arguments, QString *error);
    static QString helpText();
};
