// Smoke test of the executable: `smarthost --demo --screenshot FILE` writes a PNG of the
// loaded window and exits 0; failures exit non-zero.
#include "Simulator.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString binary = QStringLiteral(SMARTHOST_BINARY_DIR "/bin/smarthost");

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QStringList &arguments, const QTemporaryDir &home,
        const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    for (const QString &name : env.keys())
        if (name.startsWith(u"OVH_"_s))
            env.remove(name);
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary, arguments);
    Run result;
    // Keep this process's event loop running: a simulator in the test may have to answer.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120'000)) {
        process.kill();
        process.waitForFinished();
        result.output = "timed out";
        return result;
    }
    result.output = process.readAll();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}
} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersionNeedNoDisplay();
    void mainWindow();
    void connectorDialog();
    void headerViewer();
    void savedLanguageUnlessLangIsGiven();
    void unwritableFileFails();
    void noCredentialsFails();
    void credentialsFromTheEnvironment();
};

// --help, --version and a mistake on the command line answer in a terminal with no display
// (the xcb platform with no DISPLAY would abort if a QApplication were created).
void TestScreenshot::helpAndVersionNeedNoDisplay()
{
    QTemporaryDir home;
    QProcessEnvironment noDisplay;
    noDisplay.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    noDisplay.insert(u"DISPLAY"_s, QString());
    noDisplay.insert(u"WAYLAND_DISPLAY"_s, QString());
    Run help = run({u"--help"_s}, home, noDisplay);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.output.contains("Usage:") && help.output.contains("[MESSAGE]"),
             help.output.constData());
    Run version = run({u"--version"_s}, home, noDisplay);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.output.startsWith("smarthost " SMARTHOST_VERSION), version.output.constData());
    Run mistake = run({u"--no-such-option"_s}, home, noDisplay);
    QCOMPARE(mistake.exitCode, 2);
    QVERIFY2(mistake.output.contains("no-such-option"), mistake.output.constData());
}

void TestScreenshot::mainWindow()
{
    QTemporaryDir home;
    const QString png = home.filePath(u"main.png"_s);
    const Run r = run({u"--demo"_s, u"--screenshot"_s, png, u"--lang"_s, u"fr"_s}, home);
    QVERIFY2(r.exitCode == 0, r.output.constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not a blank window: many different colours (text, icons, banner).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

void TestScreenshot::connectorDialog()
{
    QTemporaryDir home;
    const QString png = home.filePath(u"dialog.png"_s);
    const Run r =
        run({u"--demo"_s, u"--screenshot"_s, png, u"--screenshot-of"_s, u"new-connector"_s}, home);
    QVERIFY2(r.exitCode == 0, r.output.constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 400 && image.width() < 1280);
}

void TestScreenshot::headerViewer()
{
    QTemporaryDir home;
    const QString main = home.filePath(u"main.png"_s);
    const QString viewer = home.filePath(u"viewer.png"_s);
    Run r = run({u"--demo"_s, u"--screenshot"_s, main}, home);
    QVERIFY2(r.exitCode == 0, r.output.constData());
    r = run({u"--demo"_s, u"--screenshot"_s, viewer, u"--screenshot-of"_s, u"header-viewer"_s},
            home);
    QVERIFY2(r.exitCode == 0, r.output.constData());
    const QImage before(main);
    const QImage after(viewer);
    QCOMPARE(after.size(), QSize(1280, 800));
    // The dock fills the lower half: the verdict banner and the hops instead of the task list.
    int differing = 0;
    int sampled = 0;
    for (int y = 400; y < 740; y += 5)
        for (int x = 0; x < after.width(); x += 5, ++sampled)
            differing += after.pixel(x, y) != before.pixel(x, y);
    QVERIFY2(differing > sampled / 4, qPrintable(u"%1 of %2"_s.arg(differing).arg(sampled)));
}

void TestScreenshot::savedLanguageUnlessLangIsGiven()
{
    QTemporaryDir home;
    // What View → Language saves: the next start speaks Italian.
    QVERIFY(QDir().mkpath(home.filePath(u"config/smarthost"_s)));
    QFile conf(home.filePath(u"config/smarthost/smarthost.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[General]\nlanguage=it\n");
    conf.close();
    const QString png = home.filePath(u"main.png"_s);
    Run r = run({u"--demo"_s, u"--screenshot"_s, png}, home);
    QVERIFY2(r.exitCode == 0, r.output.constData());
    QVERIFY2(r.output.contains("Salvato"), r.output.constData());
    r = run({u"--demo"_s, u"--screenshot"_s, png, u"--lang"_s, u"es"_s}, home);
    QVERIFY2(r.exitCode == 0, r.output.constData());
    QVERIFY2(r.output.contains("Se ha guardado"), r.output.constData());
}

void TestScreenshot::unwritableFileFails()
{
    QTemporaryDir home;
    const Run r =
        run({u"--demo"_s, u"--screenshot"_s, home.filePath(u"missing/dir/x.png"_s)}, home);
    QVERIFY2(r.exitCode != 0, r.output.constData());
    QVERIFY(r.output.contains("Could not write"));
}

void TestScreenshot::noCredentialsFails()
{
    QTemporaryDir home;
    const Run r = run({u"--screenshot"_s, home.filePath(u"x.png"_s)}, home);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains("--demo"), r.output.constData());
    QVERIFY(!QFile::exists(home.filePath(u"x.png"_s)));
}

void TestScreenshot::credentialsFromTheEnvironment()
{
    // A real session: OVH_* variables pointing at a simulator in this process.
    Simulator simulator;
    QVERIFY(simulator.listen());
    QProcessEnvironment env;
    env.insert(u"OVH_ENDPOINT"_s, simulator.baseUrl().toString());
    env.insert(u"OVH_APPLICATION_KEY"_s, simulator.options().applicationKey);
    env.insert(u"OVH_APPLICATION_SECRET"_s, simulator.options().applicationSecret);
    env.insert(u"OVH_CONSUMER_KEY"_s, simulator.options().consumerKey);
    QTemporaryDir home;
    const QString png = home.filePath(u"real.png"_s);
    const Run r = run({u"--screenshot"_s, png}, home, env);
    QVERIFY2(r.exitCode == 0, r.output.constData());
    QVERIFY(!QImage(png).isNull());
    bool readConnectors = false;
    for (const QByteArray &line : simulator.requestLog())
        readConnectors = readConnectors || line.contains("/sendConnector");
    QVERIFY(readConnectors);
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
