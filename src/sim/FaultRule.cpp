#include "FaultRule.h"

using namespace Qt::StringLiterals;

namespace {
struct KindName
{
    FaultKind kind;
    const char16_t *name;
};
constexpr KindName kindTable[] = {
    {FaultKind::Http500, u"500"},
    {FaultKind::Http502, u"502"},
    {FaultKind::Http503, u"503"},
    {FaultKind::Hang, u"hang"},
    {FaultKind::ResetMidBody, u"reset"},
    {FaultKind::MalformedJson, u"malformed-json"},
    {FaultKind::TruncatedJson, u"truncated-json"},
    {FaultKind::UnexpectedShape, u"unexpected-shape"},
    {FaultKind::HugeArray, u"huge-array"},
    {FaultKind::DeepNesting, u"deep-nesting"},
    {FaultKind::InvalidCredential, u"invalid-credential"},
    {FaultKind::QueryTimeOut, u"query-time-out"},
    {FaultKind::TaskError, u"task-error"},
    {FaultKind::TaskCancelled, u"task-cancelled"},
    {FaultKind::TaskNeverEnds, u"task-never-ends"},
};
} // namespace

FaultRule::FaultRule(const QByteArray &method, const QString &pathPattern, FaultKind kind,
                     double rate, int count)
    : method(method.toUpper())
    , path(pathPattern)
    , kind(kind)
    , rate(rate)
    , count(count)
{}

bool FaultRule::appliesTo(const QByteArray &requestMethod, const QString &requestPath) const
{
    if (count == 0)
        return false;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    return path.match(requestPath).hasMatch();
}

bool FaultRule::isTaskFault() const
{
    return kind == FaultKind::TaskError || kind == FaultKind::TaskCancelled ||
           kind == FaultKind::TaskNeverEnds;
}

QString FaultRule::kindName(FaultKind kind)
{
    for (const auto &entry : kindTable)
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    return {};
}

std::optional<FaultKind> FaultRule::kindFromName(const QString &name)
{
    for (const auto &entry : kindTable)
        if (name.compare(QString::fromUtf16(entry.name), Qt::CaseInsensitive) == 0)
            return entry.kind;
    return std::nullopt;
}

QStringList FaultRule::kindNames()
{
    QStringList names;
    for (const auto &entry : kindTable)
        names << QString::fromUtf16(entry.name);
    return names;
}

std::optional<FaultRule> FaultRule::parse(const QString &spec, QString *error)
{
    const auto fail = [&](const QString &problem) -> std::optional<FaultRule> {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    QStringList parts = spec.split(u':');
    if (parts.size() < 3)
        return fail(tr("Fault \"%1\": expected METHOD:REGEX:KIND[:RATE[:COUNT]].").arg(spec));

    // The kind is followed by at most two numbers; the regex before it may contain colons.
    qsizetype kindAt = -1;
    for (qsizetype i = parts.size() - 1; i >= std::max<qsizetype>(2, parts.size() - 3); --i)
        if (kindFromName(parts.at(i))) {
            kindAt = i;
            break;
        }
    if (kindAt < 0)
        return fail(
            tr("Fault \"%1\": unknown kind; use one of %2.").arg(spec, kindNames().join(u", "_s)));
    const QStringList numbers = parts.mid(kindAt + 1);
    double rate = 1.0;
    if (!numbers.isEmpty()) {
        bool numeric = false;
        rate = numbers.at(0).toDouble(&numeric);
        if (!numeric || rate < 0.0 || rate > 1.0)
            return fail(tr("Fault \"%1\": the rate must be a number from 0 to 1.").arg(spec));
    }
    int count = -1;
    if (numbers.size() > 1) {
        bool numeric = false;
        count = numbers.at(1).toInt(&numeric);
        if (!numeric || count < 1)
            return fail(
                tr("Fault \"%1\": the count must be a whole number of 1 or more.").arg(spec));
    }
    const FaultKind kind = *kindFromName(parts.at(kindAt));
    QString method = parts.at(0).trimmed();
    if (method == u"*"_s)
        method.clear();
    const QString pattern = parts.mid(1, kindAt - 1).join(u':');
    FaultRule rule(method.toLatin1(), pattern, kind, rate, count);
    if (!rule.path.isValid())
        return fail(
            tr("Fault \"%1\": invalid regular expression: %2").arg(spec, rule.path.errorString()));
    return rule;
}
