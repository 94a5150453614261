#include "lifecycle/Recovery.h"

#include "audit/AuditLog.h"
#include "lifecycle/FaultInjection.h"
#include "lifecycle/SiteReloader.h"
#include "lifecycle/StateRecorder.h"
#include "store/Database.h"
#include "store/OperationJournalRepository.h"
#include "store/OperationRepository.h"
#include "store/SiteRepository.h"
#include "targets/LocalTarget.h"
#include "targets/SiteLock.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

bool unpacks(const JournalModule& m)
{
    return m.action == u"install" || m.action == u"upgrade" || m.action == u"downgrade";
}

QString tag(const OperationJournal& journal, const JournalModule& m, const QString& what)
{
    return QString::number(journal.operationId) + u'-' + m.module + u'-' + what;
}

} // namespace

Recovery::Recovery(Database& database, AuditLog* audit)
    : m_database(database)
    , m_audit(audit)
{
}

Status Recovery::rollBack(OperationJournal& journal, const Error& cause, const QString& failedModule,
                          QStringList* warnings)
{
    const LocalTarget target(journal.siteDir, journal.modulesDir);
    // Last change first, so that each module is put back over what came after it.
    for (auto it = journal.modules.crbegin(); it != journal.modules.crend(); ++it) {
        if (Status restored = restoreDisk(journal, *it); !restored)
            return restored;
    }
    if (Status cleaned = target.removeLeftovers(); !cleaned)
        return cleaned;
    if (!journal.modulesDirExisted) {
        if (Status removed = target.removeDirectoryIfEmpty(target.modulesDir()); !removed)
            return removed;
    }
    // The runtime may have loaded the new lock: have it read the old one again. The files are
    // back either way, so a failing reload is reported, not fatal.
    if (journal.reloadStarted && !journal.reloadCommand.isEmpty()) {
        if (Status reloaded = SiteReloader::run(journal.reloadCommand, journal.siteDir);
            !reloaded && warnings)
            warnings->append(reloaded.error().toString());
    }
    for (auto it = journal.modules.crbegin(); it != journal.modules.crend(); ++it) {
        const QString reason = failedModule.isEmpty() || it->module == failedModule
            ? cause.message()
            : tr("undone because %1 failed: %2").arg(failedModule, cause.message());
        if (Status restored = restoreState(journal, *it, reason); !restored)
            return restored;
    }
    return setPhase(journal, u"rolled_back"_s);
}

Status Recovery::restoreDisk(const OperationJournal& journal, const JournalModule& m) const
{
    const LocalTarget target(journal.siteDir, journal.modulesDir);
    if (!m.staging.isEmpty()) {
        if (Status removed = target.removeTree(m.staging, target.trashPath(tag(journal, m, u"staging"_s)));
            !removed)
            return removed;
    }
    const bool moduleDirThere = QFileInfo(target.moduleDir(m.module)).isDir();
    if (moduleDirThere) {
        if (Status linked = target.pointLink(m.module, LocalTarget::Link::Current, m.originalCurrent);
            !linked)
            return linked;
        if (Status linked = target.pointLink(m.module, LocalTarget::Link::Previous, m.originalPrevious);
            !linked)
            return linked;
    }
    if (unpacks(m) && moduleDirThere) {
        const QString dir = target.versionDir(m.module, m.toVersion);
        const QString removing = target.trashPath(tag(journal, m, u"new"_s));
        if (!m.versionDirExisted) {
            if (Status removed = target.removeTree(dir, removing); !removed)
                return removed;
        } else if (QFileInfo::exists(m.trash) || QFileInfo(m.trash).isSymLink()) {
            // The older copy it displaced comes back in place of the new one.
            if (Status removed = target.removeTree(dir, removing); !removed)
                return removed;
            if (Status moved = target.moveDirectory(m.trash, dir); !moved)
                return moved;
        }
    }
    if (Status locked = target.setLockEntry(m.module, m.originalEntry, !journal.lockExisted); !locked)
        return locked;
    if (!m.moduleDirExisted) {
        if (Status removed = target.removeDirectoryIfEmpty(target.moduleDir(m.module)); !removed)
            return removed;
    }
    return {};
}

Status Recovery::restoreState(const OperationJournal& journal, const JournalModule& m, const QString& reason)
{
    StateRecorder recorder(m_database, m_audit);
    auto row = recorder.row(journal.site, m.module);
    if (!row)
        return row.error();
    if (*row == m.originalState)
        return {};
    if (*row) {
        auto state = recorder.state(journal.site, m.module);
        if (!state)
            return state.error();
        StateRecorder::Move move {(*row)->version, {}, reason, journal.operationId};
        if (*state != ModuleState::Error) {
            if (Status moved = recorder.move(journal.site, m.module, ModuleState::Error, move); !moved)
                return moved;
        }
        if (!m.originalState) {
            move.reason = tr("rolled back: it was not installed before");
            for (ModuleState next : {ModuleState::Uninstalling, ModuleState::Gone}) {
                if (Status moved = recorder.move(journal.site, m.module, next, move); !moved)
                    return moved;
            }
        } else {
            const auto original = ModuleStateMachine::fromName(m.originalState->state);
            if (!original)
                return Error(ErrorCode::Parse,
                             tr("the journal's state \"%1\" is not one this program knows")
                                 .arg(m.originalState->state),
                             journal.site + u'/' + m.module);
            move.version = m.originalState->version;
            move.reason = tr("rolled back to the state before operation %1").arg(journal.operationId);
            if (Status moved = recorder.move(journal.site, m.module, ModuleState::RollingBack, move); !moved)
                return moved;
            if (Status moved = recorder.moveAlong(journal.site, m.module, *original, move); !moved)
                return moved;
        }
    }
    // The history tells what happened; the row itself goes back exactly as it was.
    return recorder.restore(journal.site, m.module, m.originalState);
}

Status Recovery::rollForward(OperationJournal& journal, QStringList* warnings)
{
    const LocalTarget target(journal.siteDir, journal.modulesDir);
    Status cleaned;
    for (const JournalModule& m : std::as_const(journal.modules)) {
        if (unpacks(m)) {
            auto removed
                = target.applyRetention(m.module, journal.keepVersions, QString::number(journal.operationId));
            if (!removed && cleaned)
                cleaned = removed.error();
        } else if (m.action == u"uninstall") {
            if (Status removed = target.removeModuleFiles(m.module, m.trash); !removed && cleaned)
                cleaned = removed;
        }
    }
    if (Status removed = target.removeLeftovers(); !removed && cleaned)
        cleaned = removed;
    FaultInjection::reached("cleaned");
    for (const JournalModule& m : std::as_const(journal.modules)) {
        if (Status finished = finishState(journal, m); !finished)
            return finished;
    }
    if (!cleaned) {
        if (warnings)
            warnings->append(
                tr("clean-up is incomplete (recover finishes it): %1").arg(cleaned.error().toString()));
        return cleaned;
    }
    return setPhase(journal, u"finished"_s);
}

Status Recovery::finishState(const OperationJournal& journal, const JournalModule& m)
{
    const LocalTarget target(journal.siteDir, journal.modulesDir);
    auto lock = target.readLock();
    if (!lock)
        return lock.error();
    StateRecorder recorder(m_database, m_audit);
    auto row = recorder.row(journal.site, m.module);
    if (!row)
        return row.error();
    const ModulesLock::Entry* entry = lock->find(m.module);
    StateRecorder::Move move {{}, {}, {}, journal.operationId};
    if (!entry) {
        if (!*row)
            return {};
        move.version = (*row)->version;
        return recorder.moveAlong(journal.site, m.module, ModuleState::Gone, move);
    }
    move.version = entry->version.toFullString();
    const ModuleState desired = entry->enabled ? ModuleState::Running : ModuleState::Installed;
    if (!*row) {
        move.reason = tr("found on disk");
        return recorder.adopt(journal.site, m.module, desired, move);
    }
    auto state = recorder.state(journal.site, m.module);
    if (!state)
        return state.error();
    const bool sameVersion = (*row)->version == move.version && (*row)->targetVersion.isEmpty();
    if (sameVersion
        && (*state == desired || (*state == ModuleState::Maintenance && desired == ModuleState::Running)))
        return {};
    if (*state == desired) {
        // The right state about the wrong version: say so on the way through error.
        StateRecorder::Move wrong = move;
        wrong.version = (*row)->version;
        wrong.reason = tr("the database said version %1, the site has %2").arg((*row)->version, move.version);
        if (Status moved = recorder.move(journal.site, m.module, ModuleState::Error, wrong); !moved)
            return moved;
    }
    return recorder.moveAlong(journal.site, m.module, desired, move);
}

Status Recovery::setPhase(OperationJournal& journal, const QString& phase)
{
    return OperationJournalRepository(m_database).update(journal.operationId, phase, journal.toJson());
}

Result<QList<Recovery::Outcome>> Recovery::recoverUnfinished(const QString& site, bool siteLockHeld)
{
    if (siteLockHeld && site.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("a held site lock needs the site's name"), u"site"_s);
    OperationJournalRepository journals(m_database);
    auto records = journals.unfinished();
    if (!records)
        return records.error();
    QList<Outcome> outcomes;
    OperationRepository operations(m_database);
    for (const JournalRecord& record : std::as_const(*records)) {
        if (!site.isEmpty() && record.site != site)
            continue;
        Outcome outcome;
        outcome.operationId = record.operationId;
        outcome.site = record.site;
        auto journal = OperationJournal::fromJson(record.document);
        if (!journal) {
            outcome.result = u"failed"_s;
            outcome.error = journal.error();
            outcomes.append(outcome);
            continue;
        }
        outcome.kind = journal->kind;
        for (const JournalModule& m : std::as_const(journal->modules))
            outcome.modules.append(m.module);
        SiteLock lock;
        if (Status locked = siteLockHeld ? Status() : lock.tryAcquire(journal->siteDir); !locked) {
            outcome.result = locked.error().code() == ErrorCode::Conflict ? u"busy"_s : u"failed"_s;
            outcome.error = locked.error();
            outcomes.append(outcome);
            continue;
        }
        const bool forward = record.phase == u"committed";
        const Error interrupted(
            ErrorCode::Cancelled,
            tr("operation %1 was interrupted and has been rolled back").arg(record.operationId));
        const Status done = forward ? rollForward(*journal, &outcome.warnings)
                                    : rollBack(*journal, interrupted, QString(), &outcome.warnings);
        outcome.result = !done ? u"failed"_s : forward ? u"rolled_forward"_s : u"rolled_back"_s;
        outcome.error = done.error();

        if (auto operation = operations.find(record.operationId)) {
            OperationRecord updated = *operation;
            if (done) {
                updated.state = forward ? u"succeeded"_s : u"interrupted"_s;
                updated.finishedAt = m_database.clock().now().toUTC();
                updated.setError(forward ? Error() : interrupted);
                if (Status written = operations.update(updated); !written)
                    outcome.warnings.append(written.error().toString());
            }
        }
        if (m_audit) {
            AuditEvent event;
            event.action = u"recover"_s;
            event.site = journal->site;
            event.module = outcome.modules.join(u' ');
            event.outcome = done ? AuditRecord::Outcome::Success : AuditRecord::Outcome::Failure;
            event.message = done
                ? (forward ? tr("completed operation %1 (%2)").arg(record.operationId).arg(journal->kind)
                           : tr("rolled back operation %1 (%2)").arg(record.operationId).arg(journal->kind))
                : done.error().toString();
            event.details = QJsonObject {{u"result"_s, outcome.result}, {u"kind"_s, journal->kind}};
            event.operationId = record.operationId;
            if (auto audited = m_audit->record(event); !audited)
                outcome.warnings.append(audited.error().toString());
        }
        outcomes.append(outcome);
    }

    // Rows marked running with no open journal: a crash before the operation touched the
    // site or after its journal closed, unless a live operation holds the site (it marks its
    // row running only while it does).
    auto stale = journals.runningWithoutJournal();
    if (!stale)
        return stale.error();
    for (const OperationJournalRepository::StaleOperation& row : std::as_const(*stale)) {
        const qint64 operationId = row.operationId;
        const QString& operationSite = row.site;
        if (!site.isEmpty() && operationSite != site)
            continue;
        Outcome outcome;
        outcome.operationId = operationId;
        outcome.site = operationSite;
        auto operation = operations.find(operationId);
        if (!operation)
            return operation.error();
        outcome.kind = operation->kind;
        SiteLock lock;
        if (!siteLockHeld) {
            auto known = SiteRepository(m_database).findByName(operationSite);
            if (known) {
                if (Status locked = lock.tryAcquire(known->path); !locked) {
                    outcome.result = locked.error().code() == ErrorCode::Conflict ? u"busy"_s : u"failed"_s;
                    outcome.error = locked.error();
                    outcomes.append(outcome);
                    continue;
                }
            }
        }
        // A finished journal means every change was made; otherwise the site is as before.
        const bool done = row.journalPhase == u"finished";
        OperationRecord updated = *operation;
        updated.state = done ? u"succeeded"_s : u"interrupted"_s;
        updated.finishedAt = m_database.clock().now().toUTC();
        updated.setError(done ? Error()
                              : Error(ErrorCode::Cancelled,
                                      tr("operation %1 was interrupted and changed nothing").arg(operationId)));
        if (Status written = operations.update(updated); !written)
            return written.error();
        outcome.result = done ? u"rolled_forward"_s : u"rolled_back"_s;
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace ms
