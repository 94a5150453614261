#include "health/ProbeTracker.h"

#include <algorithm>

namespace ms {

ProbeTracker::ProbeTracker(int failureThreshold, int successThreshold)
    : m_failureThreshold(std::max(1, failureThreshold))
    , m_successThreshold(std::max(1, successThreshold))
{
}

void ProbeTracker::restore(ProbeState state, const QDateTime& since)
{
    m_restored = since.isValid() ? state : ProbeState::Unknown;
    m_restoredSince = since;
}

bool ProbeTracker::record(ProbeOutcome outcome, const QDateTime& at)
{
    const bool passed = !HealthNames::isFailure(outcome);
    if (passed) {
        ++m_passes;
        m_failures = 0;
    } else {
        ++m_failures;
        m_passes = 0;
    }
    const ProbeState observed = passed ? ProbeState::Passing : ProbeState::Failing;

    if (m_state == ProbeState::Unknown && m_restored != ProbeState::Unknown) {
        // Only the first result may take the stored state back.
        const ProbeState restored = std::exchange(m_restored, ProbeState::Unknown);
        if (restored == observed) {
            m_state = restored;
            m_since = m_restoredSince;
            return true;
        }
    }

    ProbeState next = m_state;
    if (passed && m_state != ProbeState::Passing && m_passes >= m_successThreshold)
        next = ProbeState::Passing;
    else if (!passed && m_state != ProbeState::Failing && m_failures >= m_failureThreshold)
        next = ProbeState::Failing;
    if (next == m_state)
        return false;
    m_state = next;
    m_since = at;
    return true;
}

void ProbeTracker::reset()
{
    m_state = ProbeState::Unknown;
    m_since = {};
    m_failures = 0;
    m_passes = 0;
}

} // namespace ms
