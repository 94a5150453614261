#include "CommandGroups.h"

namespace ctl {

const QList<Command>& commands()
{
    static const QList<Command> all = [] {
        QList<Command> list;
        list << inventoryCommands();
        list << resolveCommands();
        list << auditCommands();
        list << healthCommands();
        list << settingsCommands();
        return list;
    }();
    return all;
}

} // namespace ctl
