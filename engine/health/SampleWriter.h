#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "health/HealthEvent.h"
#include "health/HealthRetention.h"
#include "health/HealthSettings.h"
#include "health/ProbeResult.h"
#include "health/ProbeSpec.h"
#include "store/HealthRecords.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <optional>

namespace ms {

class Database;

/// Writes what the probes find — samples, the probes' latest states, transitions — to the
/// database in batches on the thread pool, never on the thread that collects them: one write
/// in flight at a time, started every flushIntervalMs or when maxBatch samples are waiting.
/// Transitions worth telling someone also go to the audit log, as actor "mothership". The
/// rollups and retention of HealthRetention run after a write every maintenanceIntervalMs.
///
/// A write that fails is retried with the next one; while the database refuses, at most
/// MaxPending samples wait and the oldest are dropped (counted by dropped()).
class SampleWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxPending = 500000;

    /// @p database and @p clock must outlive the writer.
    SampleWriter(Database& database, const Clock& clock, const HealthSettings& settings,
                 QObject* parent = nullptr);
    /// Waits for a write in flight; what is still pending is lost (call finish() first).
    ~SampleWriter() override;

    /// The probes samples will come for, registered in the database before the next write;
    /// the other probes of @p sites are marked inactive there.
    void setProbes(const QList<ProbeSpec>& probes, const QStringList& sites);
    void addSample(const QString& key, const ProbeResult& result);
    /// The probe's latest state for its health_probes row; @p state nothing for a one-off
    /// check, which has no thresholds to decide one (only last_checked and the error change).
    void setProbeState(const QString& key, std::optional<ProbeState> state, const QDateTime& since,
                       const QDateTime& lastChecked, const QString& lastError, const QDateTime& lastErrorAt);
    void addEvent(const HealthEvent& event);

    /// Starts a write of everything pending unless one is in flight.
    void flush();
    /// Writes everything pending and waits for it on the calling thread — for shutdown and
    /// the command line, never for the GUI thread.
    [[nodiscard]] Status finish();

    qsizetype pendingSamples() const { return m_pending.samples.size(); }
    /// A write is in flight, or done but not yet taken back on this thread.
    bool isWriting() const { return m_taken != m_started; }
    qint64 writtenSamples() const { return m_written; }
    qint64 dropped() const { return m_dropped; }

Q_SIGNALS:
    /// A write landed with @p samples samples.
    void written(qint64 samples);
    void maintained(const ms::HealthRetention::Summary& summary);
    /// A write or the maintenance failed; the samples wait for the next write.
    void failed(const ms::Error& error);

private:
    struct Pending
    {
        QList<QPair<QString, HealthSampleRecord>> samples; ///< by probe key; ids filled in on write
        QHash<QString, HealthProbeRecord> states;
        QList<HealthEvent> events;
        QList<HealthProbeRecord> probes; ///< to register
        QStringList sites;
        bool registerProbes = false;
    };
    struct Outcome
    {
        Status status;
        Status auditStatus;
        QHash<QString, qint64> ids;
        qint64 samples = 0;
        bool maintained = false;
        Status maintenanceStatus;
        HealthRetention::Summary summary;
        Pending unwritten; ///< handed back when the write failed
    };

    static Outcome write(Database& database, Pending batch, QHash<QString, qint64> ids,
                         QHash<QString, HealthProbeRecord> known, bool maintain, qint64 nowMs,
                         RetentionSettings retention);
    void takeOutcome(Outcome outcome);
    void schedule();
    bool maintenanceDue() const;

    Database& m_database;
    const Clock& m_clock;
    HealthSettings m_settings;
    Pending m_pending;
    QHash<QString, qint64> m_ids;
    QHash<QString, HealthProbeRecord> m_known; ///< every probe ever given, by key
    // Parented, so that moveToThread() takes them along with the writer.
    QFutureWatcher<Outcome> m_watcher {this};
    QTimer m_timer {this};
    qint64 m_nextMaintenanceMs = 0;
    quint64 m_started = 0; ///< writes started
    quint64 m_taken = 0; ///< writes whose outcome was taken
    qint64 m_written = 0;
    qint64 m_dropped = 0;
};

} // namespace ms
