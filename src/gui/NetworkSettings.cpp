#include "NetworkSettings.h"

#include "OvhClient.h"

#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString RateKey = u"network/requestsPerSecond"_s;
}

int NetworkSettings::requestsPerSecond()
{
    bool ok = false;
    const int value = QSettings().value(RateKey, DefaultRequestsPerSecond).toInt(&ok);
    return ok ? std::clamp(value, 0, MaxRequestsPerSecond) : DefaultRequestsPerSecond;
}

void NetworkSettings::setRequestsPerSecond(int perSecond)
{
    QSettings().setValue(RateKey, std::clamp(perSecond, 0, MaxRequestsPerSecond));
}

void NetworkSettings::applyTo(OvhClient *client)
{
    if (!client)
        return;
    OvhClient::Limits limits = client->limits();
    limits.requestsPerSecond = requestsPerSecond();
    client->setLimits(limits);
}
