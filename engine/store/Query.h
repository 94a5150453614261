#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace ms {

class Database;
class Transaction;

/// A QSqlQuery that reports failures as ms::Error naming the database, and the value
/// conventions every table of the store follows: empty text is stored as NULL, timestamps as
/// UTC ISO 8601 text with milliseconds (portable, and sorting as text sorts by time).
class Query
{
    Q_DECLARE_TR_FUNCTIONS(Query)

public:
    Query(const Database& database, const QSqlDatabase& connection);
    /// A statement inside @p transaction: when it fails the transaction is rolled back at
    /// once, as PostgreSQL refuses everything after a failed statement anyway — including
    /// freeing this statement, which would otherwise warn.
    explicit Query(Transaction& transaction);

    /// Runs @p sql with @p values bound to its `?` placeholders, in order. Statements without
    /// values run unprepared (PostgreSQL cannot prepare DDL). Fails with code Database; the
    /// SQL text (never the values) goes into the detail.
    [[nodiscard]] Status exec(const QString& sql, const QVariantList& values = {});

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    /// Releases the statement's read lock before a COMMIT on SQLite.
    void finish() { m_query.finish(); }

    /// NULL for an empty string.
    static QVariant text(const QString& value);
    /// NULL for an invalid time.
    static QVariant timestamp(const QDateTime& value);
    /// Invalid for NULL.
    static QDateTime toTimestamp(const QVariant& value);

private:
    const Database& m_database;
    Transaction* m_transaction = nullptr;
    QSqlQuery m_query;
};

} // namespace ms
