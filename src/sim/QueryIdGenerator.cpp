#include "QueryIdGenerator.h"

#include <QCryptographicHash>
#include <QStringBuilder>

QueryIdGenerator::QueryIdGenerator(quint32 seed)
    : m_seed(seed)
{}

QByteArray QueryIdGenerator::next(qint64 serverTime)
{
    const quint64 n = ++m_counter;
    const QByteArray input = QByteArray::number(m_seed) + ':' + QByteArray::number(n);
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Md5);
    return "EU.ext-" + QByteArray::number(n % 4 + 1) + '.' +
           QByteArray::number(quint32(serverTime), 16) + '.' +
           QByteArray::number(10000 + (m_seed * 7919 + n) % 90000) + '.' + digest.toHex();
}
