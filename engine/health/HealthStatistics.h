#pragma once

#include "health/HealthEvent.h"
#include "health/LatencySummary.h"
#include "health/TimeWindow.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace ms {

/// What statistics are about: a site (its own probes and its modules'), a module, or one probe.
struct HealthScope
{
    QString site;
    QString module; ///< empty: the site as a whole, or a probe of the site itself
    QString probe; ///< a probe's name; empty for a site or module

    static HealthScope ofSite(const QString& site) { return {site, {}, {}}; }
    static HealthScope ofModule(const QString& site, const QString& module) { return {site, module, {}}; }
    static HealthScope ofProbe(const QString& site, const QString& module, const QString& probe)
    {
        return {site, module, probe};
    }
    bool isProbe() const { return !probe.isEmpty(); }
    bool isModule() const { return probe.isEmpty() && !module.isEmpty(); }
};

/// Uptime and latency of a scope over a window, and its current state. Uptime is the share
/// of samples that passed (a breaker_open sample counts as failed); latency covers passed
/// samples only — how fast a healthy answer comes. Inside the raw retention window every
/// figure is exact; beyond it count, failures, min and max stay exact and p50 / p95 are the
/// sample-weighted medians of the per-minute p50 and p95 (approximate is then true).
struct HealthStatistics
{
    HealthScope scope;
    QString kind; ///< a probe's kind ("liveness"); empty for a site or module
    TimeWindow window;
    qint64 samples = 0;
    qint64 failures = 0;
    LatencySummary latency;
    bool approximate = false;

    /// "up" / "not_ready" / … for a site or module, "passing" / "failing" / "unknown" for a
    /// probe (HealthNames words), as last stored.
    QString state;
    QDateTime since;
    QDateTime lastChecked;
    QString lastError;
    QDateTime lastErrorAt;

    /// Passed samples in percent; −1 without samples.
    double uptimePercent() const
    {
        return samples == 0 ? -1.0 : 100.0 * double(samples - failures) / double(samples);
    }
};

/// One bucket of a time series for a chart.
struct SeriesPoint
{
    QDateTime start; ///< the bucket is [start, start + bucket)
    qint64 samples = 0;
    qint64 failures = 0;
    LatencySummary latency;
    bool approximate = false;

    double uptimePercent() const
    {
        return samples == 0 ? -1.0 : 100.0 * double(samples - failures) / double(samples);
    }
};

/// A site's statistics with its modules', its probes' and its recent transitions.
struct HealthReport
{
    HealthStatistics site;
    QList<HealthStatistics> modules;
    QList<HealthStatistics> probes;
    QList<HealthEvent> events; ///< newest first
};

} // namespace ms

Q_DECLARE_METATYPE(ms::HealthStatistics)
Q_DECLARE_METATYPE(ms::SeriesPoint)
