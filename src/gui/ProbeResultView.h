#pragma once

#include "ProbeCheck.h"

#include <QColor>
#include <QIcon>
#include <QScrollArea>
#include <QStringList>

struct ProbeReport;
struct TlsInfo;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;

// The outcome of an SMTP probe, scrolling as one page: a line about what was tested, one row
// per check (status icon and colour, title, detail, and the suggestion in bold), the TLS
// session and certificate, then the transcript behind a "Show transcript" disclosure.
//
// Everything the server sent (banner, replies, certificate names) is untrusted: every label
// is plain text, and the transcript is a plain-text editor. Any form of the secrets given
// with setSecrets() is masked once more before it is shown.
class ProbeResultView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ProbeResultView(QWidget *parent = nullptr);

    // Forms of the password to mask wherever they would appear (see SmtpAuthPayload).
    void setSecrets(const QStringList &secrets);
    void showReport(const ProbeReport &report);
    void clear();
    // A warning above the results, e.g. that the settings changed since; empty hides it.
    void setNote(const QString &note);
    QString note() const;

    bool isTranscriptShown() const;
    void setTranscriptShown(bool shown);
    // The transcript as shown, one line per SMTP line.
    QString transcriptText() const;

    // Replaces every secret by ProbeTranscript::Mask.
    QString masked(QString text) const;

    // Asks for no more height than the minimum: the results fill whatever room the layout
    // has left (stretch), so a dialog's form above them never gets squeezed.
    QSize sizeHint() const override;

    static QIcon statusIcon(ProbeStatus status);
    static QColor statusColor(ProbeStatus status);
    // "Passed", "Warning"…: the icon's accessible name and tooltip.
    static QString statusName(ProbeStatus status);

private:
    QWidget *makeCheckRow(const ProbeCheck &check);
    QLabel *makeLabel(const QString &text, const QString &objectName);
    void showTls(const ProbeReport &report);
    // Scrolls so that target is in view, once the layouts made room for it.
    void reveal(QWidget *target);
    void addTlsRow(const QString &caption, const QString &value, const QString &objectName);

    QStringList m_secrets;
    QLabel *m_testedLabel;
    QLabel *m_noteLabel;
    QWidget *m_checks;
    QVBoxLayout *m_checksLayout;
    QWidget *m_tlsBox;
    QFormLayout *m_tlsForm;
    QToolButton *m_transcriptToggle;
    QPlainTextEdit *m_transcript;
};
