#pragma once

#include "FaultRule.h"

#include <QList>
#include <QRandomGenerator>
#include <optional>

// Holds the fault rules and decides, request by request, whether one fires. The first
// applicable rule that wins its rate draw fires (and uses up one of its count).
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed);

    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    const QList<FaultRule> &rules() const { return m_rules; }
    int firedCount() const { return m_fired; }

    // startsTask: whether the request would start a task (task kinds only fire on those).
    std::optional<FaultKind> pick(const QByteArray &method, const QString &path, bool startsTask);

private:
    QList<FaultRule> m_rules;
    QRandomGenerator m_random;
    int m_fired = 0;
};
