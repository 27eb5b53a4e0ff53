#include "FieldFeedback.h"

#include <QLabel>
#include <QStyle>
#include <QVariant>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
const char *const invalidProperty = "invalid";
}

void FieldFeedback::prepareMessage(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"color: #b91c1c;"_s);
    label->hide();
}

void FieldFeedback::prepareApiError(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"QLabel { color: #7f1d1d; background: #fef2f2; border: 1px solid "
                         "#fca5a5; border-radius: 4px; padding: 6px; }"_s);
    label->hide();
}

void FieldFeedback::prepareNote(QLabel *label)
{
    label->setStyleSheet(u"QLabel { color: #475569; background: #f1f5f9; border-radius: 4px; "
                         "padding: 6px; }"_s);
}

void FieldFeedback::show(QWidget *field, QLabel *label, const QString &message, bool visible)
{
    const bool invalid = visible && !message.isEmpty();
    label->setText(invalid ? message : QString());
    label->setVisible(invalid);
    if (field)
        mark(field, invalid);
}

void FieldFeedback::showRow(QWidget *label, QWidget *field, bool visible)
{
    label->setVisible(visible);
    field->setVisible(visible);
}

void FieldFeedback::mark(QWidget *field, bool invalid)
{
    if (field->property(invalidProperty).toBool() == invalid)
        return;
    field->setProperty(invalidProperty, invalid);
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->update();
}

bool FieldFeedback::isMarked(const QWidget *field)
{
    return field->property(invalidProperty).toBool();
}

QString FieldFeedback::styleSheet()
{
    return u"QLineEdit[invalid=\"true\"], QAbstractSpinBox[invalid=\"true\"] { border: 1px "
           "solid #dc2626; border-radius: 3px; padding: 2px 3px; background: #fffafa; }"_s;
}
