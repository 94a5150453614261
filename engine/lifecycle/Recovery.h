#pragma once

#include "core/Result.h"
#include "lifecycle/OperationJournal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ms {

class AuditLog;
class Database;

/// Finishes what an operation's journal describes, in one of two directions, so that the
/// site ends entirely in its old state or entirely in its new one, and the database agrees
/// with the disk (the lock file and the `current` links being the truth):
///
/// - rollBack(): for a journal still "prepared" — the operation failed, was cancelled, or
///   the program died during it. Staging is removed, links and lock entries are put back
///   as the journal recorded them, the version folders it made are removed (an older copy
///   it displaced comes back), folders it created go again, the site is reloaded if it may
///   have been; each module's state walks through error → … back to where it was, and its
///   row is then restored exactly.
/// - rollForward(): for a journal "committed" — every change is in place; what remains is
///   clean-up: trash, retention, an uninstall's files, and the states that follow.
///
/// Both may be repeated after a crash of their own: every step checks the disk first. The
/// Orchestrator uses the same two calls when an operation fails or commits, so the path a
/// crash takes is the path every failure takes. Callers hold the site's SiteLock;
/// recoverUnfinished() takes it itself.
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)

public:
    /// What recoverUnfinished() did with one journal.
    struct Outcome
    {
        qint64 operationId = 0;
        QString kind;
        QString site;
        QString
            result; ///< "rolled_back", "rolled_forward", "busy" (another process holds the site), "failed"
        QStringList modules;
        QStringList warnings;
        Error error; ///< for "failed" and "busy"
    };

    /// @p database must outlive this; @p audit may be null.
    Recovery(Database& database, AuditLog* audit);

    /// Undoes @p journal's operation (see above). @p cause is why: the error of the module
    /// @p failedModule (empty when the failure was not about one module), or an
    /// interruption. Marks the journal rolled_back. On failure the journal stays prepared
    /// for a later recover(), and the error says what could not be put back.
    [[nodiscard]] Status rollBack(OperationJournal& journal, const Error& cause, const QString& failedModule,
                                  QStringList* warnings = nullptr);
    /// Completes @p journal's committed operation (see above) and marks it finished. A
    /// clean-up that fails leaves the journal committed and is returned; the operation's
    /// changes stand.
    [[nodiscard]] Status rollForward(OperationJournal& journal, QStringList* warnings = nullptr);

    /// Every unfinished journal, oldest first (only @p site's when given): rolled back or
    /// forward under its site's lock, its operation record updated ("interrupted" or
    /// "succeeded") and audited. A site whose lock another process holds is left alone
    /// ("busy"): its operation is still running. An operation row left "running" without a
    /// journal (a crash before its first change) is marked "interrupted" too. With
    /// @p siteLockHeld the caller holds the
    /// lock of @p site (which must be given) and no lock is taken.
    [[nodiscard]] Result<QList<Outcome>> recoverUnfinished(const QString& site = {},
                                                           bool siteLockHeld = false);

private:
    Status restoreDisk(const OperationJournal& journal, const JournalModule& m) const;
    Status restoreState(const OperationJournal& journal, const JournalModule& m, const QString& reason);
    Status finishState(const OperationJournal& journal, const JournalModule& m);
    Status setPhase(OperationJournal& journal, const QString& phase);

    Database& m_database;
    AuditLog* m_audit;
};

} // namespace ms
