#include "NetworkSettings.h"

#include "OvhClient.h"

#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString RateKey = u"network/requestsPerSecond"_s;
const QString GiveUpKey = u"network/giveUpSeconds"_s;
} // namespace

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

int NetworkSettings::giveUpSeconds()
{
    bool ok = false;
    const int value = QSettings().value(GiveUpKey, DefaultGiveUpSeconds).toInt(&ok);
    return ok ? std::clamp(value, MinGiveUpSeconds, MaxGiveUpSeconds) : DefaultGiveUpSeconds;
}

void NetworkSettings::setGiveUpSeconds(int seconds)
{
    QSettings().setValue(GiveUpKey, std::clamp(seconds, MinGiveUpSeconds, MaxGiveUpSeconds));
}

void NetworkSettings::applyTo(OvhClient *client)
{
    if (!client)
        return;
    OvhClient::Limits limits = client->limits();
    limits.requestsPerSecond = requestsPerSecond();
    limits.deadlineMs = giveUpSeconds() * 1000;
    // One attempt never outlasts the whole call.
    limits.transferTimeoutMs = std::min(OvhClient::Limits().transferTimeoutMs, limits.deadlineMs);
    client->setLimits(limits);
}
