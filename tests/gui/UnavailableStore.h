#pragma once

#include "SecretStore.h"

#include <QTimer>

// A store that answers like QtKeychain without any keychain: Unavailable, asynchronously.
class UnavailableStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    int writes = 0;
    void read(const QString &, QObject *context, SecretHandler done) override
    {
        answer(context, std::move(done));
    }
    void write(const QString &, const QByteArray &, QObject *context, SecretHandler done) override
    {
        ++writes;
        answer(context, std::move(done));
    }
    void remove(const QString &, QObject *context, SecretHandler done) override
    {
        answer(context, std::move(done));
    }
    QString description() const override { return QStringLiteral("system keychain"); }

private:
    static void answer(QObject *context, SecretHandler done)
    {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            SecretResult result;
            result.status = SecretResult::Status::Unavailable;
            result.error = QStringLiteral("No keychain service available");
            done(result);
        });
    }
};
