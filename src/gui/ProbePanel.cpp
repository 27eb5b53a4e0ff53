#include "ProbePanel.h"

#include "ConnectorRequests.h"
#include "Icons.h"
#include "ProbeReportText.h"
#include "ProbeResultView.h"
#include "SendConnector.h"
#include "SmtpAuthPayload.h"
#include "SmtpProbe.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IconSize = 16;
constexpr int CopiedFeedbackMs = 1500;

quint16 validPort(int port)
{
    return port >= 1 && port <= 65535 ? quint16(port) : quint16(0);
}

bool sameExpectation(const std::optional<ConnectorExpectation> &a,
                     const std::optional<ConnectorExpectation> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->requireTls == b->requireTls && a->maxSendSizeMb == b->maxSendSizeMb &&
                  a->authMechanism == b->authMechanism);
}

// Whether a report made for `a` still describes `b`.
bool sameTarget(const ProbeRequest &a, const ProbeRequest &b)
{
    return a.host == b.host && a.port == b.port && a.usesImplicitTls() == b.usesImplicitTls() &&
           a.user == b.user && a.password == b.password &&
           sameExpectation(a.expectation, b.expectation);
}

ProbeStatus worstStatus(const ProbeReport &report)
{
    if (report.cancelled || report.checks.isEmpty())
        return ProbeStatus::Skipped;
    if (report.hasFailure())
        return ProbeStatus::Fail;
    if (report.hasWarning())
        return ProbeStatus::Warn;
    return ProbeStatus::Pass;
}
} // namespace

ProbePanel::ProbePanel(QWidget *parent)
    : QWidget(parent)
    , m_testButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_results(new ProbeResultView(this))
{
    setObjectName(u"probePanel"_s);

    m_testButton->setObjectName(u"probeTestButton"_s);
    //: Button: connects to the smart host and checks it, without sending mail
    m_testButton->setText(tr("Test co&nnection"));
    m_testButton->setAutoDefault(false); // Enter in a dialog still means OK
    m_cancelButton->setObjectName(u"probeCancelButton"_s);
    //: Button: stops a running connection test
    m_cancelButton->setText(tr("Cancel test"));
    m_cancelButton->setAutoDefault(false);
    m_busy->setObjectName(u"probeBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(60);
    m_statusIcon->setObjectName(u"probeStatusIcon"_s);
    m_statusIcon->setFixedSize(IconSize, IconSize);
    m_status->setObjectName(u"probeStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_copyButton->setObjectName(u"probeCopyButton"_s);
    m_copyButton->setIcon(Icons::get(u"copy"_s));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyButton->setAutoRaise(true);
    m_copyButton->setText(tr("Cop&y report"));
    m_copyButton->setToolTip(tr("Copy the results and the transcript, with the password masked"));

    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_testButton);
    controls->addWidget(m_cancelButton);
    controls->addWidget(m_busy);
    controls->addSpacing(2);
    controls->addWidget(m_statusIcon);
    controls->addWidget(m_status, 1);
    controls->addWidget(m_copyButton);

    m_results->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_results->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(controls);
    layout->addWidget(m_results, 1);
    layout->addStretch(0); // keeps the buttons on top while there are no results

    connect(m_testButton, &QPushButton::clicked, this, &ProbePanel::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProbePanel::cancel);
    connect(m_copyButton, &QToolButton::clicked, this, &ProbePanel::copyReport);
    updateControls();
}

ProbePanel::~ProbePanel()
{
    stopProbe();
}

ProbeRequest ProbePanel::requestFor(const NewConnector &form)
{
    ProbeRequest request;
    request.host = form.smartHost.trimmed();
    request.port = validPort(form.port);
    if (form.authMechanism != AuthMechanism::None) {
        request.user = form.user;
        request.password = form.password;
    }
    ConnectorExpectation expectation;
    expectation.requireTls = form.requireTls;
    expectation.maxSendSizeMb = form.maxSendSizeMb;
    expectation.authMechanism = form.authMechanism;
    request.expectation = expectation;
    return request;
}

ProbeRequest ProbePanel::requestFor(const SendConnector &connector)
{
    ProbeRequest request;
    request.host = connector.smartHost.trimmed();
    request.port = validPort(connector.port);
    request.expectation = ConnectorExpectation::fromConnector(connector);
    return request;
}

void ProbePanel::setTarget(const ProbeRequest &request)
{
    m_target = request;
    updateOutdatedNote();
    updateControls();
}

bool ProbePanel::canStart() const
{
    return !m_target.host.trimmed().isEmpty() && m_target.port != 0;
}

bool ProbePanel::isRunning() const
{
    return m_probe && m_probe->isRunning();
}

bool ProbePanel::isOutdated() const
{
    return m_report && m_tested && !sameTarget(*m_tested, m_target);
}

QString ProbePanel::summaryText() const
{
    if (!m_report || isRunning())
        return {};
    const ProbeReport &report = *m_report;
    QStringList parts;
    if (const int n = report.countOf(ProbeStatus::Pass))
        //: Part of the test summary, e.g. "3 passed, 1 warning"
        parts << tr("%n passed", nullptr, n);
    if (const int n = report.countOf(ProbeStatus::Warn))
        //: Part of the test summary, e.g. "3 passed, 1 warning"
        parts << tr("%n warning(s)", nullptr, n);
    if (const int n = report.countOf(ProbeStatus::Fail))
        //: Part of the test summary, e.g. "3 passed, 2 failed"
        parts << tr("%n failed", nullptr, n);
    if (const int n = report.countOf(ProbeStatus::Skipped))
        //: Part of the test summary, e.g. "1 passed, 1 failed, 9 skipped"
        parts << tr("%n skipped", nullptr, n);
    //: Separates the parts of the test summary: "3 passed, 1 warning"
    const QString separator = tr(", ");
    //: Summary of a connection test that gave no checks at all
    const QString counts = parts.isEmpty() ? tr("No checks") : parts.join(separator);
    if (report.cancelled)
        //: %1 is what the checks gave before the test was cancelled, e.g. "1 passed, 1 failed"
        return tr("Cancelled: %1").arg(counts);
    return counts;
}

QString ProbePanel::reportText() const
{
    if (!m_report)
        return {};
    return m_results->masked(
        ProbeReportText::format(*m_report, ProbeReportText::Transcript::Include));
}

void ProbePanel::start()
{
    if (isRunning() || !canStart())
        return;
    m_tested = m_target;
    m_probe = new SmtpProbe(this);
    connect(m_probe, &SmtpProbe::progress, this, &ProbePanel::onProgress);
    connect(m_probe, &SmtpProbe::finished, this, &ProbePanel::onFinished);
    // The previous results stay, greyed out, until the new ones replace them.
    m_results->setEnabled(false);
    m_results->setNote(QString());
    //: Status while the connection test prepares
    m_status->setText(tr("Starting…"));
    updateControls();
    Q_EMIT started();
    m_probe->start(m_target);
    updateControls();
}

void ProbePanel::cancel()
{
    if (isRunning())
        m_probe->cancel(); // emits finished() before it returns
}

void ProbePanel::clear()
{
    stopProbe();
    m_report.reset();
    m_tested.reset();
    m_results->clear();
    m_results->setEnabled(true);
    m_results->hide();
    updateControls();
}

void ProbePanel::copyReport()
{
    if (!m_report)
        return;
    QGuiApplication::clipboard()->setText(reportText());
    //: Shown briefly on the "Copy report" button once the report is on the clipboard
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(CopiedFeedbackMs, m_copyButton,
                       [this] { m_copyButton->setText(tr("Cop&y report")); });
}

void ProbePanel::onProgress(const QString &step)
{
    m_status->setText(step);
}

void ProbePanel::onFinished(const ProbeReport &report)
{
    if (m_probe) {
        disconnect(m_probe, nullptr, this, nullptr);
        m_probe->deleteLater(); // finished() may come from inside the probe's own code
        m_probe = nullptr;
    }
    m_report = report;
    if (m_tested && m_tested->hasCredentials())
        m_results->setSecrets(SmtpAuthPayload::secretForms(m_tested->user, m_tested->password));
    else
        m_results->setSecrets({});
    m_results->showReport(report);
    m_results->setEnabled(true);
    m_results->show();
    updateOutdatedNote();
    updateControls();
    Q_EMIT finished(report);
}

void ProbePanel::stopProbe()
{
    if (!m_probe)
        return;
    SmtpProbe *probe = m_probe;
    m_probe = nullptr;
    disconnect(probe, nullptr, this, nullptr);
    delete probe; // closes its connection without a word
}

void ProbePanel::updateOutdatedNote()
{
    m_results->setNote(isOutdated()
                           ? tr("The settings changed since this test: test again to check them.")
                           : QString());
}

void ProbePanel::updateControls()
{
    const bool running = isRunning();
    m_testButton->setEnabled(!running && canStart());
    m_testButton->setToolTip(
        canStart() ? tr("Connect to the smart host and compare it with these settings; no mail "
                        "is sent")
                   : tr("Enter a smart host and a port first"));
    m_cancelButton->setVisible(running);
    m_busy->setVisible(running);
    m_copyButton->setVisible(!running && m_report.has_value());

    const bool showSummary = !running && m_report.has_value();
    m_statusIcon->setVisible(showSummary);
    if (showSummary) {
        const ProbeStatus worst = worstStatus(*m_report);
        m_statusIcon->setPixmap(ProbeResultView::statusIcon(worst).pixmap(QSize(IconSize, IconSize),
                                                                          devicePixelRatioF()));
        m_statusIcon->setToolTip(ProbeResultView::statusName(worst));
        m_status->setText(summaryText());
        m_status->setStyleSheet(QString());
    } else if (!running) {
        m_status->setText(tr("Checks the port, TLS and authentication; no mail is sent."));
        m_status->setStyleSheet(u"color: palette(placeholder-text);"_s);
    } else {
        m_status->setStyleSheet(QString());
    }
}
