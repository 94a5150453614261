#include "models/SiteModulesModel.h"

#include "lifecycle/ModuleState.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

bool sameContent(const ModuleStatus& a, const ModuleStatus& b)
{
    return a.version == b.version && a.enabled == b.enabled && a.state == b.state && a.tracked == b.tracked
        && a.targetVersion == b.targetVersion && a.reason == b.reason && a.updatedAt == b.updatedAt
        && a.previous == b.previous && a.current == b.current;
}

} // namespace

SiteModulesModel::SiteModulesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int SiteModulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size());
}

int SiteModulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SiteModulesModel::stateText(const QString& state)
{
    const auto known = ModuleStateMachine::fromName(state);
    if (!known)
        return state;
    switch (*known) {
    case ModuleState::Available:
        return tr("Available");
    case ModuleState::Downloading:
        return tr("Downloading");
    case ModuleState::Verifying:
        return tr("Verifying");
    case ModuleState::Installing:
        return tr("Installing");
    case ModuleState::Installed:
        return tr("Installed (disabled)");
    case ModuleState::Configuring:
        return tr("Configuring");
    case ModuleState::Starting:
        return tr("Starting");
    case ModuleState::Running:
        return tr("Running");
    case ModuleState::Updating:
        return tr("Updating");
    case ModuleState::RollingBack:
        return tr("Rolling back");
    case ModuleState::Stopping:
        return tr("Stopping");
    case ModuleState::Uninstalling:
        return tr("Uninstalling");
    case ModuleState::Error:
        return tr("Error");
    case ModuleState::Maintenance:
        return tr("Maintenance");
    case ModuleState::Gone:
        return tr("Uninstalled");
    }
    return state;
}

QVariant SiteModulesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModuleStatus& m = m_modules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Module:
            return m.module;
        case Version:
            if (!m.targetVersion.isEmpty())
                return tr("%1 → %2").arg(m.version.toString(), m.targetVersion);
            return m.version.toString();
        case State:
            return stateText(m.state);
        case Previous:
            return m.previous ? m.previous->toString() : QString();
        case Updated:
            return m.updatedAt.isValid() ? QLocale().toString(m.updatedAt.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        case Reason:
            return m.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Reason || (index.column() == State && !m.reason.isEmpty()))
            return m.reason;
        if (index.column() == Previous && !m.versionsOnDisk.isEmpty()) {
            QStringList versions;
            for (const ms::Version& v : m.versionsOnDisk)
                versions << v.toString();
            return tr("On disk: %1").arg(versions.join(u", "_s));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && m.state == ModuleStateMachine::name(ModuleState::Error))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case ModuleNameRole:
        return m.module;
    case StateRole: {
        const auto state = ModuleStateMachine::fromName(m.state);
        return state ? int(*state) : -1;
    }
    case EnabledRole:
        return m.enabled;
    case PreviousVersionRole:
        return m.previous ? m.previous->toString() : QString();
    default:
        return {};
    }
}

QVariant SiteModulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Module:
        return tr("Module");
    case Version:
        return tr("Version");
    case State:
        return tr("State");
    case Previous:
        return tr("Previous");
    case Updated:
        return tr("Changed");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

void SiteModulesModel::setModules(QList<ModuleStatus> modules)
{
    std::sort(modules.begin(), modules.end(),
              [](const ModuleStatus& a, const ModuleStatus& b) { return a.module < b.module; });
    int row = 0;
    qsizetype next = 0;
    while (row < m_modules.size() || next < modules.size()) {
        if (next >= modules.size()
            || (row < m_modules.size() && m_modules[row].module < modules[next].module)) {
            beginRemoveRows({}, row, row);
            m_modules.removeAt(row);
            endRemoveRows();
        } else if (row >= m_modules.size() || modules[next].module < m_modules[row].module) {
            beginInsertRows({}, row, row);
            m_modules.insert(row, modules[next]);
            endInsertRows();
            ++row;
            ++next;
        } else {
            const bool changed = !sameContent(m_modules[row], modules[next]);
            m_modules[row] = modules[next];
            if (changed)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            ++row;
            ++next;
        }
    }
}

const ModuleStatus* SiteModulesModel::module(const QString& name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_modules.at(row);
}

int SiteModulesModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_modules.size(); ++i) {
        if (m_modules.at(i).module == name)
            return i;
    }
    return -1;
}

} // namespace ms
