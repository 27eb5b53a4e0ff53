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
        return fail(tr("Fault \"%1\": expected METHOD:REGEX:KIND[:RATE].").arg(spec));

    double rate = 1.0;
    if (!kindFromName(parts.last())) {
        bool numeric = false;
        rate = parts.last().toDouble(&numeric);
        if (!numeric || rate < 0.0 || rate > 1.0)
            return fail(tr("Fault \"%1\": the rate must be a number from 0 to 1.").arg(spec));
        parts.removeLast();
        if (parts.size() < 3)
            return fail(tr("Fault \"%1\": expected METHOD:REGEX:KIND[:RATE].").arg(spec));
    }
    const auto kind = kindFromName(parts.takeLast());
    if (!kind)
        return fail(
            tr("Fault \"%1\": unknown kind; use one of %2.").arg(spec, kindNames().join(u", "_s)));
    QString method = parts.takeFirst().trimmed();
    if (method == u"*"_s)
        method.clear();
    const QString pattern = parts.join(u':');
    FaultRule rule(method.toLatin1(), pattern, *kind, rate);
    if (!rule.path.isValid())
        return fail(
            tr("Fault \"%1\": invalid regular expression: %2").arg(spec, rule.path.errorString()));
    return rule;
}
