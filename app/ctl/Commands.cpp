#include "CommandGroups.h"

namespace ctl {

const QList<Command>& commands()
{
    static const QList<Command> all = [] {
        QList<Command> list;
        list << inventoryCommands();
        list << registryCommands();
        list << resolveCommands();
        list << moduleCommands();
        list << licenseCommands();
        list << auditCommands();
        list << snapshotCommands();
        list << healthCommands();
        list << settingsCommands();
        return list;
    }();
    return all;
}

} // namespace ctl
