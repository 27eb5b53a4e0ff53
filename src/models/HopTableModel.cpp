#include "HopTableModel.h"

#include "HeaderDisplayText.h"
#include "HopFlags.h"
#include "ReceivedDateParser.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Flags worth a warning icon on the hop number.
bool isWarning(HopFlag flag)
{
    switch (flag) {
    case HopFlag::InvalidIp:
    case HopFlag::NoZone:
    case HopFlag::NoDate:
    case HopFlag::UnparsedDate:
    case HopFlag::ClockSkew:
    case HopFlag::UnparsedText:
        return true;
    default:
        return false;
    }
}

QString joinLines(const QStringList &lines)
{
    QStringList kept;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            kept.append(line);
    }
    return kept.join(u'\n');
}

} // namespace

HopTableModel::HopTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HopTableModel::setHops(const QList<ReceivedHop> &hops, std::optional<int> proofHop)
{
    beginResetModel();
    m_hops = hops;
    m_proofHop = proofHop;
    m_totalDelay = 0;
    for (const ReceivedHop &hop : std::as_const(m_hops)) {
        if (hop.delaySeconds && *hop.delaySeconds > 0)
            m_totalDelay += *hop.delaySeconds;
    }
    endResetModel();
}

void HopTableModel::clear()
{
    setHops({});
}

int HopTableModel::rowOfHop(int number) const
{
    for (int row = 0; row < m_hops.size(); ++row) {
        if (m_hops.at(row).number == number)
            return row;
    }
    return -1;
}

int HopTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hops.size());
}

int HopTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HopTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivedHop &hop = m_hops.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(hop, index.row(), column);
    case Qt::ToolTipRole:
        return HeaderDisplayText::toolTip(toolTip(hop, column));
    case Qt::DecorationRole:
        return decoration(hop, column);
    case Qt::BackgroundRole:
        if (isProof(hop))
            return QBrush(QColor(34, 197, 94, 60)); // translucent green: readable on any theme
        return {};
    case Qt::FontRole:
        if (isProof(hop)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Delay && hop.delaySeconds && *hop.delaySeconds < 0)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (column == Column::Time && !hop.date.isValid())
            return QBrush(QColor(0x6b, 0x72, 0x80));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Hop || column == Column::Delay)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }
    switch (HeaderRole(role)) {
    case HeaderRole::HopNumber:
        return hop.number;
    case HeaderRole::DelaySeconds:
        return hop.delaySeconds ? QVariant(qlonglong(*hop.delaySeconds)) : QVariant();
    case HeaderRole::DelayShare:
        return delayShare(hop);
    case HeaderRole::ProofHop:
        return isProof(hop);
    case HeaderRole::Flags: {
        QStringList names;
        for (const HopFlag flag : hop.flags)
            names.append(HopFlags::machineName(flag));
        return names;
    }
    case HeaderRole::HeaderIndex:
        return hop.headerIndex;
    default:
        return {};
    }
}

QVariant HopTableModel::display(const ReceivedHop &hop, int row, Column column) const
{
    switch (column) {
    case Column::Hop:
        return hop.number;
    case Column::From:
        return HeaderDisplayText::cell(hop.fromHost());
    case Column::By:
        return HeaderDisplayText::cell(hop.byName.isEmpty() ? hop.byText : hop.byName);
    case Column::With:
        return HeaderDisplayText::cell(hop.with);
    case Column::Time:
        if (hop.date.isValid())
            return HeaderDisplayText::localTime(hop.date, showsDate(row));
        //: Time column of a hop whose date could not be read or is missing
        return hop.dateText.isEmpty() ? tr("no date") : tr("unreadable");
    case Column::Delay:
        return hop.delaySeconds ? HeaderDisplayText::duration(*hop.delaySeconds) : QString();
    }
    return {};
}

// The date is shown when the local day changes from the previous dated hop (the summary and
// the tooltips always give it), so that the column stays narrow.
bool HopTableModel::showsDate(int row) const
{
    const QDate day = m_hops.at(row).date.toLocalTime().date();
    for (int previous = row - 1; previous >= 0; --previous) {
        const QDateTime &date = m_hops.at(previous).date;
        if (date.isValid())
            return date.toLocalTime().date() != day;
    }
    return false;
}

QVariant HopTableModel::delayShare(const ReceivedHop &hop) const
{
    if (!hop.delaySeconds || *hop.delaySeconds < 0)
        return {};
    if (m_totalDelay <= 0)
        return 0.0;
    return double(*hop.delaySeconds) / double(m_totalDelay);
}

QVariant HopTableModel::decoration(const ReceivedHop &hop, Column column) const
{
    if (!m_icons)
        return {};
    if (column == Column::Hop &&
        std::any_of(hop.flags.begin(), hop.flags.end(), [](HopFlag f) { return isWarning(f); }))
        return m_icons(u"warning"_s);
    if (column == Column::With && hop.hasFlag(HopFlag::Tls))
        return m_icons(u"tls-on"_s);
    if (column == Column::From && hop.hasFlag(HopFlag::Authenticated))
        return m_icons(u"auth-on"_s);
    return {};
}

QString HopTableModel::flagsText(const ReceivedHop &hop) const
{
    QStringList lines;
    for (const HopFlag flag : hop.flags)
        lines.append(u"• "_s + HopFlags::description(flag));
    return lines.join(u'\n');
}

QString HopTableModel::toolTip(const ReceivedHop &hop, Column column) const
{
    switch (column) {
    case Column::Hop: {
        QStringList lines{tr("Hop %1 (1 = the oldest Received header)").arg(hop.number)};
        if (isProof(hop))
            lines.append(tr("This hop proves that the message went through the connector."));
        lines.append(flagsText(hop));
        lines.append(tr("As written: %1").arg(hop.raw));
        return joinLines(lines);
    }
    case Column::From: {
        QStringList lines{hop.fromText.isEmpty()
                              ? tr("No from clause: the server recorded no sender.")
                              : tr("From: %1").arg(hop.fromText)};
        if (!hop.fromHelo.isEmpty())
            //: HELO/EHLO is the name the sending server announced
            lines.append(tr("Announced name (HELO): %1").arg(hop.fromHelo));
        if (!hop.fromReverseDns.isEmpty())
            lines.append(tr("Reverse DNS: %1").arg(hop.fromReverseDns));
        if (!hop.fromIp.isEmpty())
            lines.append(tr("IP address: %1").arg(hop.fromIp));
        if (!hop.fromInvalidIp.isEmpty())
            lines.append(tr("Invalid IP address (as written): %1").arg(hop.fromInvalidIp));
        if (!hop.leadingComment.isEmpty())
            lines.append(tr("Comment: %1").arg(hop.leadingComment));
        if (hop.hasFlag(HopFlag::Authenticated))
            lines.append(HopFlags::description(HopFlag::Authenticated));
        return joinLines(lines);
    }
    case Column::By: {
        QStringList lines{tr("By: %1").arg(hop.byText)};
        if (!hop.via.isEmpty())
            lines.append(tr("Via: %1").arg(hop.via));
        if (!hop.id.isEmpty())
            lines.append(tr("Id: %1").arg(hop.id));
        if (!hop.forAddress.isEmpty())
            lines.append(tr("For: %1").arg(hop.forAddress));
        return joinLines(lines);
    }
    case Column::With: {
        QStringList lines{tr("With: %1").arg(hop.withText)};
        for (const HopFlag flag :
             {HopFlag::Tls, HopFlag::Authenticated, HopFlag::Local, HopFlag::Lmtp, HopFlag::Http}) {
            if (hop.hasFlag(flag))
                lines.append(u"• "_s + HopFlags::description(flag));
        }
        return joinLines(lines);
    }
    case Column::Time: {
        QStringList lines;
        if (hop.date.isValid())
            lines.append(tr("Your local time: %1").arg(HeaderDisplayText::localDateTime(hop.date)));
        lines.append(hop.dateText.isEmpty() ? tr("No date in this header.")
                                            : tr("As written: %1").arg(hop.dateText));
        if (!hop.dateText.isEmpty() && hop.date.isValid()) {
            const ReceivedDate written = ReceivedDateParser::parse(hop.dateText);
            lines.append(written.zoneMissing
                             ? HopFlags::description(HopFlag::NoZone)
                             : tr("Time zone of the server: %1")
                                   .arg(HeaderDisplayText::zoneOffset(written.offsetSeconds)));
        } else if (hop.hasFlag(HopFlag::UnparsedDate)) {
            lines.append(HopFlags::description(HopFlag::UnparsedDate));
        }
        return joinLines(lines);
    }
    case Column::Delay:
        if (!hop.delaySeconds)
            return hop.number == 1 ? tr("The first hop has no previous hop to measure from.")
                                   : tr("No delay: this hop or the ones before have no date.");
        if (*hop.delaySeconds < 0)
            return HopFlags::description(HopFlag::ClockSkew);
        if (m_totalDelay > 0)
            //: %1 a duration, %2 a percentage
            return tr("%1 after the previous dated hop: %2% of the total delay")
                .arg(HeaderDisplayText::duration(*hop.delaySeconds))
                .arg(qRound(100.0 * double(*hop.delaySeconds) / double(m_totalDelay)));
        return tr("%1 after the previous dated hop")
            .arg(HeaderDisplayText::duration(*hop.delaySeconds));
    }
    return QString();
}

QVariant HopTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Hop:
            //: Column of the hop table: the hop number, 1 = oldest
            return tr("Hop");
        case Column::From:
            //: Column of the hop table: the server that sent the message
            return tr("From");
        case Column::By:
            //: Column of the hop table: the server that received the message
            return tr("By");
        case Column::With:
            //: Column of the hop table: the protocol (ESMTPS, LMTP…)
            return tr("With");
        case Column::Time:
            return tr("Time");
        case Column::Delay:
            return tr("Delay");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Hop:
            return tr("Hop number: 1 is the oldest (bottom-most) Received header");
        case Column::From:
            return tr("The server that handed the message over, as the receiving server saw it");
        case Column::By:
            return tr("The server that received the message and wrote the Received header");
        case Column::With:
            return tr("The protocol of the hop");
        case Column::Time:
            return tr("When the server received the message, in your local time");
        case Column::Delay:
            return tr("Time since the previous hop; the bar shows its share of the total delay");
        }
    }
    return {};
}
