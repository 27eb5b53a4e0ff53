#pragma once

#include <QByteArray>

// Makes X-Ovh-QueryId values shaped like OVHcloud's ("EU.ext-3.6543a1b2.28451.0f3c…"):
// region, front, hex time, process-like number, 32 hex digits. Unique per generator.
class QueryIdGenerator
{
public:
    explicit QueryIdGenerator(quint32 seed);
    QByteArray next(qint64 serverTime);

private:
    quint32 m_seed;
    quint64 m_counter = 0;
};
