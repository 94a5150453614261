#pragma once

#include "core/Result.h"
#include "store/OperationRecord.h"

#include <QCoreApplication>
#include <QList>

namespace ms {

class Database;

/// The operation log: table operations. Safe to use from any thread.
class OperationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OperationRepository)

public:
    /// @p database must outlive the repository.
    explicit OperationRepository(Database& database);

    /// Stores @p operation and returns it with its id and created_at (the database clock's
    /// now) filled in. InvalidArgument (field "kind" or "state") when either is empty.
    [[nodiscard]] Result<OperationRecord> create(const OperationRecord& operation);
    /// Writes what changes as an operation runs: state, started_at, finished_at, error_code
    /// and error_message of the row with @p operation's id. NotFound for an unknown id.
    [[nodiscard]] Status update(const OperationRecord& operation);
    /// NotFound for an unknown id.
    [[nodiscard]] Result<OperationRecord> find(qint64 id) const;
    /// The @p limit newest operations, newest first.
    [[nodiscard]] Result<QList<OperationRecord>> listRecent(int limit = 100) const;

private:
    Database& m_database;
};

} // namespace ms
