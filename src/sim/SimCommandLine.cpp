#include "SimCommandLine.h"

#include "Simulator.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {
std::optional<qint64> number(const QCommandLineParser &parser, const QString &name, qint64 low,
                             qint64 high)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}
} // namespace

std::optional<SimCommandLine::Settings> SimCommandLine::parse(const QStringList &arguments,
                                                              int *exitCode, QString *output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulates the OVHcloud API v1 (Exchange send connectors) on 127.0.0.1 for demos "
           "and tests. Runs until interrupted."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, tr("Port to listen on (default: chosen by the system)."), tr("port"), u"0"_s},
        {u"accounts"_s, tr("Adds N generated accounts user0001@mydomain.ovh…."), tr("N"), u"0"_s},
        {u"hosted"_s, tr("Adds a Hosted Exchange organization (hosted-zz222222-1).")},
        {u"latency-ms"_s, tr("Delays every answer by this many milliseconds."), tr("ms"), u"0"_s},
        {u"task-ms"_s, tr("Duration of each task step (todo, doing) in milliseconds."), tr("ms"),
         u"1000"_s},
        {u"no-pages"_s, tr("Ignores the X-Pagination-Mode header (plain id lists only).")},
        {u"no-batch"_s, tr("Ignores the X-Ovh-Batch header (comma-joined ids are one id).")},
        {u"clock-offset"_s, tr("Server clock minus local clock, in seconds."), tr("seconds"),
         u"0"_s},
        {u"fault"_s,
         tr("Injects a fault: METHOD:REGEX:KIND[:RATE[:COUNT]], e.g. "
            "\"*:/sendConnector:503:0.5\"; COUNT: at most that many times. Kinds: %1. "
            "Repeatable.")
             .arg(FaultRule::kindNames().join(u", "_s)),
         tr("spec")},
        {u"seed"_s, tr("Seed of every pseudo-random choice."), tr("number"), u"1"_s},
        {u"verbose"_s, tr("Prints one line per answered request on standard error.")},
    });

    const auto fail = [&](const QString &message) -> std::optional<Settings> {
        *exitCode = 1;
        *output = message;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        *exitCode = 0;
        *output = parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(versionOption)) {
        *exitCode = 0;
        *output = QCoreApplication::applicationName() + u' ' +
                  QCoreApplication::applicationVersion() + u'\n';
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    Settings settings;
    const auto port = number(parser, u"port"_s, 0, 65535);
    const auto accounts = number(parser, u"accounts"_s, 0, 100000);
    const auto latency = number(parser, u"latency-ms"_s, 0, 600000);
    const auto taskMs = number(parser, u"task-ms"_s, 0, 3600000);
    const auto offset = number(parser, u"clock-offset"_s, -1000000000LL, 1000000000LL);
    const auto seed = number(parser, u"seed"_s, 0, 0xffffffffLL);
    if (!port)
        return fail(tr("--port needs a number from 0 to 65535."));
    if (!accounts)
        return fail(tr("--accounts needs a number from 0 to 100000."));
    if (!latency || !taskMs)
        return fail(tr("--latency-ms and --task-ms need a number of milliseconds."));
    if (!offset)
        return fail(tr("--clock-offset needs a number of seconds."));
    if (!seed)
        return fail(tr("--seed needs a number from 0 to 4294967295."));
    settings.port = quint16(*port);
    settings.options.extraAccounts = int(*accounts);
    settings.options.hostedService = parser.isSet(u"hosted"_s);
    settings.options.latencyMs = int(*latency);
    settings.options.taskStepMs = int(*taskMs);
    settings.options.pagesEnabled = !parser.isSet(u"no-pages"_s);
    settings.options.batchEnabled = !parser.isSet(u"no-batch"_s);
    settings.options.clockOffsetSeconds = *offset;
    settings.options.seed = quint32(*seed);
    settings.verbose = parser.isSet(u"verbose"_s);
    for (const QString &spec : parser.values(u"fault"_s)) {
        QString error;
        const auto rule = FaultRule::parse(spec, &error);
        if (!rule)
            return fail(error);
        settings.faults << *rule;
    }
    return settings;
}

QString SimCommandLine::banner(const Simulator &simulator)
{
    const SimOptions &o = simulator.options();
    const QString base = simulator.baseUrl().toString();
    // The first line is parsed by scripts and tests: keep it exactly as it is, untranslated.
    QString text = u"Smarthost simulator listening on "_s + base + u'\n';
    text += u'\n' + tr("# ovh.conf (signed requests)") + u'\n';
    text += u"[default]\nendpoint=%1\n\n[%1]\napplication_key=%2\napplication_secret=%3\n"
            "consumer_key=%4\n"_s.arg(base, o.applicationKey, o.applicationSecret, o.consumerKey);
    text += u'\n' + tr("# or as environment variables") + u'\n';
    text += u"export OVH_ENDPOINT=%1\nexport OVH_APPLICATION_KEY=%2\n"
            "export OVH_APPLICATION_SECRET=%3\nexport OVH_CONSUMER_KEY=%4\n"_s.arg(
                base, o.applicationKey, o.applicationSecret, o.consumerKey);
    text += u'\n' +
            tr("# OAuth2 service account (instead of the keys above), token URL %1")
                .arg(simulator.tokenUrl().toString()) +
            u'\n';
    text += u"client_id=%1\nclient_secret=%2\n"_s.arg(o.oauth2ClientId, o.oauth2ClientSecret);
    text += u'\n' + tr("# Press Ctrl+C to stop.") + u'\n';
    return text;
}

QString SimCommandLine::listenFailure(quint16 port, const QString &error)
{
    return tr("Cannot listen on 127.0.0.1 port %1: %2").arg(QString::number(port), error);
}
