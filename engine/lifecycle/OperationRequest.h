#pragma once

#include "core/Version.h"
#include "registry/Catalog.h"
#include "store/OperationRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ms {

/// What an administrator asks the Orchestrator to do to a site.
struct OperationRequest
{
    Q_DECLARE_TR_FUNCTIONS(OperationRequest)

public:
    enum class Kind {
        Install, ///< resolve and install modules and what they need
        Upgrade, ///< move installed modules to newer (or the requested) versions
        Enable, ///< load an installed module again
        Disable, ///< stop loading a module; its files stay
        Rollback, ///< switch a module back to its previous version on disk
        Uninstall, ///< remove a module (and, cascading, what depends on it)
    };

    Kind kind = Kind::Install;
    QString site;
    /// Install and upgrade: requests `NAME[@RANGE]`; the others: one module name.
    QStringList modules;
    /// Files holding license keys for the modules that need one (install, upgrade).
    QStringList licenseFiles;
    bool cascade = false; ///< uninstall: remove the modules that depend on it first
    int priority = 0; ///< higher runs first among queued operations
    std::optional<Version> core; ///< the platform core's version; PlatformCore's when not given
    QString requestedBy; ///< who asks: a user name, "mothershipctl"

    /// "install", "upgrade", "enable", "disable", "rollback", "uninstall".
    static QString kindName(Kind kind);
};

/// What an operation does to one module.
struct ModuleChange
{
    enum class Action {
        Install, ///< new on the site
        Upgrade, ///< to a newer version
        Downgrade, ///< to an older version (only when a request pins it)
        Enable,
        Disable,
        Rollback, ///< back to the previous version on disk
        Uninstall,
    };

    QString module;
    Action action = Action::Install;
    Version fromVersion; ///< null when it was not installed
    Version toVersion; ///< null when the version does not change
    QString reason; ///< why the plan includes it, from the resolver
    QString registry; ///< install/upgrade: the registry of its package
    CatalogVersion entry; ///< install/upgrade: the catalog entry its package must match
    bool licenseRequired = false;

    static QString actionName(Action action);
    /// Install, upgrade and downgrade unpack a package.
    bool fetchesPackage() const
    {
        return action == Action::Install || action == Action::Upgrade || action == Action::Downgrade;
    }
};

/// How an operation ended.
struct OperationOutcome
{
    OperationRecord operation; ///< its row in the operation log, as last written
    QList<ModuleChange> changes; ///< what it did (or would have done), in order
    QStringList warnings; ///< things that went wrong without failing it (a clean-up, the keychain)
    /// After a failure: whether the site is as it was (false when putting it back failed too,
    /// and `recover` must finish the job).
    bool siteUnchanged = false;
};

} // namespace ms
