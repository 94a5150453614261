#pragma once

#include "core/Result.h"
#include "store/HealthRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <limits>

namespace ms {

class Database;

/// Health probes, samples, rollups and events: tables health_probes, health_samples,
/// health_rollups, health_rollup_state and health_events. Safe to use from any thread; each
/// call runs on the calling thread's connection, every write in one transaction.
class HealthRepository
{
    Q_DECLARE_TR_FUNCTIONS(HealthRepository)

public:
    /// What prune() deleted.
    struct Pruned
    {
        qint64 samples = 0;
        qint64 rollups = 0;
    };

    /// @p database must outlive the repository.
    explicit HealthRepository(Database& database);

    /// Inserts the probes whose key is new and refreshes site, module, name, kind, method and
    /// target of the known ones (their state is kept); all of them become active. The other
    /// probes of @p sites become inactive: the configuration of those sites no longer has
    /// them. Returns every given key's id. InvalidArgument (field "key") for a record
    /// without key, site or name.
    [[nodiscard]] Result<QHash<QString, qint64>> registerProbes(const QList<HealthProbeRecord>& probes,
                                                                const QStringList& sites);
    /// The probes of @p site (every probe when empty), sorted by key; inactive ones only when
    /// @p withInactive.
    [[nodiscard]] Result<QList<HealthProbeRecord>> probes(const QString& site = {},
                                                          bool withInactive = false) const;

    /// Writes @p batch in one transaction: the samples, the states of the probes it names (by
    /// id) and the events. All or nothing.
    [[nodiscard]] Status write(const HealthWriteBatch& batch);

    /// The samples of the probes of @p site (all probes when empty) with from ≤ at_ms < to,
    /// ordered by probe, then time.
    [[nodiscard]] Result<QList<HealthSampleRecord>> samples(const QString& site, qint64 fromMs,
                                                            qint64 toMs) const;
    /// The rollups of @p site's probes (all when empty) with from ≤ minute_ms < to, ordered
    /// by probe, then minute.
    [[nodiscard]] Result<QList<HealthRollupRecord>> rollups(const QString& site, qint64 fromMs,
                                                            qint64 toMs) const;
    /// Events about @p site (all when empty) with from ≤ at < to, newest first, at most @p limit.
    [[nodiscard]] Result<QList<HealthEventRecord>> events(const QString& site, const QDateTime& from,
                                                          const QDateTime& to, int limit = 1000) const;
    /// The newest event about @p site's @p subject ("site", or "module" with @p module).
    /// An event with id 0 when there is none.
    [[nodiscard]] Result<HealthEventRecord> latestEvent(const QString& subject, const QString& site,
                                                        const QString& module = {}) const;

    /// The newest event of every site and every module (subjects "site" and "module"): the
    /// state each was last seen in, and since when.
    [[nodiscard]] Result<QList<HealthEventRecord>> latestScopeEvents() const;

    /// The time of the oldest sample at or after @p fromMs (Unix ms); -1 when there is none.
    [[nodiscard]] Result<qint64> earliestSampleMs(qint64 fromMs = std::numeric_limits<qint64>::min()) const;
    /// Every minute before this (Unix ms) has been rolled up; 0 before the first rollup.
    [[nodiscard]] Result<qint64> rolledUntil() const;
    /// Stores @p rollups and moves the watermark from @p expectedMs (what rolledUntil() said)
    /// to @p untilMs in one transaction. Conflict when the watermark is no longer
    /// @p expectedMs (another process rolled up meanwhile); nothing is written then.
    [[nodiscard]] Status storeRollups(qint64 expectedMs, qint64 untilMs,
                                      const QList<HealthRollupRecord>& rollups);
    /// Deletes samples with at_ms < @p samplesBeforeMs and rollups with minute_ms <
    /// @p rollupsBeforeMs.
    [[nodiscard]] Result<Pruned> prune(qint64 samplesBeforeMs, qint64 rollupsBeforeMs);

private:
    Database& m_database;
};

} // namespace ms
