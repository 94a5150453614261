#pragma once

#include <QDateTime>
#include <QString>

namespace ms {

/// A module's state on a site: one row of module_states. The lifecycle decides the state
/// names (lifecycle/ModuleState.h); the store keeps them as text.
struct ModuleStateRecord
{
    QString site;
    QString module;
    QString state; ///< "running", "installed", "updating", …
    QString version; ///< the version the state is about: the active one, or the one being installed
    QString targetVersion; ///< where an operation is moving the module; empty when none is
    QString reason; ///< why it is in this state (an error's text for "error"); empty otherwise
    qint64 operationId = 0; ///< the operation that put it there; 0 when none
    QDateTime updatedAt; ///< set by the repository

    bool operator==(const ModuleStateRecord&) const = default;
};

/// One transition: a row of module_state_history.
struct ModuleStateChange
{
    qint64 id = 0; ///< assigned when stored
    QString site;
    QString module;
    QString fromState; ///< empty when the module was adopted from what the disk showed
    QString toState; ///< "gone" when an uninstall ended and the module_states row was deleted
    QString version;
    QString reason;
    qint64 operationId = 0;
    QDateTime at; ///< set by the repository

    bool operator==(const ModuleStateChange&) const = default;
};

} // namespace ms
