#include "models/SiteTableModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

bool sameContent(const Site& a, const Site& b)
{
    return a.displayTitle() == b.displayTitle() && a.port == b.port && a.portSource == b.portSource
        && a.domains == b.domains && a.environment == b.environment && a.status == b.status
        && a.plugins == b.plugins && a.features == b.features && a.path == b.path;
}

} // namespace

SiteTableModel::SiteTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int SiteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SiteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SiteTableModel::statusText(SiteStatus status)
{
    switch (status) {
    case SiteStatus::Ok: return tr("OK");
    case SiteStatus::Warning: return tr("Warnings");
    case SiteStatus::Error: return tr("Unreadable");
    case SiteStatus::Missing: return tr("Missing");
    }
    return {};
}

QVariant SiteTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site& s = m_sites.at(index.row());
    const bool conflicted = m_conflicted.contains(s.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return s.name;
        case Title: return s.displayTitle();
        case Port:
            if (s.port <= 0)
                return u"—"_s;
            return s.portSource == PortSource::Derived ? tr("%1 (derived)").arg(s.port) : QString::number(s.port);
        case Domains: return s.domains.join(u", "_s);
        case Environment: return s.environment;
        case Status: return statusText(s.status);
        case Plugins: {
            QStringList names;
            for (const SitePlugin& p : s.plugins) {
                if (p.enabled)
                    names << p.name;
            }
            return names.join(u", "_s);
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Port && conflicted)
            return tr("This port is in a conflict: see Port conflicts.");
        if (index.column() == Status && !s.problems.isEmpty()) {
            QStringList lines;
            for (const ScanProblem& p : s.problems)
                lines << p.toString();
            return lines.join(u'\n');
        }
        if (index.column() == Name)
            return s.path;
        return {};
    case Qt::DecorationRole:
        if (index.column() == Port && conflicted)
            return QIcon::fromTheme(u"dialog-warning"_s);
        return {};
    case Qt::ForegroundRole:
        if (s.status == SiteStatus::Missing)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if ((index.column() == Port && conflicted) || (index.column() == Status && s.status == SiteStatus::Error))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Port)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SiteNameRole: return s.name;
    case ConflictRole: return conflicted;
    case StatusRole: return int(s.status);
    case TitleRole: return s.displayTitle();
    case DomainsRole: return s.domains;
    case PortRole: return s.port;
    case PortDerivedRole: return s.portSource == PortSource::Derived;
    case EnvironmentRole: return s.environment;
    case FeaturesRole: return s.features;
    case PluginsRole: {
        QStringList names;
        for (const SitePlugin& p : s.plugins) {
            if (p.enabled)
                names << p.name;
        }
        return names;
    }
    case HealthStateRole: {
        const auto it = m_health.constFind(s.name);
        return it == m_health.cend() ? -1 : int(it->state);
    }
    case HealthReasonRole: return m_health.value(s.name).reason;
    case ModuleCountRole: {
        const auto it = m_modules.constFind(s.name);
        return it == m_modules.cend() ? -1 : int(it->size());
    }
    case ModuleNamesRole: return m_modules.value(s.name);
    default: return {};
    }
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Title: return tr("Title");
    case Port: return tr("Port");
    case Domains: return tr("Domains");
    case Environment: return tr("Environment");
    case Status: return tr("Status");
    case Plugins: return tr("Plugins");
    default: return {};
    }
}

void SiteTableModel::setSites(QList<Site> sites)
{
    std::sort(sites.begin(), sites.end(), [](const Site& a, const Site& b) { return a.name < b.name; });
    // Walk both sorted lists: remove, insert or update row by row.
    int row = 0;
    qsizetype next = 0;
    while (row < m_sites.size() || next < sites.size()) {
        if (next >= sites.size() || (row < m_sites.size() && m_sites[row].name < sites[next].name)) {
            beginRemoveRows({}, row, row);
            m_sites.removeAt(row);
            endRemoveRows();
        } else if (row >= m_sites.size() || sites[next].name < m_sites[row].name) {
            beginInsertRows({}, row, row);
            m_sites.insert(row, sites[next]);
            endInsertRows();
            ++row;
            ++next;
        } else {
            const bool changed = !sameContent(m_sites[row], sites[next]);
            m_sites[row] = sites[next];
            if (changed)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            ++row;
            ++next;
        }
    }
}

void SiteTableModel::setConflicted(const QSet<QString>& siteNames)
{
    if (siteNames == m_conflicted)
        return;
    m_conflicted = siteNames;
    if (!m_sites.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_sites.size()) - 1, ColumnCount - 1));
}

void SiteTableModel::rowChanged(const QString& name)
{
    const int row = rowOf(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SiteTableModel::setHealth(const ScopeHealth& health)
{
    if (!health.module.isEmpty())
        return;
    const auto it = m_health.constFind(health.site);
    if (it != m_health.cend() && it->state == health.state && it->reason == health.reason)
        return;
    m_health.insert(health.site, health);
    rowChanged(health.site);
}

void SiteTableModel::setHealth(const QList<ScopeHealth>& health)
{
    for (const ScopeHealth& h : health)
        setHealth(h);
}

void SiteTableModel::setInstalledModules(const QHash<QString, QStringList>& modules)
{
    for (auto it = modules.cbegin(); it != modules.cend(); ++it) {
        const auto old = m_modules.constFind(it.key());
        if (old != m_modules.cend() && *old == it.value())
            continue;
        m_modules.insert(it.key(), it.value());
        rowChanged(it.key());
    }
}

QStringList SiteTableModel::installedModuleNames() const
{
    QSet<QString> names;
    for (const QStringList& list : m_modules) {
        for (const QString& name : list)
            names.insert(name);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QString SiteTableModel::healthText(int state)
{
    if (state < 0)
        return tr("No health data");
    switch (ScopeState(state)) {
    case ScopeState::Unknown:
        return tr("Unknown");
    case ScopeState::Starting:
        return tr("Starting");
    case ScopeState::Up:
        return tr("Up");
    case ScopeState::NotReady:
        return tr("Not ready");
    case ScopeState::Down:
        return tr("Down");
    }
    return {};
}

const Site* SiteTableModel::site(const QString& name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_sites.at(row);
}

int SiteTableModel::rowOf(const QString& name) const
{
    const auto it = std::lower_bound(m_sites.cbegin(), m_sites.cend(), name,
                                     [](const Site& s, const QString& n) { return s.name < n; });
    if (it == m_sites.cend() || it->name != name)
        return -1;
    return int(it - m_sites.cbegin());
}

} // namespace ms
