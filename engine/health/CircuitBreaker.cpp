#include "health/CircuitBreaker.h"

#include <algorithm>

namespace ms {

CircuitBreaker::CircuitBreaker(Settings settings)
    : m_settings(settings)
{
    m_settings.failureThreshold = std::max(1, m_settings.failureThreshold);
    m_settings.recoveryMs = std::max<qint64>(0, m_settings.recoveryMs);
}

bool CircuitBreaker::allow(qint64 nowMs)
{
    switch (m_state) {
    case BreakerState::Closed:
        return true;
    case BreakerState::Open:
        if (nowMs < retryAtMs())
            return false;
        m_state = BreakerState::HalfOpen;
        m_trialRunning = true;
        return true;
    case BreakerState::HalfOpen:
        if (m_trialRunning)
            return false;
        m_trialRunning = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_state = BreakerState::Closed;
    m_failures = 0;
    m_trialRunning = false;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    switch (m_state) {
    case BreakerState::Closed:
        if (m_failures >= m_settings.failureThreshold) {
            m_state = BreakerState::Open;
            m_openedAtMs = nowMs;
        }
        break;
    case BreakerState::HalfOpen:
        m_state = BreakerState::Open;
        m_openedAtMs = nowMs;
        m_trialRunning = false;
        break;
    case BreakerState::Open:
        // A run let through before the breaker opened, ending late: it is open already.
        break;
    }
}

void CircuitBreaker::abandon()
{
    m_trialRunning = false;
}

} // namespace ms
