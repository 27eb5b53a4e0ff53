#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable, Failed };
    Status status = Status::Ok;
    QByteArray data;
    QString error;

    bool ok() const { return status == Status::Ok; }
};

using SecretHandler = std::function<void(const SecretResult &)>;

// Where secrets live. Production uses the system keychain; an in-memory store exists only
// for tests and for the "this session only" choice the user makes when no keychain exists.
// Calls are asynchronous; the handler runs while `context` lives.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, SecretHandler done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context,
                       SecretHandler done) = 0;
    virtual void remove(const QString &key, QObject *context, SecretHandler done) = 0;
    // A short name for messages: "system keychain", "memory (this session only)".
    virtual QString description() const = 0;
};
