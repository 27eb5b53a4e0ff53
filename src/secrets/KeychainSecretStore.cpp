#include "KeychainSecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {
SecretResult resultOf(const QKeychain::Job *job)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what QtKeychain 0.13 reports when no Secret Service runs
        result.status = SecretResult::Status::Unavailable;
        break;
    default:
        result.status = SecretResult::Status::Failed;
        break;
    }
    if (!result.ok())
        result.error = job->errorString();
    return result;
}

void finishWith(QKeychain::Job *job, QObject *context, SecretHandler done,
                std::function<void(SecretResult &)> fill = {})
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, done = std::move(done), fill = std::move(fill)](QKeychain::Job *j) {
                         if (!guard)
                             return;
                         SecretResult result = resultOf(j);
                         if (result.ok() && fill)
                             fill(result);
                         done(result);
                     });
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::read(const QString &key, QObject *context, SecretHandler done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    finishWith(job, context, std::move(done),
               [job](SecretResult &result) { result.data = job->binaryData(); });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                                SecretHandler done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    finishWith(job, context, std::move(done));
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, SecretHandler done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    finishWith(job, context, std::move(done));
    job->start();
}

QString KeychainSecretStore::description() const
{
    return tr("system keychain");
}
