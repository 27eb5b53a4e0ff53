#include "ProbeResultView.h"

#include "ProbeReportText.h"

#include "DisplayText.h"
#include "Icons.h"
#include "ProbeReport.h"
#include "ProbeTranscript.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void loadProbeResources()
{
    static const bool loaded = [] {
        Q_INIT_RESOURCE(probe);
        return true;
    }();
    Q_UNUSED(loaded);
}

namespace {
constexpr int IconSize = 16;
constexpr int TranscriptLines = 12;

QString cssColor(const QColor &color, int alpha = 255)
{
    return u"rgba(%1, %2, %3, %4)"_s.arg(QString::number(color.red()),
                                         QString::number(color.green()),
                                         QString::number(color.blue()), QString::number(alpha));
}

QString transcriptLine(const TranscriptLine &line)
{
    // Seconds since the probe started, aligned: "  0.012 S: 220 relay ready".
    return QString::number(double(line.elapsedMs) / 1000.0, 'f', 3).rightJustified(7) + u' ' +
           ProbeReportText::transcriptPrefix(line.direction) + line.text;
}
} // namespace

ProbeResultView::ProbeResultView(QWidget *parent)
    : QScrollArea(parent)
    , m_testedLabel(new QLabel)
    , m_noteLabel(new QLabel)
    , m_checks(new QWidget)
    , m_checksLayout(new QVBoxLayout(m_checks))
    , m_tlsBox(new QWidget)
    , m_tlsForm(new QFormLayout)
    , m_transcriptToggle(new QToolButton)
    , m_transcript(new QPlainTextEdit)
{
    setObjectName(u"probeResults"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *page = new QWidget;
    page->setObjectName(u"probeResultsPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_testedLabel->setObjectName(u"probeTested"_s);
    m_testedLabel->setTextFormat(Qt::PlainText);
    m_testedLabel->setWordWrap(true);
    m_testedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testedLabel->setStyleSheet(u"color: palette(placeholder-text);"_s);
    layout->addWidget(m_testedLabel);

    m_noteLabel->setObjectName(u"probeNote"_s);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setStyleSheet(u"QLabel { color: #78350f; background: #fffbeb; border: 1px solid "
                               "#fcd34d; border-radius: 4px; padding: 4px 6px; }"_s);
    m_noteLabel->hide();
    layout->addWidget(m_noteLabel);

    m_checksLayout->setContentsMargins(0, 0, 0, 0);
    m_checksLayout->setSpacing(3);
    layout->addWidget(m_checks);

    auto *tlsLayout = new QVBoxLayout(m_tlsBox);
    tlsLayout->setContentsMargins(0, 6, 0, 0);
    tlsLayout->setSpacing(4);
    auto *tlsHeading = new QLabel(tr("TLS session and certificate"));
    tlsHeading->setObjectName(u"probeTlsHeading"_s);
    QFont headingFont = tlsHeading->font();
    headingFont.setBold(true);
    tlsHeading->setFont(headingFont);
    tlsLayout->addWidget(tlsHeading);
    m_tlsForm->setContentsMargins(IconSize + 10, 0, 0, 0);
    m_tlsForm->setLabelAlignment(Qt::AlignLeft);
    m_tlsForm->setHorizontalSpacing(12);
    m_tlsForm->setVerticalSpacing(3);
    m_tlsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_tlsForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    tlsLayout->addLayout(m_tlsForm);
    m_tlsBox->hide();
    layout->addWidget(m_tlsBox);

    m_transcriptToggle->setObjectName(u"probeTranscriptToggle"_s);
    m_transcriptToggle->setCheckable(true);
    m_transcriptToggle->setAutoRaise(true);
    // A disclosure, not a button that stays pressed.
    m_transcriptToggle->setStyleSheet(u"QToolButton { border: none; padding: 2px 0px; }"_s);
    m_transcriptToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_transcriptToggle->setArrowType(Qt::RightArrow);
    m_transcriptToggle->setText(tr("Show transcript"));
    m_transcriptToggle->setToolTip(
        tr("The SMTP conversation line by line, with the password masked"));
    layout->addSpacing(4);
    layout->addWidget(m_transcriptToggle, 0, Qt::AlignLeft);

    m_transcript->setObjectName(u"probeTranscript"_s);
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setFixedHeight(m_transcript->fontMetrics().lineSpacing() * TranscriptLines +
                                 2 * m_transcript->frameWidth() +
                                 int(m_transcript->document()->documentMargin() * 2));
    m_transcript->hide();
    layout->addWidget(m_transcript);
    layout->addStretch(1);

    setWidget(page);

    connect(m_transcriptToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_transcript->setVisible(shown);
        m_transcriptToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_transcriptToggle->setText(shown ? tr("Hide transcript") : tr("Show transcript"));
        if (shown)
            reveal(m_transcript);
    });
}

QSize ProbeResultView::sizeHint() const
{
    return {QScrollArea::sizeHint().width(), std::max(minimumHeight(), minimumSizeHint().height())};
}

void ProbeResultView::setSecrets(const QStringList &secrets)
{
    m_secrets.clear();
    for (const QString &secret : secrets)
        if (!secret.isEmpty() && !m_secrets.contains(secret))
            m_secrets.append(secret);
    // Longest first, so a secret containing another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString ProbeResultView::masked(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, ProbeTranscript::Mask.toString());
    return text;
}

QIcon ProbeResultView::statusIcon(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Pass:
        return Icons::get(u"task-done"_s);
    case ProbeStatus::Warn:
        return Icons::get(u"warning"_s);
    case ProbeStatus::Fail:
        return Icons::get(u"task-failed"_s);
    case ProbeStatus::Skipped:
        break;
    }
    loadProbeResources();
    static const QIcon skipped(u":/probe/status-skipped.svg"_s);
    return skipped;
}

QColor ProbeResultView::statusColor(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Pass:
        return QColor(0x16, 0xa3, 0x4a);
    case ProbeStatus::Warn:
        return QColor(0xb4, 0x53, 0x09);
    case ProbeStatus::Fail:
        return QColor(0xdc, 0x26, 0x26);
    case ProbeStatus::Skipped:
        break;
    }
    return QColor(0x64, 0x74, 0x8b);
}

QString ProbeResultView::statusName(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Pass:
        //: Status of one connection check
        return tr("Passed");
    case ProbeStatus::Warn:
        //: Status of one connection check: it passed with advice
        return tr("Warning");
    case ProbeStatus::Fail:
        //: Status of one connection check
        return tr("Failed");
    case ProbeStatus::Skipped:
        break;
    }
    //: Status of one connection check: it could not run
    return tr("Skipped");
}

QLabel *ProbeResultView::makeLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // server text is untrusted: never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(masked(text));
    return label;
}

QWidget *ProbeResultView::makeCheckRow(const ProbeCheck &check)
{
    const QColor color = statusColor(check.status);
    auto *row = new QFrame;
    row->setObjectName(u"probeCheck-"_s + check.id);
    row->setProperty("checkId", check.id);
    row->setProperty("status", probeStatusToId(check.status));
    // Only what needs attention is tinted; a list of passes stays calm.
    const bool attention = check.status == ProbeStatus::Fail || check.status == ProbeStatus::Warn;
    const int tint = attention ? 24 : 0;
    // ".QFrame" matches the row only, not the labels (QLabel derives from QFrame).
    row->setStyleSheet(
        u".QFrame { border: none; border-left: 3px solid %1; background: %2; }"_s.arg(
            cssColor(color), cssColor(color, tint)));

    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(8, 5, 8, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);

    auto *icon = new QLabel;
    icon->setObjectName(u"probeCheckIcon"_s);
    icon->setPixmap(
        statusIcon(check.status).pixmap(QSize(IconSize, IconSize), row->devicePixelRatioF()));
    icon->setFixedSize(IconSize, IconSize + 2);
    icon->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    icon->setToolTip(statusName(check.status));
    icon->setAccessibleName(statusName(check.status));
    grid->addWidget(icon, 0, 0, Qt::AlignTop);

    auto *titleLine = new QHBoxLayout;
    titleLine->setSpacing(8);
    QLabel *title = makeLabel(check.title, u"probeCheckTitle"_s);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    titleLine->addWidget(title, 1);
    QLabel *status = makeLabel(statusName(check.status), u"probeCheckStatus"_s);
    status->setWordWrap(false);
    status->setStyleSheet(u"color: %1;"_s.arg(color.name()));
    titleLine->addWidget(status, 0, Qt::AlignTop | Qt::AlignRight);
    grid->addLayout(titleLine, 0, 1);

    QLabel *detail = makeLabel(check.detail, u"probeCheckDetail"_s);
    if (check.status == ProbeStatus::Skipped)
        detail->setStyleSheet(u"color: palette(placeholder-text);"_s);
    detail->setVisible(!check.detail.isEmpty());
    grid->addWidget(detail, 1, 1);

    // What to change: the part of the row the user acts on, so it stands out.
    QLabel *suggestion = makeLabel(u"→ "_s + check.suggestion, u"probeCheckSuggestion"_s);
    suggestion->setFont(bold);
    suggestion->setVisible(!check.suggestion.isEmpty());
    grid->addWidget(suggestion, 2, 1);
    grid->setColumnStretch(1, 1);
    return row;
}

void ProbeResultView::addTlsRow(const QString &caption, const QString &value,
                                const QString &objectName)
{
    auto *label = new QLabel(caption);
    label->setStyleSheet(u"color: palette(placeholder-text);"_s);
    QLabel *field = makeLabel(value, objectName);
    m_tlsForm->addRow(label, field);
}

void ProbeResultView::showTls(const ProbeReport &report)
{
    while (m_tlsForm->rowCount() > 0)
        m_tlsForm->removeRow(0);
    const TlsInfo &tls = report.tls;
    m_tlsBox->setVisible(tls.established);
    if (!tls.established)
        return;

    const QString mode = tls.implicit ? tr("implicit TLS") : u"STARTTLS"_s;
    //: TLS protocol and how it started, e.g. "TLS 1.3 (STARTTLS)"
    const QString protocol = tr("%1 (%2)").arg(tls.protocol, mode);
    addTlsRow(tr("Protocol:"), protocol, u"probeTlsProtocol"_s);
    addTlsRow(tr("Cipher:"), tls.cipher, u"probeTlsCipher"_s);
    addTlsRow(tr("Subject:"), tls.subject, u"probeTlsSubject"_s);
    addTlsRow(tr("Issuer:"), tls.issuer, u"probeTlsIssuer"_s);
    if (!tls.alternativeNames.isEmpty())
        addTlsRow(tr("Names:"), tls.alternativeNames.join(u", "), u"probeTlsNames"_s);
    addTlsRow(tr("Valid from:"), DisplayText::dateTime(tls.notBefore), u"probeTlsNotBefore"_s);
    addTlsRow(tr("Valid until:"), DisplayText::dateTime(tls.notAfter), u"probeTlsNotAfter"_s);

    const bool nameOk = tls.nameMatches();
    addTlsRow(tr("Host name:"),
              nameOk ? tr("The certificate is valid for %1").arg(report.host)
                     : tr("The certificate is not valid for %1").arg(report.host),
              u"probeTlsHostName"_s);
    const QString verification =
        tls.errors.isEmpty() ? tr("Trusted") : tls.errorMessages.join(u"; ");
    addTlsRow(tr("Verification:"), verification, u"probeTlsVerification"_s);
    const auto colorField = [this](const QString &name, bool ok) {
        if (auto *label = m_tlsBox->findChild<QLabel *>(name))
            label->setStyleSheet(u"color: %1;"_s.arg(
                statusColor(ok ? ProbeStatus::Pass : ProbeStatus::Fail).name()));
    };
    colorField(u"probeTlsHostName"_s, nameOk);
    colorField(u"probeTlsVerification"_s, tls.errors.isEmpty());
}

void ProbeResultView::showReport(const ProbeReport &report)
{
    const QLocale locale;
    const QString port = QString::number(report.port);
    const QString time =
        locale.toString(report.startedAt.toLocalTime().time(), QLocale::ShortFormat);
    QString duration;
    if (report.elapsedMs < 1000)
        //: A duration in milliseconds, e.g. "120 ms"
        duration = tr("%1 ms").arg(locale.toString(report.elapsedMs));
    else
        //: A duration in seconds, e.g. "2.5 s"
        duration = tr("%1 s").arg(locale.toString(double(report.elapsedMs) / 1000.0, 'f', 1));
    if (report.peerAddress.isEmpty())
        //: %1 host, %2 port, %3 time of day, %4 duration ("120 ms", "2.5 s")
        m_testedLabel->setText(
            masked(tr("%1 port %2, tested at %3 in %4").arg(report.host, port, time, duration)));
    else
        //: %1 host, %2 port, %3 IP address, %4 time of day, %5 duration ("120 ms", "2.5 s")
        m_testedLabel->setText(
            masked(tr("%1 port %2 (%3), tested at %4 in %5")
                       .arg(report.host, port, report.peerAddress, time, duration)));

    while (QLayoutItem *item = m_checksLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ProbeCheck &check : report.checks)
        m_checksLayout->addWidget(makeCheckRow(check));

    showTls(report);

    QStringList lines;
    lines.reserve(report.transcript.size());
    for (const TranscriptLine &line : report.transcript)
        lines << transcriptLine(line);
    m_transcript->setPlainText(masked(lines.join(u'\n')));
    m_transcriptToggle->setEnabled(!report.transcript.isEmpty());
    verticalScrollBar()->setValue(0);

    // The first row that needs attention is in view, with as much as fits above it.
    const auto attention =
        std::find_if(report.checks.cbegin(), report.checks.cend(), [](const ProbeCheck &check) {
            return check.status == ProbeStatus::Fail || check.status == ProbeStatus::Warn;
        });
    if (attention != report.checks.cend())
        reveal(m_checks->findChild<QWidget *>(u"probeCheck-"_s + attention->id));
}

void ProbeResultView::reveal(QWidget *shown)
{
    // Once the layouts made room for it (the page grows, then the scroll area follows).
    QTimer::singleShot(0, this, [this, target = QPointer<QWidget>(shown)] {
        if (!target || !target->isVisible())
            return;
        // The whole widget: ensureWidgetVisible() would settle for a text editor's cursor.
        const QRect rect(target->mapTo(widget(), QPoint(0, 0)), target->size());
        ensureVisible(rect.center().x(), rect.center().y(), rect.width() / 2,
                      rect.height() / 2 + 4);
    });
}

void ProbeResultView::clear()
{
    while (QLayoutItem *item = m_checksLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    while (m_tlsForm->rowCount() > 0)
        m_tlsForm->removeRow(0);
    m_tlsBox->hide();
    m_testedLabel->clear();
    m_transcript->clear();
    setNote(QString());
}

void ProbeResultView::setNote(const QString &note)
{
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

QString ProbeResultView::note() const
{
    return m_noteLabel->text();
}

bool ProbeResultView::isTranscriptShown() const
{
    return m_transcriptToggle->isChecked();
}

void ProbeResultView::setTranscriptShown(bool shown)
{
    m_transcriptToggle->setChecked(shown);
}

QString ProbeResultView::transcriptText() const
{
    return m_transcript->toPlainText();
}
