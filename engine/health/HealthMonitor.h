#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "health/BreakerStatus.h"
#include "health/HealthEvent.h"
#include "health/HealthQueryJob.h"
#include "health/HealthSample.h"
#include "health/HealthSettings.h"
#include "health/HealthStatistics.h"
#include "health/ProbeConfig.h"
#include "health/ProbeStatus.h"
#include "health/SchedulerStats.h"
#include "health/ScopeHealth.h"

#include <QHash>
#include <QObject>
#include <optional>

class QThread;

namespace ms {

class Database;
class HealthScheduler;

/// The health of every site, as the console holds it. Probing runs on a thread of its own (a
/// HealthScheduler there, its samples written in batches on the thread pool), so neither
/// probing nor storage ever waits on the GUI thread, nor the GUI on them.
///
/// The state getters answer at once from a copy kept on the monitor's thread, updated by the
/// signals below; history comes from HealthHistory through HealthQueryJob.
///
///     HealthMonitor monitor(database);
///     monitor.setProbes(ProbeConfig::forSites(sites), siteNames);
///     connect(&monitor, &HealthMonitor::transition, notifications, &Notifications::show);
///     monitor.start();
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    /// @p database and @p clock must outlive the monitor.
    explicit HealthMonitor(Database& database, const Clock& clock = Clock::system(),
                           QObject* parent = nullptr);
    /// Stops probing, waits for the last write and ends the monitor's thread.
    ~HealthMonitor() override;

    /// Takes effect at the next start().
    void setSettings(const HealthSettings& settings) { m_settings = settings; }
    const HealthSettings& settings() const { return m_settings; }
    /// setSettings() from the settings table (HealthSettings::load).
    [[nodiscard]] Status loadSettings();

    /// The probes to run and the sites they cover. While running, unchanged probes keep their
    /// state; the others start afresh. @p config's problems are left to the caller to show.
    void setProbes(const ProbeConfig& config, const QStringList& sites);

    /// Takes back the states stored by the last run (so "up since" survives a restart) and
    /// starts probing. Returns at once; started() follows.
    void start();
    /// Cancels the checks in flight and stores what is pending; stopped() follows.
    void stop();
    bool isRunning() const { return m_running; }
    /// Starts what is due now. For tests that move a ManualClock; the monitor's timer does it
    /// otherwise.
    void pollNow();

    QList<ProbeStatus> probes() const;
    std::optional<ProbeStatus> probe(const QString& key) const;
    /// Every site, by name.
    QList<ScopeHealth> sites() const;
    std::optional<ScopeHealth> site(const QString& name) const;
    /// @p site's modules that have probes, by name.
    QList<ScopeHealth> modules(const QString& site) const;
    QList<BreakerStatus> breakers() const;
    SchedulerStats schedulerStats() const { return m_stats; }

    /// Queries on the thread pool (start them; they finish on this thread).
    HealthQueryJob* reportJob(const QString& site, const TimeWindow& window, QObject* parent = nullptr);
    HealthQueryJob* statisticsJob(const HealthScope& scope, const TimeWindow& window,
                                  QObject* parent = nullptr);
    /// @p bucketMs 0: HealthHistory::bucketFor(window).
    HealthQueryJob* seriesJob(const HealthScope& scope, const TimeWindow& window, qint64 bucketMs = 0,
                              QObject* parent = nullptr);
    HealthQueryJob* eventsJob(const QString& site, const TimeWindow& window, QObject* parent = nullptr);

Q_SIGNALS:
    void started();
    void stopped();
    /// A probe's state or latest result changed.
    void probeChanged(const ms::ProbeStatus& status);
    /// A site's or module's state, reason or counts changed.
    void scopeChanged(const ms::ScopeHealth& health);
    void breakerChanged(const ms::BreakerStatus& status);
    /// A transition worth a notification (event.notify): up → down, ready → not ready, a
    /// breaker opening or closing. Already stored and in the audit log.
    void transition(const ms::HealthEvent& event);
    /// Each sample as it is recorded, for live charts. Samples and probeChanged() arrive in
    /// batches ten times a second; every other signal comes after the batch before it.
    void sampleRecorded(const ms::HealthSample& sample);
    /// Probes start later than their period says (see SchedulerStats); repeated every 10 s
    /// while it lasts.
    void behindSchedule(const ms::SchedulerStats& stats);
    void backOnSchedule(const ms::SchedulerStats& stats);
    /// Samples could not be stored; they wait for the next write.
    void storageFailed(const ms::Error& error);

private:
    class Relay;
    void takeBatch(const QList<ProbeStatus>& probes, const QList<HealthSample>& samples);
    void takeSnapshot(const QList<ProbeStatus>& probes, const QList<ScopeHealth>& scopes,
                      const QList<BreakerStatus>& breakers);

    Database& m_database;
    const Clock& m_clock;
    HealthSettings m_settings;
    QThread* m_thread;
    HealthScheduler* m_scheduler = nullptr;
    bool m_running = false;
    QList<ProbeSpec> m_probes;
    QStringList m_sites;

    QHash<QString, ProbeStatus> m_probeStatus;
    QStringList m_probeOrder;
    QHash<QString, ScopeHealth> m_scopes;
    QHash<QString, BreakerStatus> m_breakers;
    SchedulerStats m_stats;
};

} // namespace ms
