#pragma once

#include "health/HealthState.h"

#include <QtGlobal>

namespace ms {

/// When a CircuitBreaker opens and how long it stays open.
struct BreakerSettings
{
    int failureThreshold = 5; ///< consecutive failures that open it
    qint64 recoveryMs = 30000; ///< how long it stays open before a trial

    bool operator==(const BreakerSettings&) const = default;
};

/// The circuit breaker of one probe target (a URL's scheme, host and port, a host:port, or a
/// command), so that a dead site is not hammered by every probe that points at it:
///
///     closed ── failureThreshold consecutive failures ──▶ open
///     open ── recovery timeout passed, next allow() ──▶ half-open (one trial run)
///     half-open ── trial passes ──▶ closed;  trial fails ──▶ open (the timeout starts again)
///
/// Times are a monotonic clock's milliseconds (Clock::monotonicMs()), so tests drive it with
/// a ManualClock. Not thread-safe: it belongs to the scheduler's thread.
class CircuitBreaker
{
public:
    using Settings = BreakerSettings;

    explicit CircuitBreaker(Settings settings = {});

    /// Whether a probe may run now. Closed: yes. Open: no, unless the recovery timeout has
    /// passed — then it turns half-open and lets this one trial through. Half-open: no while
    /// the trial runs.
    bool allow(qint64 nowMs);
    /// The outcome of a run that allow() let through.
    void recordSuccess();
    void recordFailure(qint64 nowMs);
    /// A run that allow() let through ended without an outcome (cancelled): a half-open
    /// breaker may try again.
    void abandon();

    BreakerState state() const { return m_state; }
    int consecutiveFailures() const { return m_failures; }
    /// When it last opened; meaningful while open or half-open.
    qint64 openedAtMs() const { return m_openedAtMs; }
    /// When an open breaker lets the next trial through.
    qint64 retryAtMs() const { return m_openedAtMs + m_settings.recoveryMs; }
    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
    BreakerState m_state = BreakerState::Closed;
    int m_failures = 0;
    qint64 m_openedAtMs = 0;
    bool m_trialRunning = false;
};

} // namespace ms
