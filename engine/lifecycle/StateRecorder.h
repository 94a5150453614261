#pragma once

#include "core/Result.h"
#include "lifecycle/ModuleState.h"
#include "store/ModuleStateRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace ms {

class AuditLog;
class Database;

/// Moves modules through the state machine: every change is checked against
/// ModuleStateMachine, stored with its time and operation (module_states and its history, in
/// one transaction) and written to the audit log as "module.state". Usable from any thread.
class StateRecorder
{
    Q_DECLARE_TR_FUNCTIONS(StateRecorder)

public:
    /// What goes with a transition.
    struct Move
    {
        QString version; ///< the version the new state is about
        QString targetVersion; ///< where an operation is taking the module; empty when nowhere
        QString reason; ///< why (an error's text for Error); empty when the state says it all
        qint64 operationId = 0;
    };

    /// @p database must outlive the recorder; @p audit may be null (nothing audited).
    StateRecorder(Database& database, AuditLog* audit);

    [[nodiscard]] Result<std::optional<ModuleStateRecord>> row(const QString& site,
                                                               const QString& module) const;
    /// The state of @p module on @p site: Available when it has no row.
    [[nodiscard]] Result<ModuleState> state(const QString& site, const QString& module) const;

    /// Moves @p module from its state to @p to. Conflict, with nothing written, when the
    /// table does not allow it. Gone deletes the row.
    [[nodiscard]] Status move(const QString& site, const QString& module, ModuleState to, const Move& info);
    /// Moves @p module to @p to along the shortest path the table allows (each step
    /// recorded), avoiding Error unless there is no other way. Nothing when it is there already.
    [[nodiscard]] Status moveAlong(const QString& site, const QString& module, ModuleState to,
                                   const Move& info);
    /// Records a module that the database has never seen, at the state the disk shows
    /// (history from_state empty). Conflict when it has a row.
    [[nodiscard]] Status adopt(const QString& site, const QString& module, ModuleState state,
                               const Move& info);
    /// Puts the row back exactly as it was (see ModuleStateRepository::restore).
    [[nodiscard]] Status restore(const QString& site, const QString& module,
                                 const std::optional<ModuleStateRecord>& row);

    /// The shortest path from @p from to @p to through the table (without @p from), Error
    /// only when unavoidable, ties going to the state ModuleState declares first; empty when
    /// @p to cannot be reached.
    static QList<ModuleState> path(ModuleState from, ModuleState to);

private:
    Status record(const QString& site, const QString& module, const std::optional<ModuleState>& from,
                  ModuleState to, const Move& info);

    Database& m_database;
    AuditLog* m_audit;
    ModuleStateRepository m_repository;
};

} // namespace ms
