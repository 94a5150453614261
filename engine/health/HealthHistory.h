#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "health/HealthSettings.h"
#include "health/HealthStatistics.h"
#include "store/HealthRecords.h"

#include <QCoreApplication>
#include <QList>

namespace ms {

class Database;

/// Statistics, time series and transitions from the database — the history the monitor
/// wrote, whether or not a monitor runs now. Raw samples answer inside the raw retention
/// window; beyond it the one-minute rollups do (with raw samples for the minutes not yet
/// rolled up). Every call runs on the calling thread's connection: from the GUI use
/// HealthQueryJob.
class HealthHistory
{
    Q_DECLARE_TR_FUNCTIONS(HealthHistory)

public:
    /// @p database and @p clock must outlive the history.
    HealthHistory(Database& database, const Clock& clock, const RetentionSettings& retention = {});

    /// @p site's statistics over @p window: the site as a whole, each module, each probe (the
    /// current ones, and retired ones that have samples in the window), and its transitions.
    /// NotFound when the site has never been probed.
    [[nodiscard]] Result<HealthReport> report(const QString& site, const TimeWindow& window) const;
    /// The statistics of one scope.
    [[nodiscard]] Result<HealthStatistics> statistics(const HealthScope& scope,
                                                      const TimeWindow& window) const;
    /// @p scope's samples over @p window in buckets of @p bucketMs (0: bucketFor(window)), empty
    /// buckets included, oldest first.
    [[nodiscard]] Result<QList<SeriesPoint>> series(const HealthScope& scope, const TimeWindow& window,
                                                    qint64 bucketMs = 0) const;
    /// Transitions of @p site (all sites when empty) in @p window, newest first.
    [[nodiscard]] Result<QList<HealthEvent>> events(const QString& site, const TimeWindow& window,
                                                    int limit = 200) const;

    /// A bucket that gives a chart about 60–150 points: 1 min for an hour, 10 min for a day,
    /// 1 h for a week, 6 h beyond.
    static qint64 bucketFor(const TimeWindow& window);

private:
    struct Data;
    Result<Data> load(const QString& site, const TimeWindow& window) const;

    Database& m_database;
    const Clock& m_clock;
    RetentionSettings m_retention;
};

} // namespace ms
