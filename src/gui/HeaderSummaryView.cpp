#include "HeaderSummaryView.h"

#include "AuthenticationChipsModel.h"
#include "AuthenticationChipsView.h"
#include "HeaderDisplayText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

HeaderSummaryView::HeaderSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_chipsModel(new AuthenticationChipsModel(this))
    , m_chips(new AuthenticationChipsView(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_subject = addValue(tr("Subject:"), u"summarySubject"_s);
    m_from = addValue(tr("From:"), u"summaryFrom"_s);
    m_to = addValue(tr("To:"), u"summaryTo"_s);
    m_date = addValue(tr("Date:"), u"summaryDate"_s);

    // One long word: a read-only line scrolls instead of widening the pane.
    m_messageId = new QLineEdit(this);
    m_messageId->setObjectName(u"summaryMessageId"_s);
    m_messageId->setReadOnly(true);
    m_messageId->setFrame(false);
    m_messageId->setStyleSheet(u"QLineEdit { background: transparent; }"_s);
    m_messageId->setAccessibleName(tr("Message-ID"));
    m_form->addRow(tr("Message-ID:"), m_messageId);

    m_transit = addValue(tr("Transit:"), u"summaryTransit"_s);
    m_chips->setObjectName(u"authenticationChips"_s);
    m_chips->setModel(m_chipsModel);
    m_chips->setAccessibleName(tr("Authentication results"));
    m_form->addRow(tr("Authentication:"), m_chips);

    m_note = new QLabel(this);
    m_note->setObjectName(u"summaryNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_note->hide();
    m_form->addRow(m_note);
    clear();
}

QLabel *HeaderSummaryView::addValue(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText); // header values are untrusted: never rich text
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setAccessibleName(QString(label).remove(u':'));
    m_form->addRow(label, value);
    return value;
}

void HeaderSummaryView::setReport(const HeaderReport &report)
{
    if (!report.isValid()) {
        clear();
        return;
    }
    const HeaderSummary &summary = report.summary;
    //: Shown for a summary field the header does not have
    const QString missing = tr("(none)");
    auto show = [&missing](QLabel *label, const QString &text) {
        label->setText(text.isEmpty() ? missing : text);
        label->setToolTip(text.isEmpty() ? QString() : HeaderDisplayText::toolTip(text));
    };
    show(m_subject, summary.subject);
    show(m_from, summary.from);
    show(m_to, summary.to);
    QString date = summary.date;
    if (summary.dateUtc.isValid())
        //: %1 the Date header as written, %2 the same in the user's time zone
        date = tr("%1\n(your time: %2)")
                   .arg(summary.date, HeaderDisplayText::localDateTime(summary.dateUtc));
    show(m_date, date);
    m_messageId->setText(summary.messageId.isEmpty() ? missing : summary.messageId);
    m_messageId->setCursorPosition(0);
    m_messageId->setToolTip(HeaderDisplayText::toolTip(summary.messageId));
    m_transit->setText(HeaderDisplayText::transit(summary));
    m_chipsModel->setReport(report.authentication);
    m_note->setText(report.htmlDecoded ? tr("The paste came from a web page: HTML markup and "
                                            "entities (&lt; &gt; &amp;) were decoded.")
                                       : QString());
    m_note->setVisible(report.htmlDecoded);
}

void HeaderSummaryView::clear()
{
    for (QLabel *label : {m_subject, m_from, m_to, m_date, m_transit}) {
        label->clear();
        label->setToolTip(QString());
    }
    m_messageId->clear();
    m_chipsModel->clear();
    m_note->hide();
}
