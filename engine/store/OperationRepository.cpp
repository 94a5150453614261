#include "store/OperationRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace ms {

namespace {

const QString selectOperations
    = u"SELECT id, kind, site, module, from_version, to_version, state, created_at, "
      u"started_at, finished_at, error_code, error_message, requested_by "
      u"FROM operations"_s;

OperationRecord decode(const Query& query)
{
    OperationRecord operation;
    operation.id = query.value(0).toLongLong();
    operation.kind = query.value(1).toString();
    operation.site = query.value(2).toString();
    operation.module = query.value(3).toString();
    operation.fromVersion = query.value(4).toString();
    operation.toVersion = query.value(5).toString();
    operation.state = query.value(6).toString();
    operation.createdAt = Query::toTimestamp(query.value(7));
    operation.startedAt = Query::toTimestamp(query.value(8));
    operation.finishedAt = Query::toTimestamp(query.value(9));
    operation.errorCode = query.value(10).toString();
    operation.errorMessage = query.value(11).toString();
    operation.requestedBy = query.value(12).toString();
    return operation;
}

} // namespace

OperationRepository::OperationRepository(Database& database)
    : m_database(database)
{
}

Result<OperationRecord> OperationRepository::create(const OperationRecord& operation)
{
    if (operation.kind.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("An operation needs a kind."), u"kind"_s);
    if (operation.state.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("An operation needs a state."), u"state"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();

    OperationRecord created = operation;
    created.createdAt = m_database.clock().now().toUTC();
    Query query(*transaction);
    if (Status ran = query.exec(
            u"INSERT INTO operations (kind, site, module, from_version, to_version, state, created_at, "
            u"started_at, finished_at, error_code, error_message, requested_by) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {created.kind, Query::text(created.site), Query::text(created.module),
             Query::text(created.fromVersion), Query::text(created.toVersion), created.state,
             Query::timestamp(created.createdAt), Query::timestamp(created.startedAt),
             Query::timestamp(created.finishedAt), Query::text(created.errorCode),
             Query::text(created.errorMessage), Query::text(created.requestedBy)});
        !ran) {
        return ran.error();
    }
    if (!query.next())
        return Error(ErrorCode::Internal, tr("The new operation got no id."),
                     m_database.location().displayName());
    created.id = query.value(0).toLongLong();
    query.finish();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    // What a reader gets back: timestamps carry milliseconds, no finer.
    created.createdAt = Query::toTimestamp(Query::timestamp(created.createdAt));
    created.startedAt = Query::toTimestamp(Query::timestamp(created.startedAt));
    created.finishedAt = Query::toTimestamp(Query::timestamp(created.finishedAt));
    return created;
}

Status OperationRepository::update(const OperationRecord& operation)
{
    if (operation.state.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("An operation needs a state."), u"state"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    if (Status ran = query.exec(u"UPDATE operations SET state = ?, started_at = ?, finished_at = ?, "
                                u"error_code = ?, error_message = ? WHERE id = ?"_s,
                                {operation.state, Query::timestamp(operation.startedAt),
                                 Query::timestamp(operation.finishedAt), Query::text(operation.errorCode),
                                 Query::text(operation.errorMessage), operation.id});
        !ran) {
        return ran;
    }
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no such operation."), QString::number(operation.id));
    return transaction->commit();
}

Result<OperationRecord> OperationRepository::find(qint64 id) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(selectOperations + u" WHERE id = ?"_s, {id}); !ran)
        return ran.error();
    if (!query.next())
        return Error(ErrorCode::NotFound, tr("There is no such operation."), QString::number(id));
    return decode(query);
}

Result<QList<OperationRecord>> OperationRepository::listRecent(int limit) const
{
    if (limit <= 0)
        return Error(ErrorCode::InvalidArgument, tr("The limit must be a positive number."), u"limit"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(selectOperations + u" ORDER BY created_at DESC, id DESC LIMIT ?"_s, {limit});
        !ran)
        return ran.error();
    QList<OperationRecord> operations;
    while (query.next())
        operations.append(decode(query));
    return operations;
}

} // namespace ms
