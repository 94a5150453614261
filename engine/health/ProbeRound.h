#pragma once

#include "core/Clock.h"
#include "core/Job.h"
#include "health/ProbeResult.h"
#include "health/ProbeSpec.h"

#include <QList>

namespace ms {

class ProbeCheck;
class ProbeExecutor;

/// Runs each probe once, now — periods and initial delays ignored, timeouts kept — at most
/// maxConcurrent at a time: `mothershipctl health` and a deployment's health gate. A scope's
/// startup probes run first; the scope's other probes run only if they pass (otherwise they
/// are reported as not run, as the monitor would hold them back). No circuit breaker: every
/// probe is tried.
///
/// finished() comes when every probe has an outcome; the round itself fails only when
/// cancelled.
class ProbeRound : public Job
{
    Q_OBJECT

public:
    struct Run
    {
        ProbeSpec spec;
        bool ran = false;
        ProbeResult result; ///< when ran
        QString notRun; ///< why it did not run
    };

    ProbeRound(const QList<ProbeSpec>& probes, const Clock& clock, int maxConcurrent = 32,
               QObject* parent = nullptr);
    ~ProbeRound() override;

    void start() override;

    /// In the order given. Complete once finished.
    const QList<Run>& runs() const { return m_runs; }
    /// Whether a liveness probe ran and failed.
    bool livenessFailed() const;

protected:
    void onCancel() override;

private:
    enum class Step {
        Waiting,
        Running,
        Done,
    };
    void launchReady();
    /// Index of a startup probe @p i waits for that has not finished, -1 when none; sets
    /// @p failed to a startup probe that failed.
    int blockingStartup(qsizetype i, qsizetype* failed) const;

    const Clock& m_clock;
    int m_maxConcurrent;
    ProbeExecutor* m_executor;
    QList<Run> m_runs;
    QList<Step> m_steps;
    int m_running = 0;
    bool m_launching = false;
};

} // namespace ms
