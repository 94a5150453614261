#include "lifecycle/OperationPlanner.h"

#include "lifecycle/StateRecorder.h"
#include "resolve/DependencyResolver.h"
#include "targets/LocalTarget.h"

using namespace Qt::StringLiterals;

namespace ms {

namespace {

using Plan = OperationPlanner::Plan;

ModuleChange change(const QString& module, ModuleChange::Action action, const Version& from,
                    const Version& to = {})
{
    ModuleChange c;
    c.module = module;
    c.action = action;
    c.fromVersion = from;
    c.toVersion = to;
    return c;
}

} // namespace

OperationPlanner::OperationPlanner(const LocalTarget& target, const QString& site,
                                   const StateRecorder& states)
    : m_target(target)
    , m_site(site)
    , m_states(states)
{
}

Result<Plan> OperationPlanner::plan(const OperationRequest& request, const Catalog& catalog,
                                    const Version& core) const
{
    if (request.modules.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("no module was named"), u"modules"_s);
    using Kind = OperationRequest::Kind;
    if (request.kind != Kind::Install && request.kind != Kind::Upgrade && request.modules.size() != 1)
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 takes one module").arg(OperationRequest::kindName(request.kind)), u"modules"_s);
    switch (request.kind) {
    case Kind::Install:
    case Kind::Upgrade:
        return planInstall(request, catalog, core);
    case Kind::Enable:
        return planEnable(request.modules.first());
    case Kind::Disable:
        return planDisable(request.modules.first());
    case Kind::Rollback:
        return planRollback(request.modules.first());
    case Kind::Uninstall:
        return planUninstall(request.modules.first(), request.cascade);
    }
    return Error(ErrorCode::Internal, tr("unknown operation"));
}

Status OperationPlanner::checkState(const QString& module, ModuleState to) const
{
    auto state = m_states.state(m_site, module);
    if (!state)
        return state.error();
    if (*state == ModuleState::Maintenance)
        return Error(ErrorCode::Conflict,
                     tr("%1 is in maintenance; take it out of maintenance first").arg(module), m_site);
    if (!ModuleStateMachine::allowed(*state, to))
        return Error(
            ErrorCode::Conflict,
            tr("%1 is %2, and %3")
                .arg(module, ModuleStateMachine::name(*state), ModuleStateMachine::refusal(*state, to)),
            m_site);
    return {};
}

Result<Plan> OperationPlanner::planInstall(const OperationRequest& request, const Catalog& catalog,
                                           const Version& core) const
{
    auto lock = m_target.readLock();
    if (!lock)
        return lock.error();
    DependencyResolver resolver(catalog, core);
    for (const ModulesLock::Entry& e : lock->entries()) {
        // The manifest it was installed from knows its real dependencies; the catalog is the fallback.
        if (auto m = m_target.manifest(e.moduleName, e.version); m && m->version() == e.version)
            resolver.addInstalled(*m);
        else
            resolver.addInstalled(e.moduleName, e.version);
    }
    if (request.kind == OperationRequest::Kind::Upgrade) {
        for (const QString& text : request.modules) {
            auto parsed = ModuleRequest::parse(text);
            if (!parsed)
                return parsed.error();
            if (!lock->find(parsed->moduleName))
                return Error(ErrorCode::NotFound,
                             tr("%1 is not installed: install it instead").arg(parsed->moduleName), m_site);
        }
    }
    const Resolution resolution = resolver.resolve(request.modules);
    if (!resolution)
        return Error(resolution.error().code(), resolution.error().message(), m_site,
                     resolution.explanation().join(u'\n'));

    Plan plan;
    plan.resolution = resolution.plan();
    for (const PlanStep& step : resolution.plan()) {
        const ModulesLock::Entry* installed = lock->find(step.moduleName);
        if (step.action == PlanStep::Action::Keep) {
            if (installed && !installed->enabled)
                return Error(
                    ErrorCode::Conflict,
                    tr("%1 is disabled, and the plan needs it: enable it first").arg(step.moduleName),
                    m_site);
            continue;
        }
        const CatalogModule* module = catalog.module(step.moduleName);
        const CatalogVersion* entry = module ? module->find(step.version) : nullptr;
        if (!entry)
            return Error(ErrorCode::Internal, tr("the plan names a version the catalog does not list"),
                         step.moduleName + u'@' + step.version.toFullString());
        ModuleChange c;
        c.module = step.moduleName;
        c.toVersion = step.version;
        c.reason = step.reason;
        c.registry = module->registry;
        c.entry = *entry;
        c.licenseRequired = entry->licenseRequired;
        if (!installed) {
            c.action = ModuleChange::Action::Install;
            if (Status allowed = checkState(c.module, ModuleState::Downloading); !allowed)
                return allowed.error();
        } else {
            c.action = step.action == PlanStep::Action::Downgrade ? ModuleChange::Action::Downgrade
                                                                  : ModuleChange::Action::Upgrade;
            c.fromVersion = installed->version;
            if (!installed->enabled)
                return Error(ErrorCode::Conflict,
                             tr("%1 is disabled: enable it before changing its version").arg(c.module),
                             m_site);
            if (Status allowed = checkState(c.module, ModuleState::Updating); !allowed)
                return allowed.error();
        }
        plan.changes.append(c);
    }
    return plan;
}

Result<Plan> OperationPlanner::planEnable(const QString& module) const
{
    auto lock = m_target.readLock();
    if (!lock)
        return lock.error();
    const ModulesLock::Entry* entry = lock->find(module);
    if (!entry)
        return Error(ErrorCode::NotFound, tr("%1 is not installed").arg(module), m_site);
    if (entry->enabled)
        return Plan {};
    auto manifest = m_target.manifest(module, entry->version);
    if (!manifest)
        return manifest.error();
    for (auto it = manifest->dependencies().cbegin(); it != manifest->dependencies().cend(); ++it) {
        if (it.key() == Manifest::coreName())
            continue;
        const ModulesLock::Entry* dependency = lock->find(it.key());
        if (!dependency || !dependency->enabled || !it.value().contains(dependency->version, true))
            return Error(ErrorCode::Conflict,
                         tr("%1 needs %2 %3, which is not enabled").arg(module, it.key(), it.value().text()),
                         m_site);
    }
    if (Status allowed = checkState(module, ModuleState::Configuring); !allowed)
        return allowed.error();
    return Plan {{change(module, ModuleChange::Action::Enable, entry->version)}, {}};
}

Result<Plan> OperationPlanner::planDisable(const QString& module) const
{
    auto lock = m_target.readLock();
    if (!lock)
        return lock.error();
    const ModulesLock::Entry* entry = lock->find(module);
    if (!entry)
        return Error(ErrorCode::NotFound, tr("%1 is not installed").arg(module), m_site);
    if (!entry->enabled)
        return Plan {};
    auto dependents = m_target.dependents(module);
    if (!dependents)
        return dependents.error();
    QStringList enabled;
    for (const QString& d : std::as_const(*dependents)) {
        if (const ModulesLock::Entry* e = lock->find(d); e && e->enabled)
            enabled.append(d);
    }
    if (!enabled.isEmpty())
        return Error(
            ErrorCode::Conflict,
            tr("%1 is needed by enabled modules: %2; disable them first").arg(module, enabled.join(u", "_s)),
            m_site);
    if (Status allowed = checkState(module, ModuleState::Stopping); !allowed)
        return allowed.error();
    return Plan {{change(module, ModuleChange::Action::Disable, entry->version)}, {}};
}

Result<Plan> OperationPlanner::planRollback(const QString& module) const
{
    auto lock = m_target.readLock();
    if (!lock)
        return lock.error();
    const ModulesLock::Entry* entry = lock->find(module);
    if (!entry)
        return Error(ErrorCode::NotFound, tr("%1 is not installed").arg(module), m_site);
    if (!entry->enabled)
        return Error(ErrorCode::Conflict, tr("%1 is disabled: enable it before rolling it back").arg(module),
                     m_site);
    auto previous = m_target.linkedVersion(module, LocalTarget::Link::Previous);
    if (!previous)
        return previous.error();
    if (!*previous)
        return Error(ErrorCode::NotFound, tr("%1 has no previous version on disk to go back to").arg(module),
                     m_site);
    const Version back = **previous;
    // The older version must still fit: its own dependencies, and what others need of it.
    auto manifest = m_target.manifest(module, back);
    if (!manifest)
        return manifest.error();
    for (auto it = manifest->dependencies().cbegin(); it != manifest->dependencies().cend(); ++it) {
        if (it.key() == Manifest::coreName())
            continue;
        const ModulesLock::Entry* dependency = lock->find(it.key());
        if (!dependency || !it.value().contains(dependency->version, true))
            return Error(ErrorCode::Conflict,
                         tr("%1 %2 needs %3 %4, which the site does not have")
                             .arg(module, back.toFullString(), it.key(), it.value().text()),
                         m_site);
    }
    for (const ModulesLock::Entry& other : lock->entries()) {
        if (other.moduleName == module)
            continue;
        auto theirs = m_target.manifest(other.moduleName, other.version);
        if (!theirs || !theirs->dependencies().contains(module))
            continue;
        const VersionRange range = theirs->dependencies().value(module);
        if (!range.contains(back, true))
            return Error(ErrorCode::Conflict,
                         tr("rolling %1 back to %2 would break %3, which needs %1 %4")
                             .arg(module, back.toFullString(), other.moduleName, range.text()),
                         m_site);
    }
    if (Status allowed = checkState(module, ModuleState::RollingBack); !allowed)
        return allowed.error();
    return Plan {{change(module, ModuleChange::Action::Rollback, entry->version, back)}, {}};
}

Result<Plan> OperationPlanner::planUninstall(const QString& module, bool cascade) const
{
    auto lock = m_target.readLock();
    if (!lock)
        return lock.error();
    auto order = m_target.uninstallOrder(module, cascade);
    if (!order)
        return Error(order.error().code(), order.error().message(), m_site);
    Plan plan;
    for (const QString& name : std::as_const(*order)) {
        const ModulesLock::Entry* entry = lock->find(name);
        auto state = m_states.state(m_site, name);
        if (!state)
            return state.error();
        // A running module stops first; an installed (disabled) one, or one in error, goes straight to
        // uninstalling.
        const ModuleState next
            = *state == ModuleState::Running ? ModuleState::Stopping : ModuleState::Uninstalling;
        if (*state != ModuleState::Available) {
            if (Status allowed = checkState(name, next); !allowed)
                return allowed.error();
        }
        plan.changes.append(
            change(name, ModuleChange::Action::Uninstall, entry ? entry->version : Version()));
    }
    return plan;
}

} // namespace ms
