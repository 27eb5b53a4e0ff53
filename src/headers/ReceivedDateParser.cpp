#include "ReceivedDateParser.h"

#include <QRegularExpression>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxDateLength = 256;

struct NamedZone
{
    const char16_t *name;
    int hours;
};

// RFC 5322 obsolete zones plus a few names seen in real mail.
constexpr std::array<NamedZone, 24> NamedZones{{
    {u"GMT", 0},  {u"UT", 0},   {u"UTC", 0},  {u"Z", 0},    {u"WET", 0},  {u"EST", -5},
    {u"EDT", -4}, {u"CST", -6}, {u"CDT", -5}, {u"MST", -7}, {u"MDT", -6}, {u"PST", -8},
    {u"PDT", -7}, {u"CET", 1},  {u"CEST", 2}, {u"MET", 1},  {u"MEST", 2}, {u"BST", 1},
    {u"WEST", 1}, {u"EET", 2},  {u"EEST", 3}, {u"JST", 9},  {u"HKT", 8},  {u"AEST", 10},
}};

constexpr std::array<const char16_t *, 12> Months{u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                                  u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
constexpr std::array<const char16_t *, 7> Weekdays{u"mon", u"tue", u"wed", u"thu",
                                                   u"fri", u"sat", u"sun"};

int monthNumber(QStringView name)
{
    for (size_t i = 0; i < Months.size(); ++i) {
        if (name.left(3).compare(QStringView(Months[i]), Qt::CaseInsensitive) == 0)
            return int(i) + 1;
    }
    return 0;
}

bool isWeekday(QStringView name)
{
    for (const auto *day : Weekdays) {
        if (name.left(3).compare(QStringView(day), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<int> namedZoneHours(QStringView name)
{
    for (const auto &zone : NamedZones) {
        if (name.compare(QStringView(zone.name), Qt::CaseInsensitive) == 0)
            return zone.hours;
    }
    // Military letters (all but J): RFC 5322 says to read them as -0000.
    if (name.size() == 1 && name[0].isLetter() && name[0].toLower() != u'j')
        return 0;
    return std::nullopt;
}

// Comments removed, commas turned to spaces, whitespace collapsed, folds inside the time
// ("09: 51") closed up. The first comment is returned too: "(UTC)" may be the only zone.
QString normalise(QStringView text, QString *firstComment)
{
    QString out;
    out.reserve(text.size());
    int depth = 0;
    bool commentSeen = false;
    for (const QChar c : text.left(MaxDateLength)) {
        if (c == u'(') {
            ++depth;
            out.append(u' ');
            continue;
        }
        if (c == u')' && depth > 0) {
            if (--depth == 0)
                commentSeen = true;
            continue;
        }
        if (depth > 0) {
            if (!commentSeen)
                firstComment->append(c);
            continue;
        }
        out.append(c == u',' || c.isSpace() ? u' ' : c);
    }
    static const QRegularExpression foldedColon(u"(?<=\\d) *: *(?=\\d)"_s);
    out.replace(foldedColon, u":"_s);
    return out.simplified();
}

struct Zone
{
    int offsetSeconds = 0;
    bool found = false;
};

// Reads "+0200", "-05:00", "+02", "+000" (a damaged "+0000"), "+02 00" (folded), "GMT+0000",
// "UTC", "EST", a military letter. Unknown text means no zone.
std::optional<Zone> readZone(QStringView rest)
{
    rest = rest.trimmed();
    if (rest.isEmpty())
        return Zone{};
    qsizetype i = 0;
    while (i < rest.size() && rest[i].isLetter())
        ++i;
    if (i > 0) {
        const QStringView name = rest.left(i);
        const QStringView after = rest.mid(i).trimmed();
        const bool offsetFollows = after.startsWith(u'+') || after.startsWith(u'-');
        const auto hours = namedZoneHours(name);
        if (hours && !(offsetFollows && *hours == 0)) {
            const bool wordEnds = i == rest.size() || rest[i].isSpace();
            if (!wordEnds && name.size() == 1)
                return Zone{}; // "m=+24…" after a Go date is not a military zone
            return Zone{*hours * 3600, true};
        }
        if (!hours)
            return Zone{};
        rest = after; // "GMT+0200"
    }
    const int sign = rest.startsWith(u'-') ? -1 : 1;
    if (!rest.startsWith(u'+') && !rest.startsWith(u'-'))
        return Zone{};
    static const QRegularExpression offset(
        u"^[+-] ?(\\d{1,2}):(\\d{2})(?!\\d)|^[+-] ?(\\d{1,4})(?: (\\d{1,3}))?(?!\\d)"_s);
    const auto match = offset.match(rest);
    if (!match.hasMatch())
        return std::nullopt;
    int hours = 0;
    int minutes = 0;
    if (match.hasCaptured(1)) {
        hours = match.capturedView(1).toInt();
        minutes = match.capturedView(2).toInt();
    } else {
        QString digits = match.captured(3);
        if (match.hasCaptured(4) && digits.size() + match.capturedView(4).size() == 4)
            digits += match.capturedView(4);
        if (digits.size() <= 2) {
            hours = digits.toInt();
        } else {
            hours = QStringView(digits).chopped(2).toInt();
            minutes = QStringView(digits).right(2).toInt();
        }
    }
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return Zone{sign * (hours * 3600 + minutes * 60), true};
}

int fullYear(QStringView digits)
{
    const int year = digits.toInt();
    if (digits.size() == 2)
        return year < 50 ? 2000 + year : 1900 + year;
    if (digits.size() == 3)
        return 1900 + year;
    return year;
}

const QList<QRegularExpression> &dateForms()
{
    static const QString weekday = u"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.? )?"_s;
    static const QString month =
        u"(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"_s;
    static const QString time =
        u"(?<hh>\\d{1,2}):(?<mm>\\d{2})(?::(?<ss>\\d{2})(?:[.,](?<frac>\\d+))?)?"_s;
    static const auto options = QRegularExpression::CaseInsensitiveOption;
    static const QList<QRegularExpression> forms{
        // RFC 5322: [Tue ]28 Feb 2023 07:51:01 …
        QRegularExpression(u"^"_s + weekday + u"(?<day>\\d{1,2})[ -]?"_s + month +
                               u"[ -]?(?<year>\\d{2,4}) "_s + time + u"(?<rest>.*)$"_s,
                           options),
        // JavaScript: Tue Feb 28 2023 07:51:00 GMT+0000
        QRegularExpression(u"^"_s + weekday + month + u" (?<day>\\d{1,2}) (?<year>\\d{4}) "_s +
                               time + u"(?<rest>.*)$"_s,
                           options),
        // asctime: Sun Nov 13 14:50:12 [GMT ]2005
        QRegularExpression(u"^"_s + weekday + month + u" (?<day>\\d{1,2}) "_s + time +
                               u"(?: (?<zone>[a-z]{1,5}|[+-]\\d{4}))? (?<year>\\d{4})(?!\\d)"_s +
                               u"(?<rest>.*)$"_s,
                           options),
        // ISO 8601 and Go: 2022-05-04[T ]19:42:02.649817706 +0000 UTC m=+…
        QRegularExpression(u"^(?<year>\\d{4})-(?<mon>\\d{1,2})-(?<day>\\d{1,2})(?:t| )?"_s + time +
                               u"(?<rest>.*)$"_s,
                           options),
    };
    return forms;
}

} // namespace

ReceivedDate ReceivedDateParser::parse(QStringView text)
{
    QString comment;
    const QString normalised = normalise(text, &comment);
    for (const auto &form : dateForms()) {
        const auto match = form.match(normalised);
        if (!match.hasMatch())
            continue;
        const QStringView monthText = match.capturedView(u"mon");
        const int month = monthText.front().isDigit() ? monthText.toInt() : monthNumber(monthText);
        const QDate date(fullYear(match.capturedView(u"year")), month,
                         match.capturedView(u"day").toInt());
        int seconds = match.capturedView(u"ss").toInt();
        if (seconds == 60)
            seconds = 59; // leap second
        const int milliseconds =
            match.capturedView(u"frac").left(3).toString().leftJustified(3, u'0').toInt();
        const QTime time(match.capturedView(u"hh").toInt(), match.capturedView(u"mm").toInt(),
                         seconds, milliseconds);
        if (!date.isValid() || !time.isValid())
            return {};
        auto zone = readZone(match.hasCaptured(u"zone") ? match.capturedView(u"zone")
                                                        : match.capturedView(u"rest"));
        if (!zone)
            return {};
        if (!zone->found) {
            if (const auto hours = namedZoneHours(QStringView(comment).trimmed()))
                zone = Zone{*hours * 3600, true};
        }
        ReceivedDate result;
        result.zoneMissing = !zone->found;
        result.offsetSeconds = zone->offsetSeconds;
        result.utc = QDateTime(date, time, Qt::UTC).addSecs(-zone->offsetSeconds);
        return result;
    }
    return {};
}

bool ReceivedDateParser::mayStartDate(QStringView word, QStringView nextWord)
{
    if (word.size() >= 3 && word.front().isLetter())
        return isWeekday(word) || monthNumber(word) > 0;
    if (word.size() >= 10 && word[4] == u'-' && word.left(4).toInt() > 0)
        return true;
    return word.size() <= 2 && word.toInt() > 0 && monthNumber(nextWord) > 0;
}
