#include "MemorySecretStore.h"

#include <QTimer>

void MemorySecretStore::answer(QObject *context, SecretHandler done, SecretResult result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::read(const QString &key, QObject *context, SecretHandler done)
{
    SecretResult result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        result.status = SecretResult::Status::NotFound;
        result.error = tr("No secret stored for %1.").arg(key);
    } else {
        result.data = *it;
    }
    answer(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                              SecretHandler done)
{
    m_secrets.insert(key, secret);
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, SecretHandler done)
{
    SecretResult result;
    if (!m_secrets.remove(key)) {
        result.status = SecretResult::Status::NotFound;
        result.error = tr("No secret stored for %1.").arg(key);
    }
    answer(context, std::move(done), result);
}

QString MemorySecretStore::description() const
{
    return tr("memory (this session only)");
}
