// Secrets never leak: a scripted session — smarthost-cli login with the secrets on stdin,
// CLI commands, then the GUI opened on the saved profile and a connector created with a
// smart-host password — against a simulator whose keys are distinctive canaries. Then every
// file written under this test's XDG config, data, cache and state directories, and every
// line logged with all categories enabled, is searched for each secret (as is, base64 and
// percent-encoded). The keychain (the Secret Service of `make test`) is the only place they
// may live.
#include "ConnectorController.h"
#include "ConnectorDialog.h"
#include "Launcher.h"
#include "MainWindow.h"
#include "Simulator.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 30'000;
const QString ApplicationKey = u"AK-canary-leaktest"_s;
const QString ApplicationSecret = u"AS-canary-Zq81vLx0Pe"_s;
const QString ConsumerKey = u"CK-canary-Mw35kRt9Ya"_s;
const QString CliPassword = u"PW-canary-cli-Hs62Bn"_s;
const QString GuiPassword = u"PW-canary-gui-Ud47Fc"_s;
const QString Profile = u"leaktest"_s;

QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    // The in-process simulator's HTTP server logs what it receives (the server's side, which
    // holds the secrets anyway); everything else is the application's.
    if (QByteArrayView(context.category ? context.category : "").startsWith("qt.httpserver"))
        return;
    g_log << message;
}

QList<QByteArray> spellings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8, utf8.toBase64(), utf8.toBase64(QByteArray::Base64UrlEncoding),
            utf8.toBase64(QByteArray::OmitTrailingEquals), utf8.toPercentEncoding()};
}

struct CliRun
{
    int exitCode = -1;
    QByteArray output;
};

} // namespace

class TestSecretsLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scriptedSessionLeavesNoSecretBehind();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {});
    void runCli();
    void runGui();
    QStringList writtenFiles() const;

    std::unique_ptr<Simulator> m_sim;
    QByteArray m_cliOutput;
};

void TestSecretsLeak::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the Secret Service that `make test` starts");
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        QVERIFY2(!qEnvironmentVariableIsEmpty(name), name); // set by smarthost_add_test
    QCoreApplication::setOrganizationName(u"smarthost"_s);
    QCoreApplication::setApplicationName(u"smarthost"_s);
    SimOptions options;
    options.taskStepMs = 60;
    options.applicationKey = ApplicationKey;
    options.applicationSecret = ApplicationSecret;
    options.consumerKey = ConsumerKey;
    m_sim = std::make_unique<Simulator>(options);
    QString error;
    QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
}

CliRun TestSecretsLeak::cli(const QStringList &arguments, const QByteArray &input)
{
    // The simulator runs in this process: wait without blocking its event loop.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"OVH_"_s))
            env.remove(name);
    }
    env.insert(u"QT_LOGGING_RULES"_s, u"*=true"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(SMARTHOST_BINARY_DIR "/bin/smarthost-cli"), arguments);
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, Timeout)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAll();
    m_cliOutput += run.output;
    return run;
}

void TestSecretsLeak::runCli()
{
    const ServiceRef ref = SimWorld::guideService();
    CliRun run = cli({u"login"_s, u"--endpoint"_s, m_sim->baseUrl().toString(),
                      u"--application-key"_s, ApplicationKey, u"--application-secret-stdin"_s,
                      u"--consumer-key-stdin"_s, u"--profile"_s, Profile},
                     (ApplicationSecret + u'\n' + ConsumerKey + u'\n').toUtf8());
    QVERIFY2(run.exitCode == 0, run.output.constData());
    run = cli({u"services"_s, u"--profile"_s, Profile});
    QVERIFY2(run.exitCode == 0, run.output.constData());
    run = cli({u"connectors"_s, ref.organization, ref.service, u"--profile"_s, Profile});
    QVERIFY2(run.exitCode == 0, run.output.constData());
    run = cli({u"connector-add"_s, ref.organization, ref.service, u"--name"_s, u"cli-relay"_s,
               u"--host"_s, u"smtp.cli-relay.example.net"_s, u"--auth"_s, u"basicAuth"_s,
               u"--user"_s, u"cli-user"_s, u"--password-stdin"_s, u"--profile"_s, Profile},
              (CliPassword + u'\n').toUtf8());
    QVERIFY2(run.exitCode == 0, run.output.constData());
    run = cli({u"accounts"_s, ref.organization, ref.service, u"--profile"_s, Profile});
    QVERIFY2(run.exitCode == 0, run.output.constData());
}

void TestSecretsLeak::runGui()
{
    LaunchOptions options;
    options.profile = Profile;
    Launcher launcher(options);
    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), Timeout);
    MainWindow *window = launcher.window();
    QTRY_VERIFY_WITH_TIMEOUT(!window->currentConnector().isNull(), Timeout);

    ConnectorDialog *dialog = window->controller()->newConnector(SimWorld::guideService());
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"displayNameEdit"_s)->setText(u"gui-relay"_s);
    dialog->findChild<QLineEdit *>(u"smartHostEdit"_s)->setText(u"smtp.gui-relay.example.net"_s);
    auto *mechanism = dialog->findChild<QComboBox *>(u"mechanismCombo"_s);
    mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuth)));
    dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"gui-user"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), GuiPassword);
    QVERIFY(dialog->okButton()->isEnabled());
    QPointer<ConnectorDialog> guard(dialog);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), Timeout); // closes once the connector exists
    window->close(); // saves the window's settings
}

QStringList TestSecretsLeak::writtenFiles() const
{
    QStringList files;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        QDirIterator it(qEnvironmentVariable(name), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

void TestSecretsLeak::scriptedSessionLeavesNoSecretBehind()
{
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    runCli();
    runGui();
    qInstallMessageHandler(previous);
    if (QTest::currentTestFailed())
        return;

    // Both connectors exist, with their passwords: the secrets did reach the API.
    QStringList users;
    const SimService *service = m_sim->world().service(SimWorld::guideService());
    for (const auto &[id, c] : service->connectors)
        users << m_sim->world().connectorUser(SimWorld::guideService(), id);
    QVERIFY(users.contains(u"cli-user"_s));
    QVERIFY(users.contains(u"gui-user"_s));
    QVERIFY(m_cliOutput.contains("smarthost.api.request")); // every category was on

    const QStringList files = writtenFiles();
    QVERIFY2(!files.isEmpty(), "the session wrote no settings at all");
    const QByteArray log = g_log.join(u'\n').toUtf8();
    for (const QString &secret : {ApplicationSecret, ConsumerKey, CliPassword, GuiPassword}) {
        for (const QByteArray &spelling : spellings(secret)) {
            for (const QString &path : files) {
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                QVERIFY2(!file.readAll().contains(spelling),
                         qPrintable(u"%1 holds %2"_s.arg(path, QString::fromUtf8(spelling))));
            }
            QVERIFY2(!m_cliOutput.contains(spelling), spelling.constData());
            QVERIFY2(!log.contains(spelling), spelling.constData());
        }
    }
}

int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "*=true;qt.qpa.*=false");
    QApplication app(argc, argv);
    TestSecretsLeak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretsleak.moc"
