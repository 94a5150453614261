#pragma once

#include "core/Result.h"
#include "core/Version.h"
#include "lifecycle/ModuleState.h"
#include "lifecycle/OperationRequest.h"
#include "registry/Catalog.h"
#include "resolve/Resolution.h"

#include <QCoreApplication>
#include <QList>

namespace ms {

class LocalTarget;
class StateRecorder;

/// Decides what an operation changes on a site, and refuses what must not be done, before
/// anything is touched: which modules and versions (DependencyResolver for install and
/// upgrade), and whether each module's state, its dependencies and its dependents allow it.
/// Synchronous; reads the disk and the database only.
///
/// Refusals are Conflict errors whose message names the module and whose subject is the
/// site: a module in maintenance; upgrading or
/// rolling back a disabled module; a plan that relies on a disabled module; enabling a
/// module whose dependencies are not enabled; disabling one that enabled modules need;
/// rolling back to a version that breaks a dependency either way; uninstalling what
/// enabled modules need (unless cascading).
class OperationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(OperationPlanner)

public:
    struct Plan
    {
        QList<ModuleChange> changes; ///< in the order to make them; empty when there is nothing to do
        QList<PlanStep> resolution; ///< install and upgrade: the resolver's plan, keeps included
    };

    /// @p target is the site @p site on disk; @p states its module states.
    OperationPlanner(const LocalTarget& target, const QString& site, const StateRecorder& states);

    /// Plans @p request. Install and upgrade resolve against @p catalog for a platform core
    /// at @p core; the other kinds ignore both.
    [[nodiscard]] Result<Plan> plan(const OperationRequest& request, const Catalog& catalog,
                                    const Version& core) const;

private:
    Result<Plan> planInstall(const OperationRequest& request, const Catalog& catalog,
                             const Version& core) const;
    Result<Plan> planEnable(const QString& module) const;
    Result<Plan> planDisable(const QString& module) const;
    Result<Plan> planRollback(const QString& module) const;
    Result<Plan> planUninstall(const QString& module, bool cascade) const;
    Status checkState(const QString& module, ModuleState to) const;

    const LocalTarget& m_target;
    QString m_site;
    const StateRecorder& m_states;
};

} // namespace ms
