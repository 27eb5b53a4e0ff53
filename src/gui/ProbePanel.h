#pragma once

#include "ProbeReport.h"
#include "ProbeRequest.h"

#include <QPointer>
#include <QWidget>
#include <optional>

struct NewConnector;
struct SendConnector;
class ProbeResultView;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class SmtpProbe;

// "Test connection" for a send connector's smart host (issue #10), for the connector dialog
// and the connector details panel. The owner feeds it the settings with setTarget() whenever
// they change; the button (or start()) runs an SmtpProbe against them. While it runs, the
// panel shows the current step and a Cancel button; then one row per check (pass, warning,
// failure or skipped, with what to change), the TLS session, the transcript behind a
// disclosure and "Copy report". Results of settings that changed since are marked as such.
//
// The password is only sent by the probe (over verified TLS); the transcript, the rows and
// the copied report show it masked.
class ProbePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProbePanel(QWidget *parent = nullptr);
    ~ProbePanel() override;

    // Requests for what the dialog's form and an existing connector say. Without a valid
    // port (1–65535) the request has port 0 and cannot start.
    static ProbeRequest requestFor(const NewConnector &form);
    static ProbeRequest requestFor(const SendConnector &connector);

    void setTarget(const ProbeRequest &request);
    // A smart host and a port to test: the button is enabled (unless a probe runs).
    bool canStart() const;
    bool isRunning() const;

    bool hasReport() const { return m_report.has_value(); }
    // The last finished report; empty before the first one.
    ProbeReport report() const { return m_report.value_or(ProbeReport()); }
    // "3 passed, 1 warning", "Cancelled: 1 passed, 1 failed, 10 skipped"; empty while
    // running and before the first result.
    QString summaryText() const;
    // What "Copy report" puts on the clipboard: ProbeReportText with the transcript.
    QString reportText() const;
    // Whether the shown results were made with other settings than the current target.
    bool isOutdated() const;
    // "Test connection", e.g. for the owner's tab order.
    QPushButton *testButton() const { return m_testButton; }

public Q_SLOTS:
    void start();
    void cancel();
    // Stops a running probe silently and forgets the results, e.g. for another connector.
    void clear();
    void copyReport();

Q_SIGNALS:
    void started();
    void finished(const ProbeReport &report);

private:
    void onProgress(const QString &step);
    void onFinished(const ProbeReport &report);
    void updateControls();
    void updateOutdatedNote();
    void stopProbe();

    ProbeRequest m_target;
    std::optional<ProbeRequest> m_tested; // the target of the shown report (or running probe)
    std::optional<ProbeReport> m_report;
    QPointer<SmtpProbe> m_probe;

    QPushButton *m_testButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_busy;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QToolButton *m_copyButton;
    ProbeResultView *m_results;
};
