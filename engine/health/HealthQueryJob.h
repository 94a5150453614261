#pragma once

#include "core/Clock.h"
#include "core/Job.h"
#include "health/HealthSettings.h"
#include "health/HealthStatistics.h"

namespace ms {

class Database;

/// A HealthHistory query on the thread pool, for the console: statistics, a chart's series,
/// a site's report or its transitions. finished() comes back on the job's thread; then the
/// matching getter holds the answer, or error() says why there is none.
class HealthQueryJob : public Job
{
    Q_OBJECT

public:
    enum class Kind {
        Report, ///< HealthHistory::report()
        Statistics, ///< HealthHistory::statistics()
        Series, ///< HealthHistory::series()
        Events, ///< HealthHistory::events()
    };

    /// @p database and @p clock must outlive the job.
    HealthQueryJob(Kind kind, Database& database, const Clock& clock, const RetentionSettings& retention,
                   const HealthScope& scope, const TimeWindow& window, qint64 bucketMs = 0,
                   QObject* parent = nullptr);

    void start() override;

    Kind kind() const { return m_kind; }
    const HealthReport& report() const { return m_report; }
    const HealthStatistics& statistics() const { return m_statistics; }
    const QList<SeriesPoint>& series() const { return m_series; }
    const QList<HealthEvent>& events() const { return m_events; }

private:
    struct Answer
    {
        Error error;
        HealthReport report;
        HealthStatistics statistics;
        QList<SeriesPoint> series;
        QList<HealthEvent> events;
    };

    Kind m_kind;
    Database& m_database;
    const Clock& m_clock;
    RetentionSettings m_retention;
    HealthScope m_scope;
    TimeWindow m_window;
    qint64 m_bucketMs;
    HealthReport m_report;
    HealthStatistics m_statistics;
    QList<SeriesPoint> m_series;
    QList<HealthEvent> m_events;
};

} // namespace ms
