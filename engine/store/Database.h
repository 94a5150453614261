#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <memory>

class QSqlError;

namespace ms {

/// The engine's database: SQLite by default, PostgreSQL when opened by URL. Opening applies
/// every pending migration in one transaction; a database whose schema is newer than this
/// program is refused and left exactly as it was.
///
/// QSqlDatabase connections belong to the thread that opened them, so a Database hands each
/// calling thread its own named connection. A thread's connection is closed when the thread
/// finishes; the rest are closed when the Database is destroyed. Destroy the Database only
/// after the threads using it are done with their queries.
///
/// SQLite connections run with WAL, foreign_keys=ON, busy_timeout=5000 ms and
/// synchronous=NORMAL.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    using Backend = DatabaseLocation::Backend;

    /// Opens @p location (see DatabaseLocation::parse; empty for the per-user default, whose
    /// folder is created), creating the schema or migrating it. Fails with InvalidArgument for
    /// a malformed location, Io when a SQLite file's folder is missing, Database when the
    /// driver or server refuses, and Unsupported when the schema is newer than
    /// latestSchemaVersion() — naming the location and both versions, without writing to it.
    /// @p clock stamps migrations and the rows the repositories write; it must outlive the
    /// Database.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& location = {},
                                                                const Clock& clock = Clock::system());
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// The connection of the calling thread, opened on first use. Use it on this thread only.
    [[nodiscard]] Result<QSqlDatabase> connection() const;

    const DatabaseLocation& location() const { return m_location; }
    Backend backend() const { return m_location.backend(); }
    /// The schema version after opening (equal to latestSchemaVersion()).
    int schemaVersion() const { return m_schemaVersion; }
    /// The newest schema this program knows.
    static int latestSchemaVersion();
    const Clock& clock() const { return m_clock; }

    /// From now on every connection refuses writes (SQLite's query_only, PostgreSQL's
    /// default_transaction_read_only): for an opened snapshot, which must never change. Call
    /// it right after open(), before other threads use the database.
    [[nodiscard]] Status setReadOnly();
    bool isReadOnly() const { return m_readOnly.load(); }

    /// An error of code Database about this database: @p message for a person, the driver's
    /// text as detail, the location (without password) as subject.
    Error error(const QString& message, const QSqlError& sqlError) const;

private:
    struct Connections;

    Database(DatabaseLocation location, const Clock& clock);
    Result<QSqlDatabase> openConnection(const QString& name) const;
    Status configureConnection(QSqlDatabase& connection) const;
    Status applyReadOnly(QSqlDatabase& connection) const;
    Status initialise();

    DatabaseLocation m_location;
    const Clock& m_clock;
    int m_schemaVersion = 0;
    std::atomic<bool> m_readOnly = false;
    std::shared_ptr<Connections> m_connections;
};

} // namespace ms
