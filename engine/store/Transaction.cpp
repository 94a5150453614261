#include "store/Transaction.h"

#include "store/Database.h"
#include "store/Query.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace ms {

Transaction::Transaction(const Database& database, QSqlDatabase connection)
    : m_database(&database)
    , m_connection(std::move(connection))
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(other.m_database)
    , m_connection(std::move(other.m_connection))
    , m_active(std::exchange(other.m_active, false))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(const Database& database, QSqlDatabase connection)
{
    Transaction transaction(database, std::move(connection));
    Query query(database, transaction.m_connection);
    const QString sql = database.backend() == Database::Backend::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    if (Status begun = query.exec(sql); !begun)
        return begun.error();
    transaction.m_active = true;
    return transaction;
}

Status Transaction::commit()
{
    if (!m_active) {
        return Error(ErrorCode::Internal, tr("The transaction was already finished."),
                     m_database->location().displayName());
    }
    Query query(*m_database, m_connection);
    Status committed = query.exec(u"COMMIT"_s);
    if (!committed) {
        rollback();
        return committed;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // A failed ROLLBACK leaves nothing to undo: the connection is gone or the server already
    // ended the transaction.
    Query query(*m_database, m_connection);
    (void)query.exec(u"ROLLBACK"_s);
}

} // namespace ms
