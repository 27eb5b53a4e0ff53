#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

// The targets (2-core machine), checked against the figures of the same run.
class BenchTargets
{
public:
    void atMost(const QString &what, double value, double limit, const QString &unit)
    {
        m_lines << QStringLiteral("target %1: %2 %4 (≤ %3 %4) %5")
                       .arg(what)
                       .arg(value)
                       .arg(limit)
                       .arg(unit)
                       .arg(value <= limit ? QStringLiteral("met") : QStringLiteral("MISSED"));
        m_missed += value > limit;
    }
    void print(QTextStream &out) const
    {
        for (const QString &line : m_lines)
            out << line << '\n';
        out << (m_missed == 0 ? QStringLiteral("targets: all met\n")
                              : QStringLiteral("targets: %1 missed\n").arg(m_missed));
    }

private:
    QList<QString> m_lines;
    int m_missed = 0;
};
