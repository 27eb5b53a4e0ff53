#include "ProbeCheck.h"

using namespace Qt::StringLiterals;

namespace {
struct StatusName
{
    ProbeStatus status;
    QStringView id;
};
constexpr StatusName statusNames[] = {
    {ProbeStatus::Pass, u"pass"},
    {ProbeStatus::Warn, u"warn"},
    {ProbeStatus::Fail, u"fail"},
    {ProbeStatus::Skipped, u"skipped"},
};
} // namespace

QString probeStatusToId(ProbeStatus status)
{
    for (const auto &entry : statusNames)
        if (entry.status == status)
            return entry.id.toString();
    return {};
}

std::optional<ProbeStatus> probeStatusFromId(QStringView id)
{
    for (const auto &entry : statusNames)
        if (entry.id == id)
            return entry.status;
    return std::nullopt;
}
