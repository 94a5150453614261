#pragma once

#include "health/HealthState.h"

#include <QDateTime>

namespace ms {

/// A probe's state through its thresholds, as Kubernetes counts them: failure_threshold
/// consecutive failures make it fail, success_threshold consecutive passes make it pass.
/// It starts unknown and leaves that state by the same counts, so a site is not called down
/// for one refused connection while it boots.
///
/// A state stored by an earlier run (restore()) is taken back, with its since, as soon as a
/// result agrees with it: "up since Tuesday" survives a restart of the console.
class ProbeTracker
{
public:
    explicit ProbeTracker(int failureThreshold = 3, int successThreshold = 1);

    /// Remembers @p state since @p since from an earlier run. The tracker stays Unknown until
    /// the first result; a first result that agrees with @p state restores it.
    void restore(ProbeState state, const QDateTime& since);

    /// Counts one result observed at @p at. Returns true when state() changed.
    bool record(ProbeOutcome outcome, const QDateTime& at);

    /// Back to Unknown with no counts (a probe waiting for its startup probe again).
    void reset();

    ProbeState state() const { return m_state; }
    /// When the current state began; invalid while Unknown.
    const QDateTime& since() const { return m_since; }
    int consecutiveFailures() const { return m_failures; }
    int consecutivePasses() const { return m_passes; }
    int failureThreshold() const { return m_failureThreshold; }
    int successThreshold() const { return m_successThreshold; }

private:
    int m_failureThreshold;
    int m_successThreshold;
    ProbeState m_state = ProbeState::Unknown;
    QDateTime m_since;
    int m_failures = 0;
    int m_passes = 0;
    ProbeState m_restored = ProbeState::Unknown;
    QDateTime m_restoredSince;
};

} // namespace ms
