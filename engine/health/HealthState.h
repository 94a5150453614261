#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>

namespace ms {

/// How one run of a probe ended.
enum class ProbeOutcome {
    Passed, ///< the check held
    Failed, ///< it ran and did not hold: refused, wrong status or body, non-zero exit
    TimedOut, ///< no complete answer within the probe's timeout_s
    BreakerOpen, ///< not run: the target's circuit breaker is open; counts as a failure
};

/// A probe's state after its thresholds (Kubernetes': failure_threshold consecutive failures
/// to fail, success_threshold consecutive successes to pass again).
enum class ProbeState {
    Unknown, ///< no result yet (or waiting for the scope's startup probe)
    Passing, ///< the probe holds
    Failing, ///< the probe does not hold
};

/// The state of a site or of a module, from the states of its probes.
enum class ScopeState {
    Unknown, ///< no probe has a result yet
    Starting, ///< a startup probe has not passed yet; the other probes wait for it
    Up, ///< every probe with a result passes
    NotReady, ///< a readiness probe fails: up, but should not get traffic
    Down, ///< a liveness probe fails
};

/// A target's circuit breaker (one per URL authority, host:port or command).
enum class BreakerState {
    Closed, ///< probes run
    Open, ///< failed too often: probes are skipped until the recovery timeout has passed
    HalfOpen, ///< one trial probe may run; it closes the breaker or opens it again
};

/// The words the database, the JSON output and the audit log use for the states above.
class HealthNames
{
    Q_DECLARE_TR_FUNCTIONS(HealthNames)

public:
    static QString outcome(ProbeOutcome outcome); ///< "passed", "failed", "timed_out", "breaker_open"
    static std::optional<ProbeOutcome> outcomeFromName(QStringView name);
    static QString probeState(ProbeState state); ///< "unknown", "passing", "failing"
    static std::optional<ProbeState> probeStateFromName(QStringView name);
    static QString scopeState(ScopeState state); ///< "unknown", "starting", "up", "not_ready", "down"
    static std::optional<ScopeState> scopeStateFromName(QStringView name);
    static QString breakerState(BreakerState state); ///< "closed", "open", "half_open"
    static std::optional<BreakerState> breakerStateFromName(QStringView name);

    /// For people: "up", "not ready", "down", … translated.
    static QString describe(ScopeState state);
    static QString describe(ProbeState state);
    static QString describe(BreakerState state);

    /// Whether @p outcome counts against the probe (everything but Passed).
    static bool isFailure(ProbeOutcome outcome) { return outcome != ProbeOutcome::Passed; }
};

} // namespace ms
