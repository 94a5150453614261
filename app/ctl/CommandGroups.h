#pragma once

#include "CtlContext.h"

// One function per group of commands, each in its own source file.
namespace ctl {

QList<Command> inventoryCommands(); // scan, sites, site show, site title, ports, context
QList<Command> resolveCommands();   // resolve
QList<Command> settingsCommands();  // settings
QList<Command> auditCommands();     // audit, audit verify
QList<Command> snapshotCommands();  // snapshot export, snapshot open
QList<Command> moduleCommands();    // install, upgrade, enable, disable, rollback, uninstall, modules, recover
QList<Command> licenseCommands();   // license trust, license check
QList<Command> registryCommands();  // registry add/list/remove/refresh/index, search, pack
QList<Command> healthCommands();    // health, health --watch, health history

} // namespace ctl
