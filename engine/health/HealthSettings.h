#pragma once

#include "core/Result.h"
#include "health/CircuitBreaker.h"

#include <QCoreApplication>
#include <QString>

namespace ms {

class SettingsRepository;

/// How long raw samples and rollups are kept.
struct RetentionSettings
{
    qint64 rawMs = 24LL * 3600 * 1000; ///< raw samples (default 24 h)
    qint64 rollupMs = 30LL * 24 * 3600 * 1000; ///< one-minute rollups (default 30 days)
    /// A minute is rolled up once it is this far in the past, so samples still being written
    /// (the writer flushes every second) land in it first.
    qint64 settleMs = 2 * 60 * 1000;

    bool operator==(const RetentionSettings&) const = default;
};

/// The monitor's knobs. Read from the settings table by load(), so an administrator changes
/// them with `mothershipctl settings set health.raw_retention_hours 48`.
struct HealthSettings
{
    Q_DECLARE_TR_FUNCTIONS(HealthSettings)

public:
    int maxConcurrent = 32; ///< checks in flight at once
    qint64 lagToleranceMs = 1000; ///< a check starting later than this is late
    BreakerSettings breaker;
    RetentionSettings retention;
    int flushIntervalMs = 1000; ///< how often samples are written
    int maxBatch = 10000; ///< samples that trigger a write before the interval is up
    qint64 maintenanceIntervalMs = 5 * 60 * 1000; ///< rollups and retention

    /// Keys of the settings table: health.raw_retention_hours, health.rollup_retention_days,
    /// health.max_concurrent, health.breaker_failures, health.breaker_recovery_s.
    static QStringList keys();
    /// The defaults overridden by whatever @p settings holds. A value that is not a whole
    /// number in range is a Validation error naming its key.
    [[nodiscard]] static Result<HealthSettings> load(const SettingsRepository& settings);

    bool operator==(const HealthSettings&) const = default;
};

} // namespace ms
