#include "lifecycle/Orchestrator.h"

#include "lifecycle/Operation.h"
#include "lifecycle/RecoverJob.h"
#include "lifecycle/StateRecorder.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "targets/LocalTarget.h"

using namespace Qt::StringLiterals;

namespace ms {

Orchestrator::Orchestrator(Database& database, AuditLog* audit, SecretStore* secrets, const Clock& clock,
                           const OperationQueue::Policy& policy, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_audit(audit)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_queue(new OperationQueue(policy, this))
{
}

Orchestrator::~Orchestrator() = default;

Operation* Orchestrator::submit(const OperationRequest& request, QObject* parent)
{
    return new Operation(this, request, parent);
}

RecoverJob* Orchestrator::recover(QObject* parent)
{
    return new RecoverJob(m_database, m_audit, {}, parent);
}

Result<QList<ModuleStatus>> Orchestrator::modules(const QString& site) const
{
    auto found = SiteRepository(m_database).findByName(site);
    if (!found)
        return found.error();
    const LocalTarget target(found->path, found->modulesDir);
    auto lock = target.readLock();
    if (!lock)
        return lock.error();
    StateRecorder states(m_database, m_audit);
    QList<ModuleStatus> list;
    for (const ModulesLock::Entry& e : lock->entries()) {
        ModuleStatus s;
        s.module = e.moduleName;
        s.version = e.version;
        s.enabled = e.enabled;
        auto row = states.row(site, e.moduleName);
        if (!row)
            return row.error();
        if (*row) {
            s.tracked = true;
            s.state = (*row)->state;
            s.targetVersion = (*row)->targetVersion;
            s.reason = (*row)->reason;
            s.updatedAt = (*row)->updatedAt;
            s.operationId = (*row)->operationId;
        } else {
            s.state = ModuleStateMachine::name(e.enabled ? ModuleState::Running : ModuleState::Installed);
        }
        // A broken link is shown as none: the listing must not fail on what recover fixes.
        s.current = target.linkedVersion(e.moduleName, LocalTarget::Link::Current).valueOr(std::nullopt);
        s.previous = target.linkedVersion(e.moduleName, LocalTarget::Link::Previous).valueOr(std::nullopt);
        s.versionsOnDisk = target.versionsOnDisk(e.moduleName).valueOr({});
        list.append(s);
    }
    return list;
}

Status Orchestrator::setMaintenance(const QString& site, const QString& module, bool on)
{
    StateRecorder states(m_database, m_audit);
    auto row = states.row(site, module);
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, tr("%1 has no state on %2").arg(module, site), module);
    const StateRecorder::Move move {(*row)->version, {}, on ? tr("marked for maintenance") : QString(), 0};
    return states.move(site, module, on ? ModuleState::Maintenance : ModuleState::Running, move);
}

} // namespace ms
