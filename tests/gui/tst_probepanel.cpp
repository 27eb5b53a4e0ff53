// The "Test connection" panel (issue #10) driven by clicks against the scripted SMTP server on
// loopback: results, failures with their suggestion, cancel, transcript, copy, untrusted text.
#include "ConnectorDialog.h"
#include "ConnectorRequests.h"
#include "ProbePanel.h"
#include "ScriptedSmtpServer.h"
#include "SmtpAuthPayload.h"
#include "TestCertificates.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 30'000;
const QString user = u"relay-user@example.com"_s;
const QString password = u"S3cr3t-P@ss!w0rd"_s;

template<typename T> T *child(const QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

// The row of one check, or nullptr.
QWidget *rowOf(const QWidget *panel, QStringView id)
{
    for (QWidget *widget : panel->findChildren<QWidget *>())
        if (widget->property("checkId").toString() == id)
            return widget;
    return nullptr;
}

QStringList rowIds(const QWidget *panel)
{
    QStringList ids;
    const auto *page = child<QWidget>(panel, u"probeResultsPage"_s);
    for (QWidget *widget : page->findChildren<QWidget *>())
        if (widget->property("checkId").isValid())
            ids << widget->property("checkId").toString();
    return ids;
}

// Whether widget lies entirely inside the visible part of the results.
bool inView(const QWidget *panel, const QWidget *widget)
{
    const auto *area = child<QScrollArea>(panel, u"probeResults"_s);
    const QRect shown = area->viewport()->rect();
    const QRect rect(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
    return shown.contains(rect);
}

QString textOf(const QWidget *row, const QString &name)
{
    return child<QLabel>(row, name)->text();
}

// Saves what the panel looks like when SMARTHOST_PROBE_SHOTS names a directory.
void snapshot(QWidget *panel, const QString &name)
{
    const QString dir = qEnvironmentVariable("SMARTHOST_PROBE_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(20); // as the user sees it: after the layouts caught up
    panel->grab().save(dir + u'/' + name + u".png"_s);
}
} // namespace

class TestProbePanel : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certificates;

    SmtpScenario tlsScenario()
    {
        SmtpScenario scenario;
        scenario.offerStartTls = true;
        scenario.certificate = m_certificates.certificate(TestCertificates::Kind::Localhost);
        scenario.key = m_certificates.key(TestCertificates::Kind::Localhost);
        scenario.sizeLine = "SIZE 104857600";
        scenario.authAfterTls = "PLAIN LOGIN";
        scenario.user = user;
        scenario.password = password;
        return scenario;
    }

    ProbeRequest requestFor(const ScriptedSmtpServer &server) const
    {
        ProbeRequest request;
        request.host = u"localhost"_s;
        request.port = server.serverPort();
        request.stepTimeoutMs = 5'000;
        request.totalTimeoutMs = 20'000;
        request.extraCaCertificates = QList<QSslCertificate>{m_certificates.authority()};
        request.expectation = ConnectorExpectation{true, 100, AuthMechanism::BasicAuthRequireTls};
        return request;
    }

    // A panel the size it has in the connector dialog, shown.
    static std::unique_ptr<ProbePanel> makePanel()
    {
        auto panel = std::make_unique<ProbePanel>();
        panel->resize(520, 600);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            qWarning("panel not exposed");
        return panel;
    }

    // Clicks "Test connection" and waits for the result.
    static void runProbe(ProbePanel *panel)
    {
        QSignalSpy finished(panel, &ProbePanel::finished);
        auto *button = child<QPushButton>(panel, u"probeTestButton"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(panel->isRunning());
        QVERIFY(!button->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QVERIFY(!panel->isRunning());
        QVERIFY(button->isEnabled());
        QVERIFY(panel->hasReport());
    }

    static void verifyNoSecret(const QString &text)
    {
        QVERIFY(!text.isEmpty());
        for (const QString &secret : SmtpAuthPayload::secretForms(user, password))
            QVERIFY2(!text.contains(secret), qPrintable(secret));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(Translations::install(QStringLiteral("en"))); // English plural forms
        QString error;
        QVERIFY2(m_certificates.generate(&error), qPrintable(error));
    }

    void buttonNeedsHostAndPort()
    {
        auto panel = makePanel();
        auto *button = child<QPushButton>(panel.get(), u"probeTestButton"_s);
        QVERIFY(!button->isEnabled()); // no target yet
        ProbeRequest request;
        request.host = u"relay.example.com"_s;
        request.port = 0;
        panel->setTarget(request);
        QVERIFY(!button->isEnabled());
        request.host = u"  "_s;
        request.port = 587;
        panel->setTarget(request);
        QVERIFY(!button->isEnabled());
        panel->start();
        QVERIFY(!panel->isRunning());
        request.host = u"relay.example.com"_s;
        panel->setTarget(request);
        QVERIFY(button->isEnabled());
        QVERIFY(panel->summaryText().isEmpty());
        QVERIFY(!child<QScrollArea>(panel.get(), u"probeResults"_s)->isVisible());
        QVERIFY(!child<QToolButton>(panel.get(), u"probeCopyButton"_s)->isVisible());
    }

    void requestsFromConnectorSettings()
    {
        NewConnector form;
        form.smartHost = u" relay.example.com "_s;
        form.port = 25;
        form.requireTls = true;
        form.maxSendSizeMb = 35;
        form.authMechanism = AuthMechanism::BasicAuth;
        form.user = user;
        form.password = password;
        ProbeRequest request = ProbePanel::requestFor(form);
        QCOMPARE(request.host, u"relay.example.com"_s);
        QCOMPARE(request.port, quint16(25));
        QCOMPARE(request.user, user);
        QCOMPARE(request.password, password);
        QVERIFY(request.expectation);
        QVERIFY(request.expectation->requireTls);
        QCOMPARE(request.expectation->maxSendSizeMb, 35);
        QCOMPARE(request.expectation->authMechanism, AuthMechanism::BasicAuth);
        form.port = 99999; // the spin box allows it; the probe cannot
        QCOMPARE(ProbePanel::requestFor(form).port, quint16(0));

        SendConnector connector;
        connector.smartHost = u"smtp.example.org"_s;
        connector.port = 465;
        connector.requireTls = false;
        connector.maxSendSizeMb = 20;
        connector.authMechanism = AuthMechanism::None;
        request = ProbePanel::requestFor(connector);
        QCOMPARE(request.host, u"smtp.example.org"_s);
        QCOMPARE(request.port, quint16(465));
        QVERIFY(request.user.isEmpty());
        QVERIFY(request.password.isEmpty());
        QVERIFY(request.expectation);
        QVERIFY(!request.expectation->requireTls);
        QCOMPARE(request.expectation->maxSendSizeMb, 20);
    }

    void startTlsServerPasses()
    {
        ScriptedSmtpServer server(tlsScenario());
        QVERIFY(server.start());
        auto panel = makePanel();
        ProbeRequest request = requestFor(server);
        request.user = user;
        request.password = password;
        panel->setTarget(request);
        runProbe(panel.get());
        if (QTest::currentTestFailed())
            return;
        const ProbeReport report = panel->report();
        QVERIFY(server.authenticated());
        QVERIFY(report.allPassed());

        // Every check has its row, in the report's order, with its status.
        QStringList ids;
        for (const ProbeCheck &check : report.checks)
            ids << check.id;
        QCOMPARE(ids.size(), 12);
        QCOMPARE(rowIds(panel.get()), ids);
        for (const ProbeCheck &check : report.checks) {
            QWidget *row = rowOf(panel.get(), check.id);
            QCOMPARE(row->property("status").toString(), probeStatusToId(check.status));
            QCOMPARE(textOf(row, u"probeCheckTitle"_s), check.title);
            QCOMPARE(textOf(row, u"probeCheckDetail"_s), check.detail);
            QVERIFY(row->isVisible());
        }
        // The test certificate expires in two days: that one check warns.
        QCOMPARE(rowOf(panel.get(), ProbeCheckId::CertificateDates)->property("status"),
                 QVariant(u"warn"_s));
        QCOMPARE(rowOf(panel.get(), ProbeCheckId::Login)->property("status"), QVariant(u"pass"_s));

        const QString summary = panel->summaryText();
        QCOMPARE(summary, u"%1 passed, 1 warning"_s.arg(report.countOf(ProbeStatus::Pass)));
        QCOMPARE(report.countOf(ProbeStatus::Pass), 11);
        QCOMPARE(child<QLabel>(panel.get(), u"probeStatus"_s)->text(), summary);
        QVERIFY(child<QLabel>(panel.get(), u"probeStatusIcon"_s)->isVisible());
        QVERIFY(!child<QPushButton>(panel.get(), u"probeCancelButton"_s)->isVisible());
        QVERIFY(!child<QProgressBar>(panel.get(), u"probeBusy"_s)->isVisible());
        QVERIFY(child<QToolButton>(panel.get(), u"probeCopyButton"_s)->isVisible());

        // The TLS session and certificate.
        QVERIFY(child<QLabel>(panel.get(), u"probeTlsProtocol"_s)->isVisible());
        QVERIFY(textOf(panel.get(), u"probeTlsProtocol"_s).startsWith(u"TLS 1."));
        QVERIFY(textOf(panel.get(), u"probeTlsProtocol"_s).contains(u"STARTTLS"));
        QCOMPARE(textOf(panel.get(), u"probeTlsCipher"_s), report.tls.cipher);
        QCOMPARE(textOf(panel.get(), u"probeTlsSubject"_s), u"CN=localhost"_s);
        QCOMPARE(textOf(panel.get(), u"probeTlsIssuer"_s), u"CN=Smarthost Test CA"_s);
        QVERIFY(textOf(panel.get(), u"probeTlsNames"_s).contains(u"localhost"));
        QCOMPARE(textOf(panel.get(), u"probeTlsHostName"_s),
                 u"The certificate is valid for localhost"_s);
        QCOMPARE(textOf(panel.get(), u"probeTlsVerification"_s), u"Trusted"_s);
        QVERIFY(!textOf(panel.get(), u"probeTlsNotAfter"_s).isEmpty());
        QVERIFY(textOf(panel.get(), u"probeTested"_s)
                    .startsWith(
                        u"localhost port %1 (127.0.0.1), tested at "_s.arg(server.serverPort())));
        snapshot(panel.get(), u"probepanel-passed"_s);

        // The transcript is folded until asked for.
        auto *transcript = child<QPlainTextEdit>(panel.get(), u"probeTranscript"_s);
        QVERIFY(!transcript->isVisible());
        QTest::mouseClick(child<QToolButton>(panel.get(), u"probeTranscriptToggle"_s),
                          Qt::LeftButton);
        QVERIFY(transcript->isVisible());
        snapshot(panel.get(), u"probepanel-transcript"_s);
    }

    void plainServerFailsRequireTls()
    {
        SmtpScenario scenario; // plain: no STARTTLS
        scenario.authBeforeTls = "PLAIN LOGIN";
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        auto panel = makePanel();
        panel->resize(520, 300); // below the form of a dialog: the results scroll
        panel->setTarget(requestFor(server));
        runProbe(panel.get());
        if (QTest::currentTestFailed())
            return;
        const ProbeReport report = panel->report();
        const ProbeCheck *startTls = report.check(ProbeCheckId::StartTls);
        QVERIFY(startTls);
        QCOMPARE(startTls->status, ProbeStatus::Fail);

        QWidget *row = rowOf(panel.get(), ProbeCheckId::StartTls);
        QVERIFY(row);
        QCOMPARE(row->property("status"), QVariant(u"fail"_s));
        QCOMPARE(textOf(row, u"probeCheckDetail"_s),
                 u"requireTLS is on but the server offers no STARTTLS on port %1."_s.arg(
                     server.serverPort()));
        // The failure is scrolled into view, below the passes before it.
        QTRY_VERIFY(inView(panel.get(), row));
        QVERIFY(!inView(panel.get(), rowOf(panel.get(), ProbeCheckId::Connect)));
        snapshot(panel.get(), u"probepanel-failed-short"_s);
        auto *suggestion = child<QLabel>(row, u"probeCheckSuggestion"_s);
        QVERIFY(suggestion->isVisible());
        QVERIFY(suggestion->font().bold());
        QCOMPARE(suggestion->text(), u"→ "_s + startTls->suggestion);
        QVERIFY(suggestion->text().contains(u"Enable STARTTLS on the relay"));
        // A row without advice shows no empty suggestion line.
        QVERIFY(!child<QLabel>(rowOf(panel.get(), ProbeCheckId::Connect), u"probeCheckSuggestion"_s)
                     ->isVisible());

        QVERIFY(panel->summaryText().contains(u"failed"));
        // No TLS session: no TLS section.
        QVERIFY(!report.tls.established);
        QVERIFY(!panel->findChild<QLabel *>(u"probeTlsProtocol"_s));
        QVERIFY(!child<QLabel>(panel.get(), u"probeTlsHeading"_s)->isVisible());
        QVERIFY(server.receivedVerb("AUTH").isEmpty());
        panel->resize(520, 600);
        snapshot(panel.get(), u"probepanel-failed"_s);
    }

    // The connector dialog tests what its form says, before anything is saved: typed host and
    // port, requireTLS ticked against a server without STARTTLS → the failure and its advice.
    void connectorDialogTestsTheForm()
    {
        SmtpScenario scenario; // plain: no STARTTLS
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        ConnectorDialog dialog(ConnectorDialog::Mode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProbePanel *panel = dialog.probePanel();
        QVERIFY(panel);
        QVERIFY(dialog.isAncestorOf(panel));
        QVERIFY(!panel->canStart()); // no smart host yet
        QTest::keyClicks(child<QLineEdit>(&dialog, u"displayNameEdit"_s), u"Relay"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"smartHostEdit"_s), u"localhost"_s);
        auto *port = child<QSpinBox>(&dialog, u"portSpin"_s);
        port->setValue(server.serverPort());
        child<QCheckBox>(&dialog, u"requireTlsCheck"_s)->setChecked(true);
        QVERIFY(panel->canStart());
        runProbe(panel);
        if (QTest::currentTestFailed())
            return;
        const ProbeCheck *startTls = panel->report().check(ProbeCheckId::StartTls);
        QVERIFY(startTls);
        QCOMPARE(startTls->status, ProbeStatus::Fail);
        QVERIFY(startTls->detail.contains(QString::number(server.serverPort())));
        // Changing the form marks the shown results as outdated.
        child<QCheckBox>(&dialog, u"requireTlsCheck"_s)->setChecked(false);
        QVERIFY(panel->isOutdated());
    }

    void stallingServerCanBeCancelled()
    {
        SmtpScenario scenario;
        scenario.sendBanner = false; // accepts, then never says a word
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        auto panel = makePanel();
        panel->setTarget(requestFor(server));
        QSignalSpy finished(panel.get(), &ProbePanel::finished);
        QSignalSpy started(panel.get(), &ProbePanel::started);
        QTest::mouseClick(child<QPushButton>(panel.get(), u"probeTestButton"_s), Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        auto *cancel = child<QPushButton>(panel.get(), u"probeCancelButton"_s);
        auto *status = child<QLabel>(panel.get(), u"probeStatus"_s);
        QVERIFY(cancel->isVisible());
        QVERIFY(child<QProgressBar>(panel.get(), u"probeBusy"_s)->isVisible());
        QTRY_COMPARE(status->text(), u"Waiting for the server's greeting…"_s);
        QVERIFY(panel->summaryText().isEmpty());
        snapshot(panel.get(), u"probepanel-running"_s);

        QTest::qWait(200); // still waiting: the server stalls
        QVERIFY(panel->isRunning());
        QCOMPARE(finished.size(), 0);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(finished.size(), 1); // at once, not after the 5 s step timeout
        QVERIFY(!panel->isRunning());
        const ProbeReport report = panel->report();
        QVERIFY(report.cancelled);
        QVERIFY(!cancel->isVisible());
        QVERIFY(child<QPushButton>(panel.get(), u"probeTestButton"_s)->isEnabled());
        QVERIFY(panel->summaryText().startsWith(u"Cancelled: "));
        QVERIFY(panel->summaryText().contains(u"failed"));
        QCOMPARE(status->text(), panel->summaryText());
        QCOMPARE(textOf(rowOf(panel.get(), ProbeCheckId::Banner), u"probeCheckDetail"_s),
                 u"The probe was cancelled."_s);
        QCOMPARE(rowOf(panel.get(), ProbeCheckId::Banner)->property("status"), QVariant(u"fail"_s));
        snapshot(panel.get(), u"probepanel-cancelled"_s);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }

    void transcriptMasksThePassword()
    {
        SmtpScenario scenario = tlsScenario();
        scenario.authAfterTls = "LOGIN"; // the password travels alone, base64-encoded
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        auto panel = makePanel();
        ProbeRequest request = requestFor(server);
        request.user = user;
        request.password = password;
        panel->setTarget(request);
        runProbe(panel.get());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(server.authenticated()); // the password really was sent

        auto *toggle = child<QToolButton>(panel.get(), u"probeTranscriptToggle"_s);
        auto *transcript = child<QPlainTextEdit>(panel.get(), u"probeTranscript"_s);
        QCOMPARE(toggle->text(), u"Show transcript"_s);
        QVERIFY(!transcript->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(transcript->isVisible());
        QCOMPARE(toggle->text(), u"Hide transcript"_s);
        QTRY_VERIFY(inView(panel.get(), transcript)); // scrolled down to it
        QVERIFY(transcript->isReadOnly());
        QVERIFY(transcript->font().fixedPitch() || QFontInfo(transcript->font()).fixedPitch());
        const QString text = transcript->toPlainText();
        QVERIFY(text.contains(u"C: EHLO "));
        QVERIFY(text.contains(u"C: STARTTLS"));
        QVERIFY(text.contains(u"C: AUTH LOGIN"));
        QVERIFY(text.contains(u"C: ********"));
        QVERIFY(text.contains(u"S: 235"));
        verifyNoSecret(text);
        // Nothing else in the panel shows it either.
        for (const QLabel *label : panel->findChildren<QLabel *>())
            for (const QString &secret : SmtpAuthPayload::secretForms(user, password))
                QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!transcript->isVisible());
    }

    void copyReportLeavesThePasswordOut()
    {
        SmtpScenario scenario = tlsScenario();
        scenario.authAfterTls = "PLAIN";
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        auto panel = makePanel();
        ProbeRequest request = requestFor(server);
        request.user = user;
        request.password = password;
        panel->setTarget(request);
        runProbe(panel.get());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(server.authenticated());

        QGuiApplication::clipboard()->setText(u"something else"_s);
        auto *copy = child<QToolButton>(panel.get(), u"probeCopyButton"_s);
        QVERIFY(copy->isVisible());
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, panel->reportText());
        QVERIFY(copied.startsWith(u"SMTP probe of localhost port %1"_s.arg(server.serverPort())));
        for (const ProbeCheck &check : panel->report().checks)
            QVERIFY2(copied.contains(check.title + u": "_s + check.detail),
                     qPrintable(check.title));
        QVERIFY(copied.contains(u"Transcript:"));
        QVERIFY(copied.contains(u"C: AUTH PLAIN ********"));
        QVERIFY(copied.contains(u"Result: 0 failed, 1 warnings, 11 passed, 0 skipped."));
        verifyNoSecret(copied);
        QVERIFY(!copied.contains(password));
    }

    void bannerIsShownLiterally()
    {
        SmtpScenario scenario;
        scenario.bannerLines = {"220 relay.test <b>evil</b> <a href=\"x\">link</a> ESMTP"};
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        auto panel = makePanel();
        ProbeRequest request = requestFor(server);
        request.expectation.reset();
        panel->setTarget(request);
        runProbe(panel.get());
        if (QTest::currentTestFailed())
            return;
        auto *detail =
            child<QLabel>(rowOf(panel.get(), ProbeCheckId::Banner), u"probeCheckDetail"_s);
        QVERIFY2(detail->text().contains(u"<b>evil</b> <a href=\"x\">link</a>"),
                 qPrintable(detail->text()));
        QCOMPARE(detail->textFormat(), Qt::PlainText);
        // Every label showing markup shows it as text, whatever it is.
        int markup = 0;
        for (const QLabel *label : panel->findChildren<QLabel *>()) {
            if (!label->text().contains(u'<'))
                continue;
            ++markup;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
        QVERIFY(markup >= 1);
        QTest::mouseClick(child<QToolButton>(panel.get(), u"probeTranscriptToggle"_s),
                          Qt::LeftButton);
        QVERIFY(child<QPlainTextEdit>(panel.get(), u"probeTranscript"_s)
                    ->toPlainText()
                    .contains(u"S: 220 relay.test <b>evil</b>"));
    }

    void changedSettingsMarkTheResultsOutdated()
    {
        ScriptedSmtpServer server(tlsScenario());
        QVERIFY(server.start());
        auto panel = makePanel();
        const ProbeRequest request = requestFor(server);
        panel->setTarget(request);
        runProbe(panel.get());
        if (QTest::currentTestFailed())
            return;
        auto *note = child<QLabel>(panel.get(), u"probeNote"_s);
        QVERIFY(!panel->isOutdated());
        QVERIFY(!note->isVisible());

        ProbeRequest changed = request;
        changed.expectation->maxSendSizeMb = 50;
        panel->setTarget(changed);
        QVERIFY(panel->isOutdated());
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"test again"));
        snapshot(panel.get(), u"probepanel-outdated"_s);
        panel->setTarget(request);
        QVERIFY(!panel->isOutdated());
        QVERIFY(!note->isVisible());

        panel->clear();
        QVERIFY(!panel->hasReport());
        QVERIFY(panel->summaryText().isEmpty());
        QVERIFY(rowIds(panel.get()).isEmpty());
        QVERIFY(!child<QScrollArea>(panel.get(), u"probeResults"_s)->isVisible());
    }

    void deletingWhileRunningIsSafe()
    {
        SmtpScenario scenario;
        scenario.sendBanner = false;
        ScriptedSmtpServer server(scenario);
        QVERIFY(server.start());
        auto panel = makePanel();
        panel->setTarget(requestFor(server));
        QSignalSpy finished(panel.get(), &ProbePanel::finished);
        panel->start();
        QTRY_COMPARE(server.connections(), 1);
        QVERIFY(panel->isRunning());
        panel.reset();
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_MAIN(TestProbePanel)
#include "tst_probepanel.moc"
