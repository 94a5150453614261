#pragma once

#include "CtlContext.h"

// One function per group of commands, each in its own source file.
namespace ctl {

QList<Command> inventoryCommands(); // scan, sites, site show, site title, ports, context
QList<Command> resolveCommands();   // resolve
QList<Command> settingsCommands();  // settings
QList<Command> auditCommands();     // audit, audit verify
QList<Command> healthCommands();    // health, health --watch, health history

} // namespace ctl
