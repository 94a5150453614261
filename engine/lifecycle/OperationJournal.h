#pragma once

#include "core/Result.h"
#include "core/Version.h"
#include "store/ModuleStateRecord.h"
#include "targets/ModulesLock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace ms {

/// One module an operation changes, as its journal records it: what the site had before
/// (put back by a rollback) and every path the operation may create (removed by a
/// rollback, whether or not it got as far as creating it). All of it is written before the
/// operation touches the disk, so recovery never meets a change it was not told about.
struct JournalModule
{
    QString module;
    QString action; ///< "install", "upgrade", "enable", "disable", "rollback", "uninstall"
    Version fromVersion; ///< null when the module was not installed
    Version toVersion; ///< null when the action does not change the version

    // What the site had before.
    std::optional<ModulesLock::Entry> originalEntry; ///< its lock entry; nullopt when it had none
    std::optional<Version> originalCurrent; ///< where `current` pointed; nullopt when there was none
    std::optional<Version> originalPrevious; ///< where `previous` pointed
    bool moduleDirExisted = false; ///< <modules_dir>/<module> existed
    bool versionDirExisted = false; ///< toVersion's folder existed (an older copy, moved to trash)
    std::optional<ModuleStateRecord> originalState; ///< its module_states row

    // What the operation may create.
    QString staging; ///< the staging folder; empty when the action unpacks nothing
    QString trash; ///< where an older copy of toVersion's folder goes, or the module's files on uninstall

    /// How far it got, for people: "planned", "fetched", "staged", "verified", "activated",
    /// "reloaded", "done".
    QString step;
};

/// The crash journal of one operation (THREATS.md 11), stored as JSON in operation_journal
/// with a phase: "prepared" while the operation may still fail (recovery rolls it back),
/// "committed" once every change is made and the site reloaded (recovery rolls it forward:
/// only clean-up remains), "finished" or "rolled_back" at the end.
struct OperationJournal
{
    Q_DECLARE_TR_FUNCTIONS(OperationJournal)

public:
    static constexpr int Schema = 1;

    qint64 operationId = 0;
    QString kind; ///< the operation: "install", "upgrade", …
    QString site;
    QString siteDir;
    QString modulesDir;
    QString reloadCommand; ///< site.json's reload_command; empty when the site has none
    bool lockExisted = false; ///< modules.lock.json existed
    bool modulesDirExisted = false;
    bool reloadStarted = false; ///< the reload command may have run: a rollback runs it again
    int keepVersions = 3; ///< retention, applied when rolling forward
    QList<JournalModule> modules; ///< in the order the operation changes them

    JournalModule* module(const QString& name);
    const JournalModule* module(const QString& name) const;

    QByteArray toJson() const;
    /// Parses a journal document; Parse naming the field on anything malformed.
    [[nodiscard]] static Result<OperationJournal> fromJson(const QByteArray& json);
};

} // namespace ms
