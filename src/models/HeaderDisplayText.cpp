#include "HeaderDisplayText.h"

#include "HeaderReportText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString HeaderDisplayText::toolTip(const QString &plainText)
{
    QString text = plainText;
    if (text.size() > MaxToolTipLength)
        text = text.left(MaxToolTipLength) + u'…';
    // <qt> makes the tooltip rich text whatever it contains, so escaped markup stays literal.
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', u"<br>"_s);
    return u"<qt>"_s + escaped + u"</qt>"_s;
}

QString HeaderDisplayText::cell(const QString &text, qsizetype length)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length) + u'…';
    return line;
}

QString HeaderDisplayText::localTime(const QDateTime &utc, bool withDate)
{
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), u"HH:mm:ss"_s);
    if (!withDate)
        return time;
    //: Date and time in a table cell: %1 the date, %2 the time
    return tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString HeaderDisplayText::localDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    //: Full local date and time: %1 the date, %2 the time, %3 the time zone (UTC+01:00)
    return tr("%1 %2 %3")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), u"HH:mm:ss"_s), zoneOffset(local.offsetFromUtc()));
}

QString HeaderDisplayText::zoneOffset(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return u"UTC"_s;
    const int minutes = (offsetSeconds < 0 ? -offsetSeconds : offsetSeconds) / 60;
    return u"UTC%1%2:%3"_s.arg(offsetSeconds < 0 ? u"-"_s : u"+"_s)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString HeaderDisplayText::duration(qint64 seconds)
{
    return HeaderReportText::formatDuration(seconds);
}

QString HeaderDisplayText::transit(const HeaderSummary &summary)
{
    if (!summary.transitSeconds)
        //: Total transit time of a message, when it cannot be computed
        return tr("unknown");
    const QString value = duration(*summary.transitSeconds);
    if (summary.transitBasis == HopTimeline::TransitBasis::DateHeader)
        //: %1 is a duration
        return tr("%1 (from the Date header to the last hop)").arg(value);
    return tr("%1 (from the first to the last hop)").arg(value);
}
