#pragma once

#include "HeaderReport.h"

#include <QWidget>

class AuthenticationChipsModel;
class AuthenticationChipsView;
class QFormLayout;
class QLabel;
class QLineEdit;

// The message at a glance: Subject, From, To, Date, Message-ID, total transit time and the
// authentication results as chips. Every value comes from the headers and is shown as plain
// text.
class HeaderSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderSummaryView(QWidget *parent = nullptr);

    void setReport(const HeaderReport &report);
    void clear();

    AuthenticationChipsModel *chipsModel() const { return m_chipsModel; }
    AuthenticationChipsView *chipsView() const { return m_chips; }

private:
    QLabel *addValue(const QString &label, const QString &objectName);

    QFormLayout *m_form;
    QLabel *m_subject;
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_date;
    QLineEdit *m_messageId;
    QLabel *m_transit;
    QLabel *m_note;
    AuthenticationChipsModel *m_chipsModel;
    AuthenticationChipsView *m_chips;
};
