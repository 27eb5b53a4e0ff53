#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

void RateLimiter::configure(double requestsPerSecond, int burst)
{
    m_rate = std::max(0.0, requestsPerSecond);
    m_capacity = std::max(1, burst);
    m_tokens = m_capacity;
    m_updatedMs = -1;
}

void RateLimiter::refill(qint64 nowMs)
{
    if (m_updatedMs >= 0 && nowMs > m_updatedMs)
        m_tokens = std::min(m_capacity, m_tokens + (nowMs - m_updatedMs) / 1000.0 * m_rate);
    if (m_updatedMs < 0 || nowMs > m_updatedMs)
        m_updatedMs = nowMs;
}

bool RateLimiter::tryTake(qint64 nowMs)
{
    if (!isEnabled())
        return true;
    refill(nowMs);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

int RateLimiter::msUntilNextToken(qint64 nowMs)
{
    if (!isEnabled())
        return 0;
    refill(nowMs);
    if (m_tokens >= 1)
        return 0;
    return int(std::ceil((1 - m_tokens) * 1000.0 / m_rate));
}
