#include "FaultInjector.h"

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{}

std::optional<FaultKind> FaultInjector::pick(const QByteArray &method, const QString &path,
                                             bool startsTask)
{
    for (FaultRule &rule : m_rules) {
        if (!rule.appliesTo(method, path) || (rule.isTaskFault() && !startsTask))
            continue;
        // Draw only for fractional rates, so rate-1 rules leave the sequence untouched.
        if (rule.rate <= 0.0)
            continue;
        if (rule.rate < 1.0 && m_random.generateDouble() >= rule.rate)
            continue;
        if (rule.count > 0)
            --rule.count;
        ++m_fired;
        return rule.kind;
    }
    return std::nullopt;
}
