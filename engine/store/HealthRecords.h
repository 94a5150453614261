#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ms {

/// A row of health_probes: one probe as the monitor knows it, and its latest state. The
/// health subsystem decides the words (kinds, methods, states); the store keeps them as text.
struct HealthProbeRecord
{
    qint64 id = 0; ///< assigned by HealthRepository::registerProbes()
    QString key; ///< "site/name" or "site/module/name", unique
    QString site;
    QString module; ///< empty for a probe of the site itself
    QString name;
    QString kind; ///< "startup", "readiness" or "liveness"
    QString method; ///< "http", "tcp" or "command"
    QString target; ///< what it checks: a URL, host:port or the program
    QString state = QStringLiteral("unknown"); ///< "unknown", "passing" or "failing"
    QDateTime stateSince; ///< invalid while unknown
    QDateTime lastChecked; ///< the time of the latest sample
    QString lastError; ///< the latest failure's detail
    QDateTime lastErrorAt;
    bool active = true; ///< false once the configuration no longer declares it

    bool operator==(const HealthProbeRecord&) const = default;
};

/// A row of health_samples: one run of one probe.
struct HealthSampleRecord
{
    qint64 probeId = 0;
    qint64 atMs = 0; ///< Unix milliseconds, when the outcome was known
    QString outcome; ///< "passed", "failed", "timed_out" or "breaker_open"
    qint64 latencyUs = -1; ///< -1 when no request was made
    QString detail; ///< why it failed, or what a command printed; capped, never a secret

    bool operator==(const HealthSampleRecord&) const = default;
};

/// A row of health_rollups: one probe's samples in one minute.
struct HealthRollupRecord
{
    qint64 probeId = 0;
    qint64 minuteMs = 0; ///< start of the minute, Unix milliseconds
    int samples = 0;
    int failures = 0;
    /// Over the passed samples only; -1 when none passed.
    qint64 latencyMinUs = -1;
    qint64 latencyP50Us = -1;
    qint64 latencyP95Us = -1;
    qint64 latencyMaxUs = -1;

    bool operator==(const HealthRollupRecord&) const = default;
};

/// A row of health_events: a site or module changing state, or a breaker opening or closing.
struct HealthEventRecord
{
    qint64 id = 0; ///< assigned when stored
    QDateTime at;
    QString subject; ///< "site", "module" or "breaker"
    QString site;
    QString module; ///< empty unless subject is "module"
    QString target; ///< the breaker's target; empty otherwise
    QString fromState;
    QString toState;
    QString detail; ///< the failure that caused it, when there is one

    bool operator==(const HealthEventRecord&) const = default;
};

/// What one flush of the monitor writes, in one transaction.
struct HealthWriteBatch
{
    QList<HealthSampleRecord> samples;
    /// By id: last_checked, last_error and last_error_at, and state and state_since unless
    /// the record's state is empty (a one-off check has no thresholds to decide a state; its
    /// empty last_error keeps the stored one).
    QList<HealthProbeRecord> states;
    QList<HealthEventRecord> events;

    bool isEmpty() const { return samples.isEmpty() && states.isEmpty() && events.isEmpty(); }
};

} // namespace ms
