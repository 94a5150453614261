#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ms {

class Database;

/// A write transaction that rolls back unless committed: one per logical write.
///
///     auto tx = Transaction::begin(db, connection);
///     if (!tx)
///         return tx.error();
///     ... statements ...
///     return tx->commit();
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    /// Starts a transaction on @p connection, which must be @p database's connection for the
    /// calling thread. On SQLite it is BEGIN IMMEDIATE: a writer takes the write lock up
    /// front, waiting for the busy timeout, instead of failing with "database is locked" when
    /// a read turns into a write. Fails with code Database.
    [[nodiscard]] static Result<Transaction> begin(const Database& database, QSqlDatabase connection);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    /// Rolls back when still active.
    ~Transaction();

    /// Makes the changes permanent. Fails with code Database (the transaction is then rolled
    /// back); calling it on a finished transaction is an Internal error.
    [[nodiscard]] Status commit();
    /// Discards the changes; does nothing when already finished.
    void rollback();
    bool isActive() const { return m_active; }
    const Database& database() const { return *m_database; }
    const QSqlDatabase& connection() const { return m_connection; }

private:
    Transaction(const Database& database, QSqlDatabase connection);

    const Database* m_database;
    QSqlDatabase m_connection;
    bool m_active = false;
};

} // namespace ms
