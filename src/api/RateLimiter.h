#pragma once

#include <QtGlobal>

// A token bucket: `rate` requests per second on average, up to `burst` at once. Time is
// passed in (milliseconds), so the arithmetic is testable without waiting.
class RateLimiter
{
public:
    void configure(double requestsPerSecond, int burst);
    bool isEnabled() const { return m_rate > 0; }
    // Takes a token if one is available at `nowMs`.
    bool tryTake(qint64 nowMs);
    // How long until a token is available (0 when one is).
    int msUntilNextToken(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_rate = 0;
    double m_capacity = 1;
    double m_tokens = 1;
    qint64 m_updatedMs = -1;
};
