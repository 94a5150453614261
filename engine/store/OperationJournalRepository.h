#pragma once

#include "core/Result.h"
#include "store/JournalRecord.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace ms {

class Database;

/// The crash journal: table operation_journal, one row per operation that touches a site's
/// files. Every write is durable when it returns: on SQLite it commits with
/// synchronous=FULL (the connections otherwise run with NORMAL, whose last commits a power
/// cut may undo — harmless for most tables, fatal for a journal that must be on disk before
/// the change it describes). Safe to use from any thread.
class OperationJournalRepository
{
    Q_DECLARE_TR_FUNCTIONS(OperationJournalRepository)

public:
    /// @p database must outlive the repository.
    explicit OperationJournalRepository(Database& database);

    /// Starts the journal of @p record.operationId, replacing one left by an earlier attempt
    /// of the same operation. InvalidArgument when the id, site, phase or document is empty.
    [[nodiscard]] Status begin(const JournalRecord& record);
    /// Replaces the phase and document of @p operationId's journal. NotFound for an unknown id.
    [[nodiscard]] Status update(qint64 operationId, const QString& phase, const QByteArray& document);
    /// The journal of @p operationId; nullopt when it has none.
    [[nodiscard]] Result<std::optional<JournalRecord>> find(qint64 operationId) const;
    /// Journals whose phase is "prepared" or "committed", oldest first: what recovery must finish.
    [[nodiscard]] Result<QList<JournalRecord>> unfinished() const;
    /// An operation row still marked "running" whose journal is not open.
    struct StaleOperation
    {
        qint64 operationId = 0;
        QString site;
        QString journalPhase; ///< "finished" or "rolled_back"; empty when it has no journal
    };
    /// Operations marked "running" whose journal is not open (never written, or closed),
    /// oldest first: rows a crash left before the operation changed anything or after its
    /// journal closed, or rows of operations running right now — the caller tells them apart
    /// by the site lock.
    [[nodiscard]] Result<QList<StaleOperation>> runningWithoutJournal() const;

private:
    Status write(const QString& sql, const QVariantList& values, bool mustChangeRow, qint64 operationId);

    Database& m_database;
};

} // namespace ms
