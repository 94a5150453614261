#pragma once

#include "core/Clock.h"
#include "health/BreakerStatus.h"
#include "health/CircuitBreaker.h"
#include "health/HealthEvent.h"
#include "health/HealthSample.h"
#include "health/HealthSettings.h"
#include "health/ProbeStatus.h"
#include "health/ProbeTracker.h"
#include "health/SchedulerStats.h"
#include "health/ScopeHealth.h"
#include "store/HealthRecords.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <memory>
#include <queue>
#include <vector>

namespace ms {

class Database;
class ProbeCheck;
class ProbeExecutor;
class SampleWriter;

/// Runs every probe on its period, all from one timer on the thread that owns it, with the
/// checks' I/O asynchronous on that same thread — it never waits in a blocking call.
///
/// - Each probe runs every period_s at a fixed phase: initial_delay_s after start() plus a
///   stable offset in [0, period) hashed from its key, so a thousand probes do not all fire
///   in the same millisecond, and a restart keeps their rhythm.
/// - At most maxConcurrent checks run at once; the rest wait in order of their due time.
///   Late starts, overruns and missed periods are counted (stats()) and announced by
///   behindSchedule().
/// - A scope's startup probes (the site's, and a module's own) hold its other probes back
///   until each has passed once; then they run no more.
/// - One CircuitBreaker per target; while it is open the probes of that target are not run
///   and record a BreakerOpen sample (a failure) instead.
/// - Results go through ProbeTracker; probe, site and module states are re-evaluated and
///   changes become signals and HealthEvents. With a database, samples, states and events
///   go to a SampleWriter.
///
/// Time comes from the Clock: with a ManualClock a test moves time and calls poll().
class HealthScheduler : public QObject
{
    Q_OBJECT

public:
    /// @p database (may be null: nothing is stored) and @p clock must outlive the scheduler.
    HealthScheduler(Database* database, const Clock& clock, const HealthSettings& settings,
                    QObject* parent = nullptr);
    ~HealthScheduler() override;

    /// The probes to run. Probes whose spec is unchanged keep their state and rhythm; new ones
    /// are scheduled as at start; removed ones are cancelled and forgotten. @p sites are the
    /// sites the configuration covers (their probes no longer listed become inactive in the
    /// database).
    void setProbes(const QList<ms::ProbeSpec>& probes, const QStringList& sites);
    /// States stored by an earlier run (HealthRepository::probes() and the latest site and
    /// module events), taken back when the first results agree with them.
    void restore(const QList<ms::HealthProbeRecord>& probes, const QList<ms::HealthEventRecord>& scopeEvents);
    /// restore() from the scheduler's database (nothing without one).
    [[nodiscard]] Status restoreFromDatabase();

    /// Schedules every probe and starts the timer.
    void start();
    /// Cancels the running checks (they record nothing), writes what is pending — waiting for
    /// it on this thread, which is why the scheduler never lives on the GUI thread — and
    /// emits stopped().
    void stop();
    bool isRunning() const { return m_running; }

    /// Starts every check that is due by now. The timer calls it; tests with a ManualClock too.
    void poll();

    QList<ms::ProbeStatus> probeStatuses() const;
    /// Sites first, each followed by its modules, by name.
    QList<ms::ScopeHealth> scopes() const;
    QList<ms::BreakerStatus> breakers() const;
    ms::SchedulerStats stats() const;
    const HealthSettings& settings() const { return m_settings; }

    /// The first run's offset of @p key within @p periodMs: FNV-1a of the key, so stable
    /// across runs and machines.
    static qint64 spreadOffset(const QString& key, qint64 periodMs);

Q_SIGNALS:
    void probeChanged(const ms::ProbeStatus& status);
    void scopeChanged(const ms::ScopeHealth& health);
    void breakerChanged(const ms::BreakerStatus& status);
    /// Every stored transition; event.notify tells those worth a notification.
    void transition(const ms::HealthEvent& event);
    void sampleRecorded(const ms::HealthSample& sample);
    /// The scheduler fell behind (at most every 10 s while it stays behind).
    void behindSchedule(const ms::SchedulerStats& stats);
    /// A minute passed without a late start, an overrun or a missed period.
    void backOnSchedule(const ms::SchedulerStats& stats);
    void storageFailed(const ms::Error& error);
    /// The whole picture after setProbes() or start(): every probe, scope and breaker.
    void configured(const QList<ms::ProbeStatus>& probes, const QList<ms::ScopeHealth>& scopes,
                    const QList<ms::BreakerStatus>& breakers);
    void started();
    void stopped();

private:
    struct Entry;
    struct Breaker
    {
        CircuitBreaker breaker;
        QDateTime since;
        QStringList sites;
    };
    struct Due
    {
        qint64 dueMs;
        quint64 order; ///< ties: first scheduled first
        std::shared_ptr<Entry> entry;
        quint64 generation;
        bool operator>(const Due& other) const
        {
            return dueMs != other.dueMs ? dueMs > other.dueMs : order > other.order;
        }
    };

    void schedule(const std::shared_ptr<Entry>& entry, qint64 dueMs);
    void scheduleFirst(const std::shared_ptr<Entry>& entry, qint64 nowMs);
    void onDue(const std::shared_ptr<Entry>& entry, qint64 dueMs, qint64 nowMs);
    void drain();
    void launch(const std::shared_ptr<Entry>& entry, qint64 dueMs, qint64 nowMs);
    void onCheckFinished(const std::shared_ptr<Entry>& entry, ProbeCheck* check);
    void record(Entry& entry, const ProbeResult& result);
    void reevaluate(const QString& site, const QString& module);
    void updateScope(const QString& site, const QString& module);
    QString waitingFor(const Entry& entry) const;
    void openGates(const QString& site);
    void breakerMoved(const QString& target, Breaker& b, BreakerState before, const QString& site,
                      const QString& detail);
    BreakerStatus breakerStatus(const QString& target, const Breaker& b) const;
    ProbeStatus statusOf(const Entry& entry) const;
    void slipped(qint64 nowMs);
    void arm();
    void persistState(const Entry& entry);

    Database* m_database;
    const Clock& m_clock;
    HealthSettings m_settings;
    ProbeExecutor* m_executor;
    SampleWriter* m_writer = nullptr;
    QTimer m_timer {this}; // parented, so that moveToThread() takes it along

    QHash<QString, std::shared_ptr<Entry>> m_entries; ///< by key
    QStringList m_order; ///< keys in configuration order
    QHash<QString, QStringList> m_bySite; ///< keys by site, in configuration order
    QHash<QString, Breaker> m_breakers; ///< by target
    QHash<QString, ScopeHealth> m_scopes; ///< by "site" / "site/module"
    QHash<QString, QPair<ScopeState, QDateTime>> m_restoredScopes;
    QHash<QString, HealthProbeRecord> m_restoredProbes;
    QSet<QString> m_passedStartup; ///< keys of startup probes that passed once

    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_heap;
    std::deque<std::pair<std::shared_ptr<Entry>, qint64>> m_ready; ///< due, waiting for a slot
    quint64 m_sequence = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_draining = false;

    SchedulerStats m_stats;
    qint64 m_lastSlipMs = -1;
    qint64 m_lastBehindSignalMs = -1;
    qint64 m_lagWindowStartMs = 0;
};

} // namespace ms
