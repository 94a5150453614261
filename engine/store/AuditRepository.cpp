#include "store/AuditRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace ms {

namespace {

const QString selectColumns = u"SELECT id, at, actor, action, site, module, from_version, to_version, outcome, "
                              u"message, details, operation_id, prev_hash, hash FROM audit_log"_s;

AuditRecord decode(const Query& q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.at = Query::toTimestamp(q.value(1));
    r.actor = q.value(2).toString();
    r.action = q.value(3).toString();
    r.site = q.value(4).toString();
    r.module = q.value(5).toString();
    r.fromVersion = q.value(6).toString();
    r.toVersion = q.value(7).toString();
    r.outcome = AuditRecord::outcomeFromName(q.value(8).toString());
    r.message = q.value(9).toString();
    r.details = q.value(10).toString();
    r.operationId = q.value(11).toLongLong();
    r.prevHash = q.value(12).toString();
    r.hash = q.value(13).toString();
    return r;
}

} // namespace

AuditRepository::AuditRepository(Database& database)
    : m_database(database)
{
}

Result<AuditRecord> AuditRepository::append(AuditRecord record)
{
    if (record.action.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("An audit entry needs an action."), u"action"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();

    // Reading the head inside the write transaction serialises appenders: SQLite's BEGIN
    // IMMEDIATE holds the write lock, PostgreSQL's FOR UPDATE the head row.
    Query head(*transaction);
    const QString lock = m_database.backend() == DatabaseLocation::Backend::PostgreSql ? u" FOR UPDATE"_s : QString();
    if (Status ran = head.exec(u"SELECT last_hash FROM audit_head WHERE singleton = 1"_s + lock); !ran)
        return ran.error();
    if (!head.next())
        return Error(ErrorCode::Database, tr("The audit log has no head row."), m_database.location().displayName());
    record.prevHash = head.value(0).toString();
    head.finish();

    if (record.details.isEmpty())
        record.details = u"{}"_s;
    // Stored with millisecond precision; hash what will be read back.
    record.at = Query::toTimestamp(Query::timestamp(record.at.isValid() ? record.at : m_database.clock().now()));

    Query insert(*transaction);
    if (Status ran = insert.exec(
            u"INSERT INTO audit_log (at, actor, action, site, module, from_version, to_version, outcome, "
            u"message, details, operation_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '') "
            u"RETURNING id"_s,
            {Query::timestamp(record.at), record.actor, record.action, Query::text(record.site),
             Query::text(record.module), Query::text(record.fromVersion), Query::text(record.toVersion),
             AuditRecord::outcomeName(record.outcome), Query::text(record.message), record.details,
             record.operationId > 0 ? QVariant(record.operationId) : QVariant(QMetaType(QMetaType::LongLong)),
             record.prevHash});
        !ran) {
        return ran.error();
    }
    if (!insert.next())
        return Error(ErrorCode::Internal, tr("The new audit entry got no id."), m_database.location().displayName());
    record.id = insert.value(0).toLongLong();
    insert.finish();
    record.hash = record.computeHash(record.prevHash);

    Query update(*transaction);
    if (Status ran = update.exec(u"UPDATE audit_log SET hash = ? WHERE id = ?"_s, {record.hash, record.id}); !ran)
        return ran.error();
    Query moveHead(*transaction);
    if (Status ran = moveHead.exec(u"UPDATE audit_head SET last_id = ?, last_hash = ? WHERE singleton = 1"_s,
                                   {record.id, record.hash});
        !ran)
        return ran.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return record;
}

Result<QList<AuditRecord>> AuditRepository::list(const AuditFilter& filter) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    QStringList where;
    QVariantList values;
    if (filter.since.isValid()) {
        where << u"at >= ?"_s;
        values << Query::timestamp(filter.since);
    }
    if (filter.until.isValid()) {
        where << u"at < ?"_s;
        values << Query::timestamp(filter.until);
    }
    auto exact = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            where << column + u" = ?"_s;
            values << value;
        }
    };
    exact(u"site"_s, filter.site);
    exact(u"module"_s, filter.module);
    exact(u"actor"_s, filter.actor);
    exact(u"outcome"_s, filter.outcome);
    if (filter.action.endsWith(u'.')) {
        where << u"substr(action, 1, ?) = ?"_s;
        values << filter.action.size() << filter.action;
    } else {
        exact(u"action"_s, filter.action);
    }
    QString sql = selectColumns;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY id DESC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT "_s + QString::number(filter.limit);

    Query q(m_database, *connection);
    if (Status ran = q.exec(sql, values); !ran)
        return ran.error();
    QList<AuditRecord> records;
    while (q.next())
        records << decode(q);
    return records;
}

Status AuditRepository::forEach(const std::function<bool(const AuditRecord&)>& visit) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    constexpr int Batch = 2000;
    qint64 after = 0;
    while (true) {
        Query q(m_database, *connection);
        if (Status ran = q.exec(selectColumns + u" WHERE id > ? ORDER BY id LIMIT "_s + QString::number(Batch), {after});
            !ran)
            return ran.error();
        int seen = 0;
        while (q.next()) {
            const AuditRecord r = decode(q);
            after = r.id;
            ++seen;
            if (!visit(r))
                return {};
        }
        if (seen < Batch)
            return {};
    }
}

Result<QPair<qint64, QString>> AuditRepository::head() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query q(m_database, *connection);
    if (Status ran = q.exec(u"SELECT last_id, last_hash FROM audit_head WHERE singleton = 1"_s); !ran)
        return ran.error();
    if (!q.next())
        return Error(ErrorCode::Database, tr("The audit log has no head row."), m_database.location().displayName());
    return qMakePair(q.value(0).toLongLong(), q.value(1).toString());
}

} // namespace ms
