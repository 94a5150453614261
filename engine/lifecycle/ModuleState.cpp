#include "lifecycle/ModuleState.h"

using namespace Qt::StringLiterals;

namespace ms {

namespace {

using S = ModuleState;

// DESIGN.md's table, row by row, and the documented additions at the end.
const QList<QPair<S, S>> kTable = {
    {S::Available, S::Downloading},
    {S::Downloading, S::Verifying},
    {S::Verifying, S::Installing},
    {S::Installing, S::Installed},
    {S::Installed, S::Configuring},
    {S::Configuring, S::Starting},
    {S::Starting, S::Running},
    {S::Running, S::Updating},
    {S::Updating, S::Running},
    {S::Updating, S::RollingBack},
    {S::RollingBack, S::Running},
    {S::Running, S::Stopping},
    {S::Stopping, S::Installed},
    {S::Installed, S::Uninstalling},
    {S::Uninstalling, S::Gone},
    {S::Running, S::Maintenance},
    {S::Maintenance, S::Running},
    // additions (see the class comment)
    {S::Running, S::RollingBack},
    {S::RollingBack, S::Installed},
    {S::Error, S::Downloading},
    {S::Error, S::Updating},
    {S::Error, S::RollingBack},
    {S::Error, S::Uninstalling},
};

const QList<QPair<S, QString>> kNames = {
    {S::Available, u"available"_s}, {S::Downloading, u"downloading"_s},
    {S::Verifying, u"verifying"_s}, {S::Installing, u"installing"_s},
    {S::Installed, u"installed"_s}, {S::Configuring, u"configuring"_s},
    {S::Starting, u"starting"_s},   {S::Running, u"running"_s},
    {S::Updating, u"updating"_s},   {S::RollingBack, u"rolling_back"_s},
    {S::Stopping, u"stopping"_s},   {S::Uninstalling, u"uninstalling"_s},
    {S::Error, u"error"_s},         {S::Maintenance, u"maintenance"_s},
    {S::Gone, u"gone"_s},
};

} // namespace

bool ModuleStateMachine::allowed(ModuleState from, ModuleState to)
{
    if (to == S::Error)
        return from != S::Error && from != S::Gone;
    return kTable.contains(qMakePair(from, to));
}

QList<QPair<ModuleState, ModuleState>> ModuleStateMachine::table()
{
    return kTable;
}

QString ModuleStateMachine::name(ModuleState state)
{
    for (const auto& [s, n] : kNames) {
        if (s == state)
            return n;
    }
    return QString();
}

std::optional<ModuleState> ModuleStateMachine::fromName(QStringView name)
{
    for (const auto& [s, n] : kNames) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

QList<ModuleState> ModuleStateMachine::all()
{
    QList<ModuleState> states;
    for (const auto& entry : kNames)
        states.append(entry.first);
    return states;
}

QString ModuleStateMachine::refusal(ModuleState from, ModuleState to)
{
    return tr("a module cannot go from %1 to %2").arg(name(from), name(to));
}

} // namespace ms
