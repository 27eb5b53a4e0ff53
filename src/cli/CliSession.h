#pragma once

#include "CliArguments.h"
#include "CollectionReader.h"
#include "ExchangeApi.h"
#include "OvhClient.h"
#include "TaskWatcher.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <functional>
#include <memory>

class CliOutput;
class SecretStore;

// Finds the credentials (environment, ovh.conf files, then the keychain profile), and
// builds the API client the commands use.
class CliSession : public QObject
{
    Q_OBJECT

public:
    CliSession(const CliArguments &arguments, CliOutput &output, QObject *parent = nullptr);
    ~CliSession() override;

    // Calls ready(true) once the client exists, or prints why not and calls ready(false).
    void open(std::function<void(bool)> ready);

    ExchangeApi *api() const { return m_api; }
    CollectionReader *reader() const { return m_reader; }
    OvhClient *client() const { return m_client; }
    // How the commands follow tasks: with --timeout, they give up after that long.
    TaskWatcher::Timing taskTiming() const;

private:
    void connectWith(const Credentials &credentials, const std::function<void(bool)> &ready);

    const CliArguments &m_arguments;
    CliOutput &m_output;
    QNetworkAccessManager m_network;
    SecretStore *m_secrets = nullptr;
    OvhClient *m_client = nullptr;
    ExchangeApi *m_api = nullptr;
    CollectionReader *m_reader = nullptr;
};
