#include "SmtpReply.h"

QString SmtpReply::summary() const
{
    const QString first = texts.isEmpty() ? QString() : texts.constFirst();
    if (first.isEmpty())
        return QString::number(code);
    return QString::number(code) + u' ' + first;
}
