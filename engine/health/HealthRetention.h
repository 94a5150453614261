#pragma once

#include "core/Result.h"
#include "health/HealthSettings.h"
#include "store/HealthRecords.h"

#include <QCoreApplication>
#include <QList>

namespace ms {

class HealthRepository;

/// Rollups and retention: every complete minute of raw samples becomes one row per probe
/// (count, failures, and min / p50 / p95 / max latency of the passed samples), then raw
/// samples older than the raw window and rollups older than the rollup window are deleted.
/// A raw sample is never deleted before its minute is rolled up.
class HealthRetention
{
    Q_DECLARE_TR_FUNCTIONS(HealthRetention)

public:
    static constexpr qint64 MinuteMs = 60 * 1000;
    /// Minutes rolled up per transaction, so a long catch-up never holds everything in memory.
    static constexpr qint64 SliceMs = 15 * MinuteMs;

    struct Summary
    {
        qint64 minutesRolled = 0; ///< how far the watermark moved, in minutes
        qint64 rollupsWritten = 0;
        qint64 samplesDeleted = 0;
        qint64 rollupsDeleted = 0;
    };

    /// Rolls up the minutes that ended at least settleMs before @p nowMs and applies the
    /// windows of @p settings. Another process rolling up at the same time is not an error:
    /// this one stops and leaves the rest to it.
    [[nodiscard]] static Result<Summary> run(HealthRepository& repository, qint64 nowMs,
                                             const RetentionSettings& settings);

    /// The rollups of @p samples (ordered by probe, then time): one per probe and minute.
    static QList<HealthRollupRecord> rollUp(const QList<HealthSampleRecord>& samples);

    /// @p ms rounded down to its minute.
    static qint64 minuteOf(qint64 ms) { return ms - ((ms % MinuteMs) + MinuteMs) % MinuteMs; }
};

} // namespace ms
