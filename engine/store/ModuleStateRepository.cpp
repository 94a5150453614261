#include "store/ModuleStateRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace ms {

namespace {

const QString selectStates = u"SELECT site, module, state, version, target_version, reason, operation_id, "
                             u"updated_at FROM module_states"_s;

const QString selectHistory
    = u"SELECT id, site, module, from_state, to_state, version, reason, operation_id, at "
      u"FROM module_state_history"_s;

ModuleStateRecord decodeState(const Query& query)
{
    ModuleStateRecord r;
    r.site = query.value(0).toString();
    r.module = query.value(1).toString();
    r.state = query.value(2).toString();
    r.version = query.value(3).toString();
    r.targetVersion = query.value(4).toString();
    r.reason = query.value(5).toString();
    r.operationId = query.value(6).toLongLong();
    r.updatedAt = Query::toTimestamp(query.value(7));
    return r;
}

ModuleStateChange decodeChange(const Query& query)
{
    ModuleStateChange c;
    c.id = query.value(0).toLongLong();
    c.site = query.value(1).toString();
    c.module = query.value(2).toString();
    c.fromState = query.value(3).toString();
    c.toState = query.value(4).toString();
    c.version = query.value(5).toString();
    c.reason = query.value(6).toString();
    c.operationId = query.value(7).toLongLong();
    c.at = Query::toTimestamp(query.value(8));
    return c;
}

QVariant operationId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Writes @p row as the row of its module (insert or replace), inside @p transaction.
Status writeRow(Transaction& transaction, const ModuleStateRecord& row)
{
    Query query(transaction);
    return query.exec(u"INSERT INTO module_states (site, module, state, version, target_version, reason, "
                      u"operation_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                      u"ON CONFLICT (site, module) DO UPDATE SET state = excluded.state, "
                      u"version = excluded.version, target_version = excluded.target_version, "
                      u"reason = excluded.reason, operation_id = excluded.operation_id, "
                      u"updated_at = excluded.updated_at"_s,
                      {row.site, row.module, row.state, Query::text(row.version),
                       Query::text(row.targetVersion), Query::text(row.reason), operationId(row.operationId),
                       Query::timestamp(row.updatedAt)});
}

Status deleteRow(Transaction& transaction, const QString& site, const QString& module)
{
    Query query(transaction);
    return query.exec(u"DELETE FROM module_states WHERE site = ? AND module = ?"_s, {site, module});
}

} // namespace

ModuleStateRepository::ModuleStateRepository(Database& database)
    : m_database(database)
{
}

Result<std::optional<ModuleStateRecord>> ModuleStateRepository::find(const QString& site,
                                                                     const QString& module) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(selectStates + u" WHERE site = ? AND module = ?"_s, {site, module}); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<ModuleStateRecord>();
    return std::optional<ModuleStateRecord>(decodeState(query));
}

Result<QList<ModuleStateRecord>> ModuleStateRepository::list(const QString& site) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(selectStates + u" WHERE site = ? ORDER BY module"_s, {site}); !ran)
        return ran.error();
    QList<ModuleStateRecord> rows;
    while (query.next())
        rows.append(decodeState(query));
    return rows;
}

Result<ModuleStateChange> ModuleStateRepository::apply(const ModuleStateChange& change,
                                                       const std::optional<ModuleStateRecord>& row)
{
    if (change.site.isEmpty() || change.module.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A state change needs a site and a module."),
                     change.site.isEmpty() ? u"site"_s : u"module"_s);
    if (change.toState.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A state change needs the state it goes to."),
                     u"to_state"_s);
    if (row && (row->site != change.site || row->module != change.module))
        return Error(ErrorCode::InvalidArgument, tr("The state row is about another module."),
                     row->site + u'/' + row->module);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();

    ModuleStateChange stored = change;
    stored.at = Query::toTimestamp(Query::timestamp(m_database.clock().now().toUTC()));
    Query insert(*transaction);
    if (Status ran = insert.exec(
            u"INSERT INTO module_state_history (site, module, from_state, to_state, version, reason, "
            u"operation_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {stored.site, stored.module, Query::text(stored.fromState), stored.toState,
             Query::text(stored.version), Query::text(stored.reason), operationId(stored.operationId),
             Query::timestamp(stored.at)});
        !ran) {
        return ran.error();
    }
    if (!insert.next())
        return Error(ErrorCode::Internal, tr("The state change got no id."),
                     m_database.location().displayName());
    stored.id = insert.value(0).toLongLong();
    insert.finish();

    if (row) {
        ModuleStateRecord next = *row;
        next.updatedAt = stored.at;
        if (Status written = writeRow(*transaction, next); !written)
            return written.error();
    } else if (Status deleted = deleteRow(*transaction, change.site, change.module); !deleted) {
        return deleted.error();
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return stored;
}

Status ModuleStateRepository::restore(const QString& site, const QString& module,
                                      const std::optional<ModuleStateRecord>& row)
{
    if (row && (row->site != site || row->module != module))
        return Error(ErrorCode::InvalidArgument, tr("The state row is about another module."),
                     row->site + u'/' + row->module);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    if (Status done = row ? writeRow(*transaction, *row) : deleteRow(*transaction, site, module); !done)
        return done;
    return transaction->commit();
}

Result<QList<ModuleStateChange>> ModuleStateRepository::history(const QString& site,
                                                                const QString& module) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    const Status ran = module.isEmpty()
        ? query.exec(selectHistory + u" WHERE site = ? ORDER BY id"_s, {site})
        : query.exec(selectHistory + u" WHERE site = ? AND module = ? ORDER BY id"_s, {site, module});
    if (!ran)
        return ran.error();
    QList<ModuleStateChange> changes;
    while (query.next())
        changes.append(decodeChange(query));
    return changes;
}

} // namespace ms
