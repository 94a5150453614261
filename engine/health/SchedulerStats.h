#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace ms {

/// How the scheduler keeps up. It runs each probe every period_s from a fixed phase; a run
/// that starts more than HealthSettings::lagToleranceMs after its time is late, one whose
/// previous run is still going is skipped (an overrun), and periods it slept through are
/// missed. Any of these puts it behind schedule until a minute passes without one.
struct SchedulerStats
{
    int probes = 0; ///< probes scheduled
    int running = 0; ///< checks in flight
    int queued = 0; ///< due, waiting for a free slot
    int maxConcurrent = 0;
    qint64 started = 0; ///< checks started since start()
    qint64 late = 0;
    qint64 overruns = 0;
    qint64 missed = 0;
    qint64 maxLagMs = 0; ///< the largest start delay seen in the current minute
    bool behind = false;
};

} // namespace ms

Q_DECLARE_METATYPE(ms::SchedulerStats)
