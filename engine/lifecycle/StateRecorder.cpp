#include "lifecycle/StateRecorder.h"

#include "audit/AuditLog.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ms {

StateRecorder::StateRecorder(Database& database, AuditLog* audit)
    : m_database(database)
    , m_audit(audit)
    , m_repository(database)
{
}

Result<std::optional<ModuleStateRecord>> StateRecorder::row(const QString& site, const QString& module) const
{
    return m_repository.find(site, module);
}

Result<ModuleState> StateRecorder::state(const QString& site, const QString& module) const
{
    auto found = m_repository.find(site, module);
    if (!found)
        return found.error();
    if (!*found)
        return ModuleState::Available;
    const auto parsed = ModuleStateMachine::fromName((*found)->state);
    if (!parsed)
        return Error(ErrorCode::Parse,
                     tr("the stored state \"%1\" is not one this program knows").arg((*found)->state),
                     site + u'/' + module);
    return *parsed;
}

Status StateRecorder::move(const QString& site, const QString& module, ModuleState to, const Move& info)
{
    auto from = state(site, module);
    if (!from)
        return from.error();
    if (!ModuleStateMachine::allowed(*from, to))
        return Error(ErrorCode::Conflict, ModuleStateMachine::refusal(*from, to), site + u'/' + module);
    return record(site, module, *from, to, info);
}

Status StateRecorder::moveAlong(const QString& site, const QString& module, ModuleState to, const Move& info)
{
    auto from = state(site, module);
    if (!from)
        return from.error();
    if (*from == to)
        return {};
    const QList<ModuleState> steps = path(*from, to);
    if (steps.isEmpty())
        return Error(ErrorCode::Conflict, ModuleStateMachine::refusal(*from, to), site + u'/' + module);
    ModuleState at = *from;
    for (ModuleState next : steps) {
        if (Status recorded = record(site, module, at, next, info); !recorded)
            return recorded;
        at = next;
    }
    return {};
}

Status StateRecorder::adopt(const QString& site, const QString& module, ModuleState state, const Move& info)
{
    auto existing = m_repository.find(site, module);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error(ErrorCode::Conflict, tr("the module already has a state"), site + u'/' + module);
    return record(site, module, std::nullopt, state, info);
}

Status StateRecorder::restore(const QString& site, const QString& module,
                              const std::optional<ModuleStateRecord>& row)
{
    return m_repository.restore(site, module, row);
}

Status StateRecorder::record(const QString& site, const QString& module,
                             const std::optional<ModuleState>& from, ModuleState to, const Move& info)
{
    ModuleStateChange change;
    change.site = site;
    change.module = module;
    change.fromState = from ? ModuleStateMachine::name(*from) : QString();
    change.toState = ModuleStateMachine::name(to);
    change.version = info.version;
    change.reason = info.reason;
    change.operationId = info.operationId;
    std::optional<ModuleStateRecord> next;
    if (to != ModuleState::Gone) {
        next = ModuleStateRecord {
            site, module, change.toState, info.version, info.targetVersion, info.reason, info.operationId,
            {}};
    }
    auto stored = m_repository.apply(change, next);
    if (!stored)
        return stored.error();
    if (m_audit) {
        AuditEvent event;
        event.action = u"module.state"_s;
        event.site = site;
        event.module = module;
        event.toVersion = info.version;
        event.outcome = to == ModuleState::Error ? AuditRecord::Outcome::Failure : AuditRecord::Outcome::Info;
        event.message = change.fromState.isEmpty() ? tr("found on disk as %1").arg(change.toState)
                                                   : change.fromState + u" → "_s + change.toState;
        if (!info.reason.isEmpty())
            event.message += u": "_s + info.reason;
        event.details = QJsonObject {{u"from_state"_s, change.fromState}, {u"to_state"_s, change.toState}};
        event.operationId = info.operationId;
        if (auto audited = m_audit->record(event); !audited)
            return audited.error();
    }
    return {};
}

QList<ModuleState> StateRecorder::path(ModuleState from, ModuleState to)
{
    // Breadth-first over the table; Error is a last resort, tried only when no path avoids it.
    for (bool viaError : {false, true}) {
        QHash<ModuleState, ModuleState> cameFrom;
        QList<ModuleState> frontier {from};
        cameFrom.insert(from, from);
        while (!frontier.isEmpty() && !cameFrom.contains(to)) {
            QList<ModuleState> next;
            for (ModuleState s : std::as_const(frontier)) {
                for (ModuleState candidate : ModuleStateMachine::all()) {
                    if (cameFrom.contains(candidate) || !ModuleStateMachine::allowed(s, candidate))
                        continue;
                    if (candidate == ModuleState::Error && !viaError && to != ModuleState::Error)
                        continue;
                    cameFrom.insert(candidate, s);
                    next.append(candidate);
                }
            }
            frontier = next;
        }
        if (cameFrom.contains(to)) {
            QList<ModuleState> steps;
            for (ModuleState s = to; s != from; s = cameFrom.value(s))
                steps.prepend(s);
            return steps;
        }
    }
    return {};
}

} // namespace ms
