// Secrets never leak (issue #9): a scripted session against a simulator whose keys are
// distinctive canaries — smarthost-cli logs in (secrets on standard input), lists, adds a
// connector with a password, changes its authentication, attaches an account and logs out;
// then the GUI signs in through the sign-in dialog, creates a connector with a password,
// changes its authentication, attaches, undoes, exports the history and closes. All
// smarthost.* logging is on. Afterwards every file under the session's directories (settings,
// history, logs, caches, exports, the CLI's output) is searched for every secret in every
// spelling (SecretScan). The keychain is the only place they may live; without a Secret
// Service the CLI refuses to save a profile and the GUI keeps the secrets in memory.
//
// The test's own process keeps the XDG_DATA_HOME `make test` gives (the keyring's session
// was started with its own): Qt's paths are moved with QStandardPaths' test mode under a
// temporary HOME, and the CLI children get temporary XDG directories of their own.
#include "AttachController.h"
#include "AuthenticationDialog.h"
#include "ConnectorController.h"
#include "ConnectorDialog.h"
#include "HistoryDock.h"
#include "HistoryStore.h"
#include "KeychainSecretStore.h"
#include "Launcher.h"
#include "ProfileVault.h"
#include "SecretScan.h"
#include "SignInDialog.h"
#include "Simulator.h"
#include "WidgetDriving.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
using namespace WidgetDriving;

constexpr int Timeout = 30'000;
// Canaries: long enough never to occur by chance. The passwords hold the characters that
// percent-encoding, JSON and INI files escape.
const QString ApplicationKey = u"AK-canary-Lk7Qp2Xw"_s;
const QString ApplicationSecret = u"AS-canary-Zq81vLx0Pe"_s;
const QString ConsumerKey = u"CK-canary-Mw35kRt9Ya"_s;
const QString ClientSecret = u"OC-canary-Tf90Wd3Hsq"_s; // OAuth2: the simulator's, unused
const QString CliPassword = u"PW-cli/\"Hs62+Bn&q=1%x\\ y"_s;
const QString CliNewPassword = u"PW-cli-new/\"Rk4#Vu7;z"_s;
const QString GuiPassword = u"PW-gui/\"Ud47+Fc&w=2%z\\ v"_s;
const QString GuiNewPassword = u"PW-gui-new/\"Jd2#Lq8;t"_s;
const QString GuideEmail = u"newsletter@mydomain.ovh"_s; // on the guide's connector 29
const QString CliEmail = u"contact@mydomain.ovh"_s;

// The directory everything goes to; made in main() before anything reads the environment.
QString g_root;
QFile *g_log = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArrayView category(context.category ? context.category : "");
    if (g_log && category.startsWith("smarthost")) {
        g_log->write(category.toByteArray() + ": " + message.toUtf8() + '\n');
        g_log->flush();
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

template<typename T> T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString uniqueName(const QString &prefix)
{
    return prefix + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

class TestSecretsLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scanFindsEverySpelling();
    void scriptedSessionLeavesNoSecretBehind();

private:
    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    CliRun cli(const QString &step, QStringList arguments, const QString &input = {});
    void runCli();
    void runGui();
    void signIn(SignInDialog *dialog);
    ConnectorId connectorNamed(const QString &name) const;
    const SimConnector *simConnector(ConnectorId id) const;
    ConnectorId simConnectorOf(const QString &email) const;
    QList<SecretScan::Spelling> allSpellings() const;
    SecretResult waitFor(const std::function<void(SecretHandler)> &call);

    std::unique_ptr<Simulator> m_sim;
    bool m_keychain = false;
    QString m_keychainProblem;
    QString m_cliProfile;
    QString m_guiProfile;
    int m_cliRuns = 0;
    QString m_cliSettings;
    QString m_guiSettings;
    QString m_historyFile;
    QString m_csvFile;
    QByteArray m_cliErrors; // every run's standard error, for the positive log checks
};

SecretResult TestSecretsLeak::waitFor(const std::function<void(SecretHandler)> &call)
{
    std::optional<SecretResult> out;
    call([&](const SecretResult &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, Timeout))
        qFatal("the secret store did not answer");
    return *out;
}

void TestSecretsLeak::initTestCase()
{
    QVERIFY(!g_root.isEmpty());
    QCoreApplication::setOrganizationName(u"smarthost"_s);
    QCoreApplication::setApplicationName(u"smarthost"_s);
    QApplication::setQuitOnLastWindowClosed(false);
    m_cliProfile = uniqueName(u"leak-cli"_s);
    m_guiProfile = uniqueName(u"leak-gui"_s);

    // Qt's settings and data of this process go under the temporary HOME; the checks below
    // fail if they did not.
    QVERIFY2(QSettings().fileName().startsWith(g_root), qPrintable(QSettings().fileName()));
    QVERIFY(HistoryStore::defaultFilePath().startsWith(g_root));

    // The Secret Service of `make test` still answers with the redirected directories.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_keychainProblem = u"no D-Bus session (run through `make test`)"_s;
    } else {
        KeychainSecretStore probe(uniqueName(u"smarthost-tst-secretsleak"_s));
        const SecretResult written =
            waitFor([&](SecretHandler h) { probe.write(u"probe"_s, "probe", this, h); });
        m_keychain = written.ok();
        if (m_keychain) {
            const SecretResult read =
                waitFor([&](SecretHandler h) { probe.read(u"probe"_s, this, h); });
            QVERIFY2(read.ok() && read.data == "probe", qPrintable(read.error));
            waitFor([&](SecretHandler h) { probe.remove(u"probe"_s, this, h); });
        } else {
            m_keychainProblem = u"the Secret Service does not answer: "_s + written.error;
        }
    }
    if (!m_keychain)
        qInfo("No keychain (%s): the CLI's login must refuse, the GUI keeps the secrets in "
              "memory.",
              qPrintable(m_keychainProblem));

    SimOptions options;
    options.taskStepMs = 60;
    options.applicationKey = ApplicationKey;
    options.applicationSecret = ApplicationSecret;
    options.consumerKey = ConsumerKey;
    options.oauth2ClientSecret = ClientSecret;
    m_sim = std::make_unique<Simulator>(options);
    QString error;
    QVERIFY2(m_sim->listen(0, &error), qPrintable(error));

    QVERIFY(QDir(g_root).mkpath(u"logs"_s));
    g_log = new QFile(g_root + u"/logs/gui-session.log"_s);
    QVERIFY(g_log->open(QIODevice::WriteOnly | QIODevice::Append));
    g_previousHandler = qInstallMessageHandler(captureLog);
}

void TestSecretsLeak::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    delete g_log;
    g_log = nullptr;
    if (!m_keychain)
        return;
    // Whatever a failed run left in the keychain (logout and the test remove them otherwise).
    KeychainSecretStore store(u"smarthost"_s);
    for (const QString &profile : {m_cliProfile, m_guiProfile})
        waitFor([&](SecretHandler h) { store.remove(ProfileVault::secretKey(profile), this, h); });
}

QList<SecretScan::Spelling> TestSecretsLeak::allSpellings() const
{
    const QList<QPair<QString, QString>> secrets = {
        {u"application secret"_s, ApplicationSecret}, {u"consumer key"_s, ConsumerKey},
        {u"OAuth2 client secret"_s, ClientSecret},    {u"CLI password"_s, CliPassword},
        {u"CLI new password"_s, CliNewPassword},      {u"GUI password"_s, GuiPassword},
        {u"GUI new password"_s, GuiNewPassword}};
    QList<SecretScan::Spelling> all;
    for (const auto &[name, secret] : secrets)
        all += SecretScan::spellings(name, secret);
    return all;
}

// The scan is not vacuous: each spelling of a secret, planted inside other bytes, is found;
// a near miss is not.
void TestSecretsLeak::scanFindsEverySpelling()
{
    const QList<SecretScan::Spelling> spellings = SecretScan::spellings(u"pw"_s, CliPassword);
    QSet<QString> forms;
    for (const SecretScan::Spelling &s : spellings)
        forms << s.form;
    for (const QString &form : {u"as is"_s, u"UTF-16"_s, u"base64, offset 2"_s,
                                u"percent-encoded"_s, u"form-encoded"_s, u"JSON-escaped"_s})
        QVERIFY2(forms.contains(form), qPrintable(form));

    QTemporaryDir dir(g_root + u"/selfcheck-XXXXXX"_s);
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sub/.hidden"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QVERIFY(SecretScan::findIn(dir.path(), spellings).isEmpty());
    for (const SecretScan::Spelling &s : spellings) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("\0\x01prefix ", 9) + s.bytes + QByteArray(" suffix\0", 8));
        file.close();
        const QStringList found = SecretScan::findIn(dir.path(), spellings);
        QVERIFY2(found.join(u'\n').contains(s.form), qPrintable(s.form));
    }
    // Base64 inside a longer encoded text, as in SMTP AUTH PLAIN ("\0user\0password").
    for (const QByteArray &prefix : {QByteArray("\0u", 2), QByteArray("\0us\0", 4)}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("AUTH PLAIN " + QByteArray(prefix + CliPassword.toUtf8() + "tail").toBase64() +
                   "\r\n");
        file.close();
        QVERIFY(!SecretScan::findIn(dir.path(), spellings).isEmpty());
    }
    // A near miss is not a leak.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(CliPassword.chopped(1).toUtf8() + '#');
    file.close();
    QCOMPARE(SecretScan::findIn(dir.path(), spellings), QStringList());
    // A secret in a file's name counts too.
    QVERIFY(QFile::rename(path, dir.filePath(u"sub/"_s + ConsumerKey)));
    QVERIFY(!SecretScan::findIn(dir.path(), SecretScan::spellings(u"ck"_s, ConsumerKey)).isEmpty());
}

TestSecretsLeak::CliRun TestSecretsLeak::cli(const QString &step, QStringList arguments,
                                             const QString &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (name.startsWith(u"OVH_"_s))
            env.remove(name);
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(name),
                   g_root + u"/cli/"_s + QString::fromLatin1(name).toLower());
    env.insert(u"QT_LOGGING_RULES"_s, u"smarthost.*=true"_s);
    if (m_keychain) {
        arguments << u"--profile"_s << m_cliProfile;
    } else if (step != u"login"_s) {
        // No profile can be saved: the keys come from the environment, as documented.
        env.insert(u"OVH_ENDPOINT"_s, m_sim->baseUrl().toString());
        env.insert(u"OVH_APPLICATION_KEY"_s, ApplicationKey);
        env.insert(u"OVH_APPLICATION_SECRET"_s, ApplicationSecret);
        env.insert(u"OVH_CONSUMER_KEY"_s, ConsumerKey);
    }

    const QString base =
        g_root + u"/logs/cli-%1-%2"_s.arg(++m_cliRuns, 2, 10, QChar(u'0')).arg(step);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(base + u".out"_s);
    process.setStandardErrorFile(base + u".err"_s);
    process.start(QStringLiteral(SMARTHOST_BINARY_DIR "/bin/smarthost-cli"), arguments);
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    process.write(input.toUtf8());
    process.closeWriteChannel();
    // The simulator runs in this process: wait without blocking its event loop.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, Timeout)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = readAll(base + u".out"_s);
    run.err = readAll(base + u".err"_s);
    m_cliErrors += run.err;
    return run;
}

void TestSecretsLeak::runCli()
{
    const ServiceRef ref = SimWorld::guideService();
    const QStringList service{ref.organization, ref.service};
    CliRun run =
        cli(u"login"_s,
            {u"login"_s, u"--endpoint"_s, m_sim->baseUrl().toString(), u"--application-key"_s,
             ApplicationKey, u"--application-secret-stdin"_s, u"--consumer-key-stdin"_s},
            ApplicationSecret + u'\n' + ConsumerKey + u'\n');
    if (m_keychain) {
        QVERIFY2(run.exitCode == 0, run.err.constData());
    } else {
        // Refused, clearly, and nothing saved in plain text instead.
        QVERIFY2(run.exitCode == 1, run.err.constData());
        QVERIFY2(run.err.contains("Nothing was saved"), run.err.constData());
    }
    // With a keychain, no key comes from the environment: the profile's secrets were read
    // back from the Secret Service.
    run = cli(u"services"_s, {u"services"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(u"connectors"_s, QStringList{u"connectors"_s} + service);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(u"connector-add"_s,
              QStringList{u"--json"_s, u"connector-add"_s} + service +
                  QStringList{u"--name"_s, u"cli-relay"_s, u"--host"_s,
                              u"smtp.cli-relay.example.net"_s, u"--auth"_s, u"basicAuth"_s,
                              u"--user"_s, u"cli-user"_s, u"--password-stdin"_s},
              CliPassword + u'\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const qint64 id =
        QJsonDocument::fromJson(run.out).array().at(0).toObject().value(u"id"_s).toInteger();
    QVERIFY2(id > SimWorld::GuideConnectorId, run.out.constData());
    const QString idText = QString::number(id);
    QCOMPARE(simConnector(ConnectorId(id))->password, CliPassword);

    run = cli(u"connector-auth"_s,
              QStringList{u"connector-auth"_s} + service +
                  QStringList{idText, u"--auth"_s, u"basicAuthRequireTLS"_s, u"--user"_s,
                              u"cli-user-2"_s, u"--password-stdin"_s},
              CliNewPassword + u'\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(simConnector(ConnectorId(id))->password, CliNewPassword);
    run = cli(u"attach"_s, QStringList{u"attach"_s} + service + QStringList{idText, CliEmail});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(simConnectorOf(CliEmail), ConnectorId(id));
    run = cli(u"accounts"_s, QStringList{u"accounts"_s} + service);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    if (m_keychain) {
        m_cliSettings = g_root + u"/cli/xdg_config_home/smarthost/smarthost.conf"_s;
        QVERIFY2(readAll(m_cliSettings).contains(ApplicationKey.toUtf8()),
                 "the CLI's profile is not in the settings searched");
        // Logout empties them: what they held until then is searched too.
        QVERIFY(QDir(g_root).mkpath(u"snapshots"_s));
        QVERIFY(QFile::copy(m_cliSettings, g_root + u"/snapshots/cli-settings-before-logout"_s));
        run = cli(u"logout"_s, {u"logout"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
}

void TestSecretsLeak::signIn(SignInDialog *dialog)
{
    // Never this machine's ovh.conf or OVH_* variables.
    dialog->setConfigEnvironment(QProcessEnvironment());
    dialog->setConfigSearchPaths({});
    retype(child<QComboBox>(dialog, "profileCombo")->lineEdit(), m_guiProfile);
    auto *advanced = child<QCheckBox>(dialog, "advancedCheck");
    if (!advanced->isChecked())
        clickToggle(advanced);
    retype(child<QLineEdit>(dialog, "customUrlEdit"), m_sim->baseUrl().toString());
    clickToggle(child<QRadioButton>(dialog, "keysRadio"));
    retype(child<QLineEdit>(dialog, "applicationKeyEdit"), ApplicationKey);
    retype(child<QLineEdit>(dialog, "applicationSecretEdit"), ApplicationSecret);
    retype(child<QLineEdit>(dialog, "consumerKeyEdit"), ConsumerKey);
    QVERIFY2(dialog->signInButton()->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    if (m_keychain)
        return;
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), SignInDialog::Stage::AskingFallback, Timeout);
    QTest::mouseClick(child<QPushButton>(dialog, "memoryButton"), Qt::LeftButton);
}

void TestSecretsLeak::runGui()
{
    const ServiceRef ref = SimWorld::guideService();
    LaunchOptions options;
    options.profile = m_guiProfile; // not saved yet: the sign-in dialog opens
    Launcher launcher(options);
    launcher.start();
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<SignInDialog>()), Timeout);
    signIn(dialog);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), Timeout);
    MainWindow *window = launcher.window();
    QTRY_VERIFY_WITH_TIMEOUT(!window->currentConnector().isNull(), Timeout);

    // A connector with a password, through the dialog.
    ConnectorDialog *create = window->controller()->newConnector(ref);
    QVERIFY(create);
    retype(child<QLineEdit>(create, "displayNameEdit"), u"gui-relay"_s);
    retype(child<QLineEdit>(create, "smartHostEdit"), u"smtp.gui-relay.example.net"_s);
    auto *mechanism = child<QComboBox>(create, "mechanismCombo");
    mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuth)));
    retype(child<QLineEdit>(create, "userEdit"), u"gui-user"_s);
    retype(child<QLineEdit>(create, "passwordEdit"), GuiPassword);
    QVERIFY(create->okButton()->isEnabled());
    QPointer<ConnectorDialog> createGuard(create);
    QTest::mouseClick(create->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(createGuard.isNull(), Timeout); // closes once the connector exists
    const ConnectorId id = connectorNamed(u"gui-relay"_s);
    QVERIFY(!id.isNull());
    QCOMPARE(simConnector(id)->password, GuiPassword);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentConnector(), id, Timeout);

    // Its authentication changed, with a new password.
    AuthenticationDialog *auth = window->controller()->changeAuthentication(ref, id);
    QVERIFY(auth);
    mechanism = child<QComboBox>(auth, "mechanismCombo");
    mechanism->setCurrentIndex(mechanism->findData(int(AuthMechanism::BasicAuthRequireTls)));
    retype(child<QLineEdit>(auth, "userEdit"), u"gui-user-2"_s);
    retype(child<QLineEdit>(auth, "passwordEdit"), GuiNewPassword);
    QVERIFY(auth->okButton()->isEnabled());
    QPointer<AuthenticationDialog> authGuard(auth);
    QTest::mouseClick(auth->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(authGuard.isNull(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(simConnector(id)->password, GuiNewPassword, Timeout);

    // An account attached to it, then Edit → Undo.
    AttachController *attach = window->attachController();
    attach->attachTo({1, ref, {GuideEmail}}, id);
    QTRY_COMPARE_WITH_TIMEOUT(simConnectorOf(GuideEmail), id, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(attach->undoAction()->isEnabled(), Timeout);
    attach->undoAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(simConnectorOf(GuideEmail), ConnectorId(SimWorld::GuideConnectorId),
                              Timeout);

    // The history, exported; then the window closes and saves its settings.
    QTRY_VERIFY_WITH_TIMEOUT(attach->history()->entries().size() >= 2, Timeout);
    m_historyFile = attach->history()->filePath();
    QVERIFY(QDir(g_root).mkpath(u"exports"_s));
    m_csvFile = g_root + u"/exports/history.csv"_s;
    QVERIFY(attach->historyDock()->exportTo(m_csvFile));
    QVERIFY(window->close());
    m_guiSettings = QSettings().fileName();
}

ConnectorId TestSecretsLeak::connectorNamed(const QString &name) const
{
    for (const auto &[id, c] : m_sim->world().service(SimWorld::guideService())->connectors)
        if (c.connector.displayName == name)
            return ConnectorId(id);
    return {};
}

const SimConnector *TestSecretsLeak::simConnector(ConnectorId id) const
{
    const auto &connectors = m_sim->world().service(SimWorld::guideService())->connectors;
    const auto it = connectors.find(id.value());
    if (it == connectors.end())
        qFatal("no connector %lld in the simulator", id.value());
    return &it->second;
}

ConnectorId TestSecretsLeak::simConnectorOf(const QString &email) const
{
    return m_sim->world().account(SimWorld::guideService(), email)->sendConnectorId;
}

void TestSecretsLeak::scriptedSessionLeavesNoSecretBehind()
{
    runCli();
    if (QTest::currentTestFailed())
        return;
    runGui();
    if (QTest::currentTestFailed())
        return;
    QApplication::processEvents();
    g_log->flush();

    // Everything to be searched was written, where the search looks.
    for (const QString &path : {m_guiSettings, m_historyFile, m_csvFile, g_log->fileName()}) {
        QVERIFY2(path.startsWith(g_root), qPrintable(path));
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    }
    for (const QString &path : {m_historyFile, m_csvFile}) {
        const QByteArray content = readAll(path);
        QVERIFY2(content.contains(m_guiProfile.toUtf8()) && content.contains(GuideEmail.toUtf8()),
                 content.constData());
    }
    if (m_keychain) {
        // The GUI's profile: its keys are in the settings searched, its secrets are not.
        QVERIFY(readAll(m_guiSettings).contains(ApplicationKey.toUtf8()));
        KeychainSecretStore store(u"smarthost"_s);
        const SecretResult saved = waitFor(
            [&](SecretHandler h) { store.read(ProfileVault::secretKey(m_guiProfile), this, h); });
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY(saved.data.contains(ApplicationSecret.toUtf8()));
        // The CLI's logout deleted its secrets.
        const SecretResult loggedOut = waitFor(
            [&](SecretHandler h) { store.read(ProfileVault::secretKey(m_cliProfile), this, h); });
        QCOMPARE(loggedOut.status, SecretResult::Status::NotFound);
    }

    // Signed calls and passwords were logged, redacted, by the GUI and by the CLI.
    const QByteArray guiLog = readAll(g_log->fileName());
    for (const QByteArray &log : {guiLog, m_cliErrors}) {
        QVERIFY(log.contains("smarthost.api.request"));
        QVERIFY(log.contains(QByteArray("X-Ovh-Application: " + ApplicationKey.toUtf8())));
        QVERIFY(log.contains("X-Ovh-Signature: [redacted]"));
        QVERIFY(log.contains("X-Ovh-Consumer: [redacted]"));
        QVERIFY(log.contains("\"password\":\"[redacted]\""));
    }

    const QStringList leaks = SecretScan::findIn(g_root, allSpellings());
    QVERIFY2(leaks.isEmpty(), qPrintable(u"\n"_s + leaks.join(u'\n')));
}

int main(int argc, char **argv)
{
    // One fresh directory for everything the session writes. This process's HOME, TMPDIR
    // and XDG config, cache and state directories point into it, and QStandardPaths' test
    // mode puts Qt's settings and data under that HOME (so XDG_DATA_HOME, where `make
    // test`'s keyring session lives, is left alone). The CLI gets its own XDG directories.
    QTemporaryDir root;
    if (!root.isValid())
        qFatal("no temporary directory");
    g_root = QDir(root.path()).canonicalPath();
    for (const char *sub : {"home", "tmp", "xdg/config", "xdg/cache", "xdg/state"})
        QDir(g_root).mkpath(QString::fromLatin1(sub));
    qputenv("HOME", QFile::encodeName(g_root + u"/home"_s));
    qputenv("TMPDIR", QFile::encodeName(g_root + u"/tmp"_s));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(g_root + u"/xdg/config"_s));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(g_root + u"/xdg/cache"_s));
    qputenv("XDG_STATE_HOME", QFile::encodeName(g_root + u"/xdg/state"_s));
    for (const char *name : {"OVH_ENDPOINT", "OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET",
                             "OVH_CONSUMER_KEY", "OVH_CLIENT_ID", "OVH_CLIENT_SECRET"})
        qunsetenv(name);
    qputenv("QT_LOGGING_RULES", "smarthost.*=true;qt.qpa.*=false");
    QStandardPaths::setTestModeEnabled(true);
    QDir::setCurrent(g_root + u"/home"_s); // no ovh.conf in the working directory

    QApplication app(argc, argv);
    TestSecretsLeak test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int failures = QTest::qExec(&test, argc, argv);
    if (failures) {
        root.setAutoRemove(false); // to see what was written
        qInfo("The session's files are kept in %s", qPrintable(g_root));
    }
    return failures;
}

#include "tst_secretsleak.moc"
