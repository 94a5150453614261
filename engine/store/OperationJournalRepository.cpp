#include "store/OperationJournalRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace ms {

namespace {

const QString selectJournal
    = u"SELECT operation_id, site, phase, document, created_at, updated_at FROM operation_journal"_s;

JournalRecord decode(const Query& query)
{
    JournalRecord r;
    r.operationId = query.value(0).toLongLong();
    r.site = query.value(1).toString();
    r.phase = query.value(2).toString();
    r.document = query.value(3).toString().toUtf8();
    r.createdAt = Query::toTimestamp(query.value(4));
    r.updatedAt = Query::toTimestamp(query.value(5));
    return r;
}

} // namespace

OperationJournalRepository::OperationJournalRepository(Database& database)
    : m_database(database)
{
}

Status OperationJournalRepository::begin(const JournalRecord& record)
{
    if (record.operationId <= 0)
        return Error(ErrorCode::InvalidArgument, tr("A journal belongs to an operation."), u"operation_id"_s);
    if (record.site.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A journal needs a site."), u"site"_s);
    if (record.phase.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A journal needs a phase."), u"phase"_s);
    if (record.document.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A journal needs a document."), u"document"_s);
    const QVariant now = Query::timestamp(m_database.clock().now().toUTC());
    return write(
        u"INSERT INTO operation_journal (operation_id, site, phase, document, created_at, updated_at) "
        u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (operation_id) DO UPDATE SET site = excluded.site, "
        u"phase = excluded.phase, document = excluded.document, created_at = excluded.created_at, "
        u"updated_at = excluded.updated_at"_s,
        {record.operationId, record.site, record.phase, QString::fromUtf8(record.document), now, now}, false,
        record.operationId);
}

Status OperationJournalRepository::update(qint64 operationId, const QString& phase,
                                          const QByteArray& document)
{
    if (phase.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A journal needs a phase."), u"phase"_s);
    if (document.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A journal needs a document."), u"document"_s);
    return write(
        u"UPDATE operation_journal SET phase = ?, document = ?, updated_at = ? WHERE operation_id = ?"_s,
        {phase, QString::fromUtf8(document), Query::timestamp(m_database.clock().now().toUTC()), operationId},
        true, operationId);
}

Status OperationJournalRepository::write(const QString& sql, const QVariantList& values, bool mustChangeRow,
                                         qint64 operationId)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    const bool sqlite = m_database.backend() == Database::Backend::Sqlite;
    // synchronous may not change inside a transaction, so it is raised around this one and
    // lowered again after: the other tables keep NORMAL's speed.
    auto setSynchronous = [&](const QString& level) {
        Query pragma(m_database, *connection);
        return pragma.exec(u"PRAGMA synchronous = "_s + level);
    };
    if (sqlite) {
        if (Status raised = setSynchronous(u"FULL"_s); !raised)
            return raised;
    }
    Status outcome = [&]() -> Status {
        auto transaction = Transaction::begin(m_database, *connection);
        if (!transaction)
            return transaction.error();
        Query query(*transaction);
        if (Status ran = query.exec(sql, values); !ran)
            return ran;
        if (mustChangeRow && query.rowsAffected() == 0)
            return Error(ErrorCode::NotFound, tr("There is no journal for this operation."),
                         QString::number(operationId));
        return transaction->commit();
    }();
    if (sqlite) {
        if (Status lowered = setSynchronous(u"NORMAL"_s); !lowered && outcome)
            return lowered;
    }
    return outcome;
}

Result<std::optional<JournalRecord>> OperationJournalRepository::find(qint64 operationId) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(selectJournal + u" WHERE operation_id = ?"_s, {operationId}); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<JournalRecord>();
    return std::optional<JournalRecord>(decode(query));
}

Result<QList<JournalRecord>> OperationJournalRepository::unfinished() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran
        = query.exec(selectJournal + u" WHERE phase IN ('prepared', 'committed') ORDER BY operation_id"_s);
        !ran)
        return ran.error();
    QList<JournalRecord> records;
    while (query.next())
        records.append(decode(query));
    return records;
}

Result<QList<OperationJournalRepository::StaleOperation>> OperationJournalRepository::runningWithoutJournal() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(u"SELECT o.id, o.site, j.phase FROM operations o "
                                u"LEFT JOIN operation_journal j ON j.operation_id = o.id "
                                u"WHERE o.state = 'running' AND (j.phase IS NULL OR j.phase IN ('finished', 'rolled_back')) "
                                u"ORDER BY o.id"_s);
        !ran)
        return ran.error();
    QList<StaleOperation> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return rows;
}

} // namespace ms
