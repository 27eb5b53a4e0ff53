#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

// An integer id that cannot be mixed up with another kind of id: a ConnectorId is not a TaskId.
template<typename Tag> class StrongId
{
public:
    constexpr StrongId() = default;
    constexpr explicit StrongId(qint64 value)
        : m_value(value)
    {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isNull() const { return m_value == 0; }
    QString toString() const { return QString::number(m_value); }

    friend constexpr bool operator==(StrongId a, StrongId b) { return a.m_value == b.m_value; }
    friend constexpr auto operator<=>(StrongId a, StrongId b) { return a.m_value <=> b.m_value; }
    friend size_t qHash(StrongId id, size_t seed = 0) { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using ConnectorId = StrongId<struct ConnectorIdTag>;
using TaskId = StrongId<struct TaskIdTag>;

Q_DECLARE_METATYPE(ConnectorId)
Q_DECLARE_METATYPE(TaskId)
