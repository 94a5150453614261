#include "models/CatalogModel.h"

#include "ConsoleServices.h"
#include "common/Async.h"
#include "inventory/Inventory.h"
#include "lifecycle/Orchestrator.h"
#include "registry/CatalogIndex.h"
#include "registry/RegistryService.h"

#include <QIcon>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

QString kindText(ModuleKind kind)
{
    switch (kind) {
    case ModuleKind::Core:
        return CatalogModel::tr("Core");
    case ModuleKind::Shared:
        return CatalogModel::tr("Shared");
    case ModuleKind::Business:
        return CatalogModel::tr("Business");
    }
    return {};
}

struct InstalledRead
{
    CatalogModel::InstalledMap installed;
    QStringList problems;
};

} // namespace

CatalogModel::CatalogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

CatalogModel::CatalogModel(ConsoleServices& services, QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(&services)
{
    followServices();
}

CatalogModel::~CatalogModel() = default;

void CatalogModel::followServices()
{
    RegistryService* registries = &m_services->registries();
    connect(registries, &RegistryService::catalogChanged, this,
            [this, registries] { setCatalog(registries->catalog(), registries->index()); });
    connect(&m_services->inventory(), &Inventory::sitesChanged, this, &CatalogModel::reloadInstalled);
    if (registries->catalog())
        setCatalog(registries->catalog(), registries->index());
    reloadInstalled();
}

int CatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CatalogModule* CatalogModel::module(int row) const
{
    if (!m_catalog || row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_catalog->modules().at(row);
}

int CatalogModel::rowOf(const QString& name) const
{
    if (!m_catalog)
        return -1;
    const CatalogModule* found = m_catalog->module(name);
    return found ? int(found - m_catalog->modules().constData()) : -1;
}

Version CatalogModel::latestVersion(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].latest : Version();
}

Version CatalogModel::latestOf(const CatalogModule& module)
{
    const CatalogVersion* fallback = nullptr;
    for (const CatalogVersion& v : module.versions) {
        if (v.yanked)
            continue;
        if (!v.version.isPrerelease())
            return v.version;
        if (!fallback)
            fallback = &v;
    }
    return fallback ? fallback->version : Version();
}

QStringList CatalogModel::updatesFor(const QString& site) const
{
    QStringList names;
    for (auto it = m_installed.cbegin(); it != m_installed.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0 || m_rows[size_t(row)].latest.isNull())
            continue;
        for (const Installation& i : it.value()) {
            if (i.site == site && i.version < m_rows[size_t(row)].latest)
                names << it.key();
        }
    }
    names.sort();
    return names;
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogModule& m = m_catalog->modules().at(index.row());
    const Row& r = m_rows[size_t(index.row())];
    switch (role) {
    case ModuleNameRole:
        return m.moduleName;
    case KindRole:
        return int(m.kind);
    case TagsRole:
        return m.tags;
    case LicenseRequiredRole:
        return r.licenseRequired;
    case InstalledCountRole:
        return r.installedCount;
    case UpdateAvailableRole:
        return r.updateAvailable;
    case LatestVersionRole:
        return r.latest.isNull() ? QString() : r.latest.toString();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m.displayName.isEmpty() ? m.moduleName : m.displayName;
        case KindColumn:
            return kindText(m.kind);
        case LatestColumn:
            return r.latest.isNull() ? tr("withdrawn") : r.latest.toString();
        case DescriptionColumn:
            return m.description;
        case LicenseColumn:
            return r.licenseRequired ? tr("Required") : QString();
        case InstalledColumn:
            return r.installedCount > 0 ? tr("%n site(s)", nullptr, r.installedCount) : QString();
        case UpdateColumn:
            return r.updateAvailable ? tr("Update available") : QString();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return m.moduleName;
        case DescriptionColumn:
            return m.description;
        case LicenseColumn:
            return r.licenseRequired ? tr("Installing it needs a license key from its vendor") : QString();
        case UpdateColumn:
            return r.updateAvailable
                ? tr("At least one site runs an older version than %1").arg(r.latest.toString())
                : QString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == UpdateColumn && r.updateAvailable)
            return QIcon::fromTheme(u"software-update-available"_s);
        if (index.column() == LicenseColumn && r.licenseRequired)
            return QIcon::fromTheme(u"dialog-password"_s);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == InstalledColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Module");
    case KindColumn:
        return tr("Kind");
    case LatestColumn:
        return tr("Latest");
    case DescriptionColumn:
        return tr("Description");
    case LicenseColumn:
        return tr("License");
    case InstalledColumn:
        return tr("Installed on");
    case UpdateColumn:
        return tr("Update");
    }
    return {};
}

void CatalogModel::setCatalog(std::shared_ptr<const Catalog> catalog,
                              std::shared_ptr<const CatalogIndex> index)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    if (m_catalog && !index)
        index = std::make_shared<const CatalogIndex>(*m_catalog);
    m_index = m_catalog ? std::move(index) : nullptr;
    QSet<QString> tags;
    if (m_catalog) {
        for (const CatalogModule& m : m_catalog->modules()) {
            for (const QString& t : m.tags)
                tags.insert(t);
        }
    }
    m_tags = QStringList(tags.cbegin(), tags.cend());
    m_tags.sort(Qt::CaseInsensitive);
    rebuildRows();
    endResetModel();
    Q_EMIT updatesChanged(m_updateCount);
}

void CatalogModel::setInstalled(const InstalledMap& installed)
{
    m_installed = installed;
    rebuildRows();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT updatesChanged(m_updateCount);
}

void CatalogModel::rebuildRows()
{
    m_rows.clear();
    m_updateCount = 0;
    if (!m_catalog)
        return;
    const QList<CatalogModule>& modules = m_catalog->modules();
    m_rows.resize(size_t(modules.size()));
    for (qsizetype i = 0; i < modules.size(); ++i) {
        const CatalogModule& m = modules[i];
        Row& r = m_rows[size_t(i)];
        r.latest = latestOf(m);
        const CatalogVersion* entry = r.latest.isNull() ? nullptr : m.find(r.latest);
        r.licenseRequired = entry ? entry->licenseRequired
                                  : std::any_of(m.versions.cbegin(), m.versions.cend(),
                                                [](const CatalogVersion& v) { return v.licenseRequired; });
        const auto found = m_installed.constFind(m.moduleName);
        if (found == m_installed.cend())
            continue;
        r.installedCount = int(found->size());
        r.updateAvailable = !r.latest.isNull()
            && std::any_of(found->cbegin(), found->cend(),
                           [&](const Installation& x) { return x.version < r.latest; });
        if (r.updateAvailable)
            ++m_updateCount;
    }
}

void CatalogModel::reloadInstalled()
{
    if (!m_services)
        return;
    const int generation = ++m_generation;
    Inventory* inventory = &m_services->inventory();
    Orchestrator* orchestrator = &m_services->orchestrator();
    runAsync(
        this,
        [inventory, orchestrator]() {
            InstalledRead read;
            const Result<QList<Site>> sites = inventory->sites();
            if (!sites) {
                read.problems << sites.error().toString();
                return read;
            }
            for (const Site& site : *sites) {
                if (site.status == SiteStatus::Missing)
                    continue;
                const Result<QList<ModuleStatus>> modules = orchestrator->modules(site.name);
                if (!modules) {
                    read.problems << modules.error().toString();
                    continue;
                }
                for (const ModuleStatus& s : *modules)
                    read.installed[s.module].append({site.name, s.version, s.enabled, s.state});
            }
            return read;
        },
        [this, generation](const InstalledRead& read) {
            if (generation != m_generation)
                return;
            setInstalled(read.installed);
            Q_EMIT installedLoaded(read.problems.isEmpty(), read.problems.join(u'\n'));
        });
}

} // namespace ms
