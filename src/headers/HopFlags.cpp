#include "HopFlags.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array AllFlags{HopFlag::Tls,       HopFlag::Authenticated, HopFlag::Local,
                              HopFlag::Lmtp,      HopFlag::Http,          HopFlag::InvalidIp,
                              HopFlag::NoZone,    HopFlag::NoDate,        HopFlag::UnparsedDate,
                              HopFlag::ClockSkew, HopFlag::UnparsedText};

} // namespace

QString HopFlags::machineName(HopFlag flag)
{
    switch (flag) {
    case HopFlag::Tls:
        return u"tls"_s;
    case HopFlag::Authenticated:
        return u"authenticated"_s;
    case HopFlag::Local:
        return u"local"_s;
    case HopFlag::Lmtp:
        return u"lmtp"_s;
    case HopFlag::Http:
        return u"http"_s;
    case HopFlag::InvalidIp:
        return u"invalid-ip"_s;
    case HopFlag::NoZone:
        return u"no-zone"_s;
    case HopFlag::NoDate:
        return u"no-date"_s;
    case HopFlag::UnparsedDate:
        return u"unparsed-date"_s;
    case HopFlag::ClockSkew:
        return u"clock-skew"_s;
    case HopFlag::UnparsedText:
        return u"unparsed-text"_s;
    }
    return QString();
}

std::optional<HopFlag> HopFlags::fromMachineName(QStringView name)
{
    for (const HopFlag flag : AllFlags) {
        if (machineName(flag) == name)
            return flag;
    }
    return std::nullopt;
}

QString HopFlags::description(HopFlag flag)
{
    switch (flag) {
    case HopFlag::Tls:
        return tr("The connection was encrypted (TLS).");
    case HopFlag::Authenticated:
        return tr("The sending client was authenticated.");
    case HopFlag::Local:
        return tr("Local hop: loopback connection or submission on the same machine.");
    case HopFlag::Lmtp:
        return tr("Final delivery to the mailbox over LMTP.");
    case HopFlag::Http:
        return tr("Submitted over HTTP (webmail or web API).");
    case HopFlag::InvalidIp:
        return tr("The connecting IP address is not a valid address; it is shown as written.");
    case HopFlag::NoZone:
        //: The date in a Received header had no time zone
        return tr("The date has no time zone; it was read as UTC.");
    case HopFlag::NoDate:
        return tr("This hop has no date.");
    case HopFlag::UnparsedDate:
        return tr("The date of this hop could not be read.");
    case HopFlag::ClockSkew:
        return tr("Dated before the previous hop: one of the two servers has a wrong clock.");
    case HopFlag::UnparsedText:
        return tr("Part of this header could not be read; it is kept as written.");
    }
    return QString();
}
