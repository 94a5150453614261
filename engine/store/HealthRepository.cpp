#include "store/HealthRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

// One statement prepared once and run for many rows: a flush writes thousands of samples and
// preparing each would cost more than the insert itself. Fails like Query: the transaction
// is rolled back and the SQL (never the values) goes into the detail.
class PreparedStatement
{
public:
    PreparedStatement(Transaction& transaction, const QString& sql)
        : m_transaction(transaction)
        , m_query(transaction.connection())
        , m_sql(sql)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    Status exec(const QVariantList& values)
    {
        if (m_prepared) {
            for (qsizetype i = 0; i < values.size(); ++i)
                m_query.bindValue(int(i), values.at(i));
            if (m_query.exec())
                return {};
        }
        const QSqlError sqlError = m_query.lastError();
        m_transaction.rollback();
        QString reason = sqlError.databaseText();
        if (reason.isEmpty())
            reason = sqlError.driverText();
        Error error = m_transaction.database().error(
            Query::tr("The database refused a statement: %1").arg(reason.section(u'\n', 0, 0)), sqlError);
        return std::move(error).withDetail(sqlError.text() + u'\n' + m_sql);
    }

private:
    Transaction& m_transaction;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

QVariant nullableInt(qint64 value)
{
    return value < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

qint64 toNullableInt(const QVariant& value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

const QString selectProbes
    = u"SELECT id, probe_key, site, module, name, kind, method, target, state, state_since, "
      u"last_checked, last_error, last_error_at, active FROM health_probes"_s;

HealthProbeRecord decodeProbe(const Query& q)
{
    HealthProbeRecord p;
    p.id = q.value(0).toLongLong();
    p.key = q.value(1).toString();
    p.site = q.value(2).toString();
    p.module = q.value(3).toString();
    p.name = q.value(4).toString();
    p.kind = q.value(5).toString();
    p.method = q.value(6).toString();
    p.target = q.value(7).toString();
    p.state = q.value(8).toString();
    p.stateSince = Query::toTimestamp(q.value(9));
    p.lastChecked = Query::toTimestamp(q.value(10));
    p.lastError = q.value(11).toString();
    p.lastErrorAt = Query::toTimestamp(q.value(12));
    p.active = q.value(13).toInt() != 0;
    return p;
}

HealthEventRecord decodeEvent(const Query& q)
{
    HealthEventRecord e;
    e.id = q.value(0).toLongLong();
    e.at = Query::toTimestamp(q.value(1));
    e.subject = q.value(2).toString();
    e.site = q.value(3).toString();
    e.module = q.value(4).toString();
    e.target = q.value(5).toString();
    e.fromState = q.value(6).toString();
    e.toState = q.value(7).toString();
    e.detail = q.value(8).toString();
    return e;
}

const QString selectEvents
    = u"SELECT id, at, subject, site, module, target, from_state, to_state, detail FROM health_events"_s;

} // namespace

HealthRepository::HealthRepository(Database& database)
    : m_database(database)
{
}

Result<QHash<QString, qint64>> HealthRepository::registerProbes(const QList<HealthProbeRecord>& probes,
                                                                const QStringList& sites)
{
    for (const HealthProbeRecord& p : probes) {
        if (p.key.isEmpty() || p.site.isEmpty() || p.name.isEmpty())
            return Error(ErrorCode::InvalidArgument, tr("A probe needs a key, a site and a name."), u"key"_s);
    }
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    QHash<QString, qint64> ids;
    if (!sites.isEmpty()) {
        PreparedStatement retire(*transaction, u"UPDATE health_probes SET active = 0 WHERE site = ?"_s);
        for (const QString& site : sites) {
            if (Status ran = retire.exec({site}); !ran)
                return ran.error();
        }
    }
    {
        // The state columns are left alone: they belong to the monitor's last run.
        PreparedStatement upsert(
            *transaction,
            u"INSERT INTO health_probes (probe_key, site, module, name, kind, method, target) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (probe_key) DO UPDATE SET "
            u"site = excluded.site, module = excluded.module, name = excluded.name, "
            u"kind = excluded.kind, method = excluded.method, target = excluded.target, "
            u"active = 1"_s);
        for (const HealthProbeRecord& p : probes) {
            if (Status ran = upsert.exec(
                    {p.key, p.site, Query::text(p.module), p.name, p.kind, p.method, Query::text(p.target)});
                !ran)
                return ran.error();
        }
    }
    Query query(*transaction);
    if (Status ran = query.exec(u"SELECT probe_key, id FROM health_probes"_s); !ran)
        return ran.error();
    QHash<QString, qint64> all;
    while (query.next())
        all.insert(query.value(0).toString(), query.value(1).toLongLong());
    query.finish();
    for (const HealthProbeRecord& p : probes)
        ids.insert(p.key, all.value(p.key));
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return ids;
}

Result<QList<HealthProbeRecord>> HealthRepository::probes(const QString& site, bool withInactive) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    const QString active = withInactive ? u"1 = 1"_s : u"active = 1"_s;
    const Status ran = site.isEmpty()
        ? query.exec(selectProbes + u" WHERE "_s + active + u" ORDER BY probe_key"_s)
        : query.exec(selectProbes + u" WHERE site = ? AND "_s + active + u" ORDER BY probe_key"_s, {site});
    if (!ran)
        return ran.error();
    QList<HealthProbeRecord> out;
    while (query.next())
        out.append(decodeProbe(query));
    return out;
}

Status HealthRepository::write(const HealthWriteBatch& batch)
{
    if (batch.isEmpty())
        return {};
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    if (!batch.samples.isEmpty()) {
        PreparedStatement insert(*transaction,
                                 u"INSERT INTO health_samples (probe_id, at_ms, outcome, latency_us, "
                                 u"detail) VALUES (?, ?, ?, ?, ?)"_s);
        for (const HealthSampleRecord& s : batch.samples) {
            if (Status ran = insert.exec(
                    {s.probeId, s.atMs, s.outcome, nullableInt(s.latencyUs), Query::text(s.detail)});
                !ran)
                return ran;
        }
    }
    if (!batch.states.isEmpty()) {
        PreparedStatement update(*transaction,
                                 u"UPDATE health_probes SET state = ?, state_since = ?, last_checked = ?, "
                                 u"last_error = ?, last_error_at = ? WHERE id = ?"_s);
        // A one-off check that passed keeps the last error on record.
        PreparedStatement checked(
            *transaction,
            u"UPDATE health_probes SET last_checked = ?, last_error = COALESCE(?, last_error), "
            u"last_error_at = COALESCE(?, last_error_at) WHERE id = ?"_s);
        for (const HealthProbeRecord& p : batch.states) {
            const Status ran = p.state.isEmpty()
                ? checked.exec({Query::timestamp(p.lastChecked), Query::text(p.lastError),
                                Query::timestamp(p.lastErrorAt), p.id})
                : update.exec({p.state, Query::timestamp(p.stateSince), Query::timestamp(p.lastChecked),
                               Query::text(p.lastError), Query::timestamp(p.lastErrorAt), p.id});
            if (!ran)
                return ran;
        }
    }
    if (!batch.events.isEmpty()) {
        PreparedStatement insert(*transaction,
                                 u"INSERT INTO health_events (at, subject, site, module, target, from_state, "
                                 u"to_state, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const HealthEventRecord& e : batch.events) {
            if (Status ran
                = insert.exec({Query::timestamp(e.at), e.subject, e.site, Query::text(e.module),
                               Query::text(e.target), e.fromState, e.toState, Query::text(e.detail)});
                !ran)
                return ran;
        }
    }
    return transaction->commit();
}

Result<QList<HealthSampleRecord>> HealthRepository::samples(const QString& site, qint64 fromMs,
                                                            qint64 toMs) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    const Status ran = site.isEmpty()
        ? query.exec(u"SELECT probe_id, at_ms, outcome, latency_us, detail FROM health_samples "
                     u"WHERE at_ms >= ? AND at_ms < ? ORDER BY probe_id, at_ms"_s,
                     {fromMs, toMs})
        : query.exec(u"SELECT s.probe_id, s.at_ms, s.outcome, s.latency_us, s.detail FROM health_samples s "
                     u"JOIN health_probes p ON p.id = s.probe_id "
                     u"WHERE p.site = ? AND s.at_ms >= ? AND s.at_ms < ? ORDER BY s.probe_id, s.at_ms"_s,
                     {site, fromMs, toMs});
    if (!ran)
        return ran.error();
    QList<HealthSampleRecord> out;
    while (query.next()) {
        HealthSampleRecord s;
        s.probeId = query.value(0).toLongLong();
        s.atMs = query.value(1).toLongLong();
        s.outcome = query.value(2).toString();
        s.latencyUs = toNullableInt(query.value(3));
        s.detail = query.value(4).toString();
        out.append(s);
    }
    return out;
}

Result<QList<HealthRollupRecord>> HealthRepository::rollups(const QString& site, qint64 fromMs,
                                                            qint64 toMs) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    const QString columns
        = u"r.probe_id, r.minute_ms, r.samples, r.failures, r.latency_min_us, r.latency_p50_us, "
          u"r.latency_p95_us, r.latency_max_us"_s;
    const Status ran = site.isEmpty()
        ? query.exec(u"SELECT "_s + columns
                         + u" FROM health_rollups r WHERE r.minute_ms >= ? AND r.minute_ms < ? "
                           u"ORDER BY r.probe_id, r.minute_ms"_s,
                     {fromMs, toMs})
        : query.exec(u"SELECT "_s + columns
                         + u" FROM health_rollups r JOIN health_probes p ON p.id = r.probe_id "
                           u"WHERE p.site = ? AND r.minute_ms >= ? AND r.minute_ms < ? "
                           u"ORDER BY r.probe_id, r.minute_ms"_s,
                     {site, fromMs, toMs});
    if (!ran)
        return ran.error();
    QList<HealthRollupRecord> out;
    while (query.next()) {
        HealthRollupRecord r;
        r.probeId = query.value(0).toLongLong();
        r.minuteMs = query.value(1).toLongLong();
        r.samples = query.value(2).toInt();
        r.failures = query.value(3).toInt();
        r.latencyMinUs = toNullableInt(query.value(4));
        r.latencyP50Us = toNullableInt(query.value(5));
        r.latencyP95Us = toNullableInt(query.value(6));
        r.latencyMaxUs = toNullableInt(query.value(7));
        out.append(r);
    }
    return out;
}

Result<QList<HealthEventRecord>> HealthRepository::events(const QString& site, const QDateTime& from,
                                                          const QDateTime& to, int limit) const
{
    if (limit <= 0)
        return Error(ErrorCode::InvalidArgument, tr("The limit must be a positive number."), u"limit"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    const Status ran = site.isEmpty()
        ? query.exec(selectEvents + u" WHERE at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT ?"_s,
                     {Query::timestamp(from), Query::timestamp(to), limit})
        : query.exec(selectEvents
                         + u" WHERE site = ? AND at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT ?"_s,
                     {site, Query::timestamp(from), Query::timestamp(to), limit});
    if (!ran)
        return ran.error();
    QList<HealthEventRecord> out;
    while (query.next())
        out.append(decodeEvent(query));
    return out;
}

Result<HealthEventRecord> HealthRepository::latestEvent(const QString& subject, const QString& site,
                                                        const QString& module) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    const Status ran = module.isEmpty()
        ? query.exec(
            selectEvents
                + u" WHERE subject = ? AND site = ? AND module IS NULL ORDER BY at DESC, id DESC LIMIT 1"_s,
            {subject, site})
        : query.exec(
            selectEvents
                + u" WHERE subject = ? AND site = ? AND module = ? ORDER BY at DESC, id DESC LIMIT 1"_s,
            {subject, site, module});
    if (!ran)
        return ran.error();
    if (!query.next())
        return HealthEventRecord {};
    return decodeEvent(query);
}

Result<QList<HealthEventRecord>> HealthRepository::latestScopeEvents() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran
        = query.exec(selectEvents
                     + u" WHERE id IN (SELECT max(id) FROM health_events WHERE subject IN ('site', 'module') "
                       u"GROUP BY subject, site, module) ORDER BY site, module"_s);
        !ran)
        return ran.error();
    QList<HealthEventRecord> out;
    while (query.next())
        out.append(decodeEvent(query));
    return out;
}

Result<qint64> HealthRepository::earliestSampleMs(qint64 fromMs) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(u"SELECT min(at_ms) FROM health_samples WHERE at_ms >= ?"_s, {fromMs}); !ran)
        return ran.error();
    if (!query.next() || query.value(0).isNull())
        return qint64(-1);
    return query.value(0).toLongLong();
}

Result<qint64> HealthRepository::rolledUntil() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(u"SELECT rolled_until_ms FROM health_rollup_state WHERE singleton = 1"_s);
        !ran)
        return ran.error();
    if (!query.next())
        return Error(ErrorCode::Internal, tr("The rollup watermark is missing."),
                     m_database.location().displayName());
    return query.value(0).toLongLong();
}

Status HealthRepository::storeRollups(qint64 expectedMs, qint64 untilMs,
                                      const QList<HealthRollupRecord>& rollups)
{
    if (untilMs < expectedMs)
        return Error(ErrorCode::InvalidArgument, tr("The rollup watermark cannot move back."), u"until"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query advance(*transaction);
    if (Status ran = advance.exec(u"UPDATE health_rollup_state SET rolled_until_ms = ? "
                                  u"WHERE singleton = 1 AND rolled_until_ms = ?"_s,
                                  {untilMs, expectedMs});
        !ran)
        return ran;
    if (advance.rowsAffected() != 1)
        return Error(ErrorCode::Conflict, tr("Another process rolled the health samples up meanwhile."),
                     m_database.location().displayName());
    PreparedStatement insert(
        *transaction,
        u"INSERT INTO health_rollups (probe_id, minute_ms, samples, failures, latency_min_us, "
        u"latency_p50_us, latency_p95_us, latency_max_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const HealthRollupRecord& r : rollups) {
        if (Status ran = insert.exec({r.probeId, r.minuteMs, r.samples, r.failures,
                                      nullableInt(r.latencyMinUs), nullableInt(r.latencyP50Us),
                                      nullableInt(r.latencyP95Us), nullableInt(r.latencyMaxUs)});
            !ran)
            return ran;
    }
    return transaction->commit();
}

Result<HealthRepository::Pruned> HealthRepository::prune(qint64 samplesBeforeMs, qint64 rollupsBeforeMs)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Pruned pruned;
    Query samples(*transaction);
    if (Status ran = samples.exec(u"DELETE FROM health_samples WHERE at_ms < ?"_s, {samplesBeforeMs}); !ran)
        return ran.error();
    pruned.samples = samples.rowsAffected();
    Query rollups(*transaction);
    if (Status ran = rollups.exec(u"DELETE FROM health_rollups WHERE minute_ms < ?"_s, {rollupsBeforeMs});
        !ran)
        return ran.error();
    pruned.rollups = rollups.rowsAffected();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return pruned;
}

} // namespace ms
