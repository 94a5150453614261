#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace ms {

/// Where a module is in its life on one site (DESIGN.md, "Module states"). Stored by name
/// in module_states; see docs/lifecycle.md for what each state means on a site whose
/// runtime Mothership does not manage.
enum class ModuleState {
    Available, ///< offered by a catalog, not on the site
    Downloading, ///< its package is being fetched
    Verifying, ///< the package is unpacked into staging; its manifest is checked against the catalog
    Installing, ///< its files are being moved into place and `current` switched
    Installed, ///< files in place, not loaded: the lock lists it with enabled false, or not yet
    Configuring, ///< the lock file is being rewritten to load it
    Starting, ///< the site's reload_command is running so that its runtime loads it
    Running, ///< enabled in the lock and the site reloaded
    Updating, ///< moving to another version (upgrade, downgrade)
    RollingBack, ///< going back to the version it ran before
    Stopping, ///< the lock is being rewritten not to load it, then the site reloaded
    Uninstalling, ///< its lock entry and files are being removed
    Error, ///< an operation failed or was interrupted; the reason says why
    Maintenance, ///< running, marked by an administrator as under maintenance
    Gone, ///< uninstalled: the end of the history; no module_states row remains
};

/// The transition table every state change is checked against. DESIGN.md's table, plus
/// what it implies in words (docs/lifecycle.md lists them):
///  - running → rolling_back: a rollback an administrator asks for;
///  - rolling_back → installed: undoing a change to a module that was disabled;
///  - error → downloading | updating | rolling_back | uninstalling: "recoverable by retry,
///    rollback or uninstall".
class ModuleStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(ModuleStateMachine)

public:
    /// Whether @p from → @p to is in the table. Anything may go to Error except Gone and
    /// Error itself; nothing leaves Gone.
    static bool allowed(ModuleState from, ModuleState to);
    /// Every allowed transition but the "any → error" ones, in table order.
    static QList<QPair<ModuleState, ModuleState>> table();

    /// "running", "rolling_back", …
    static QString name(ModuleState state);
    static std::optional<ModuleState> fromName(QStringView name);
    static QList<ModuleState> all();

    /// The one-line refusal for a transition that is not allowed.
    static QString refusal(ModuleState from, ModuleState to);
};

} // namespace ms
