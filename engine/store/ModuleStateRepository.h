#pragma once

#include "core/Result.h"
#include "store/ModuleStateRecord.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace ms {

class Database;

/// Module states per site and their history: tables module_states and
/// module_state_history. Checking a transition against the state machine is the lifecycle's
/// business; this class stores what it is given. Safe to use from any thread.
class ModuleStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ModuleStateRepository)

public:
    /// @p database must outlive the repository.
    explicit ModuleStateRepository(Database& database);

    /// The row of @p module on @p site; nullopt when there is none.
    [[nodiscard]] Result<std::optional<ModuleStateRecord>> find(const QString& site,
                                                                const QString& module) const;
    /// Every module of @p site, by name.
    [[nodiscard]] Result<QList<ModuleStateRecord>> list(const QString& site) const;

    /// Records one transition in one transaction: appends @p change to the history and makes
    /// the row @p row, or deletes the row when @p row is nullopt (an uninstall's end). Both
    /// get the database clock's now. Returns the stored change. InvalidArgument when
    /// site, module or toState is empty, or @p row names another module.
    [[nodiscard]] Result<ModuleStateChange> apply(const ModuleStateChange& change,
                                                  const std::optional<ModuleStateRecord>& row);
    /// Puts the row of @p module on @p site back exactly as @p row was (updated_at included),
    /// or deletes it for nullopt, without history: how a rolled-back operation leaves the
    /// table as it found it after its transitions went into the history.
    [[nodiscard]] Status restore(const QString& site, const QString& module,
                                 const std::optional<ModuleStateRecord>& row);

    /// The transitions of @p module on @p site (every module of the site when @p module is
    /// empty), oldest first.
    [[nodiscard]] Result<QList<ModuleStateChange>> history(const QString& site,
                                                           const QString& module = {}) const;

private:
    Database& m_database;
};

} // namespace ms
