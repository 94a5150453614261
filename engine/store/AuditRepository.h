#pragma once

#include "core/Result.h"
#include "store/AuditRecord.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace ms {

class Database;

/// Which audit entries to read. Empty fields do not filter.
struct AuditFilter
{
    QDateTime since;          ///< at or after
    QDateTime until;          ///< before
    QString site;
    QString module;
    QString actor;
    QString action;           ///< exact, or a prefix ending in '.' ("health." for every health event)
    QString outcome;          ///< "success", "failure", "info"
    int limit = 0;            ///< newest first; 0 for all
};

/// The audit log's table. Appending takes the chain head under the write transaction, so
/// concurrent writers (the console and a CLI) still build one unbroken chain.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    explicit AuditRepository(Database& database);

    /// Stores @p record (id, prevHash and hash are assigned) and returns it as stored.
    [[nodiscard]] Result<AuditRecord> append(AuditRecord record);

    /// Entries matching @p filter, newest first.
    [[nodiscard]] Result<QList<AuditRecord>> list(const AuditFilter& filter = {}) const;

    /// Every entry oldest first, in batches, without loading the whole log; @p visit returns
    /// false to stop early.
    [[nodiscard]] Status forEach(const std::function<bool(const AuditRecord&)>& visit) const;

    /// The id and hash of the newest entry as recorded in the head (0 and the genesis hash
    /// for an empty log).
    [[nodiscard]] Result<QPair<qint64, QString>> head() const;

private:
    Database& m_database;
};

} // namespace ms
