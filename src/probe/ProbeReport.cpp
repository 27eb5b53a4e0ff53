#include "ProbeReport.h"

#include <algorithm>

int ProbeReport::countOf(ProbeStatus status) const
{
    return int(std::count_if(checks.cbegin(), checks.cend(),
                             [status](const ProbeCheck &c) { return c.status == status; }));
}

const ProbeCheck *ProbeReport::check(QStringView id) const
{
    for (const auto &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}
