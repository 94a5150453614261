#include "health/HealthQueryJob.h"

#include "health/HealthHistory.h"

namespace ms {

HealthQueryJob::HealthQueryJob(Kind kind, Database& database, const Clock& clock,
                               const RetentionSettings& retention, const HealthScope& scope,
                               const TimeWindow& window, qint64 bucketMs, QObject* parent)
    : Job(parent)
    , m_kind(kind)
    , m_database(database)
    , m_clock(clock)
    , m_retention(retention)
    , m_scope(scope)
    , m_window(window)
    , m_bucketMs(bucketMs)
{
}

void HealthQueryJob::start()
{
    runInPool(
        [this]() -> Answer {
            Answer a;
            const HealthHistory history(m_database, m_clock, m_retention);
            switch (m_kind) {
            case Kind::Report:
                if (auto r = history.report(m_scope.site, m_window))
                    a.report = *r;
                else
                    a.error = r.error();
                break;
            case Kind::Statistics:
                if (auto r = history.statistics(m_scope, m_window))
                    a.statistics = *r;
                else
                    a.error = r.error();
                break;
            case Kind::Series:
                if (auto r = history.series(m_scope, m_window, m_bucketMs))
                    a.series = *r;
                else
                    a.error = r.error();
                break;
            case Kind::Events:
                if (auto r = history.events(m_scope.site, m_window))
                    a.events = *r;
                else
                    a.error = r.error();
                break;
            }
            return a;
        },
        [this](const Answer& a) {
            m_report = a.report;
            m_statistics = a.statistics;
            m_series = a.series;
            m_events = a.events;
            finish(isCancelled() && !a.error.isError()
                       ? Error(ErrorCode::Cancelled, tr("The query was cancelled."))
                       : a.error);
        });
}

} // namespace ms
