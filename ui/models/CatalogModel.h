#pragma once

#include "core/Version.h"
#include "registry/Catalog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <memory>
#include <vector>

namespace ms {

class CatalogIndex;
class ConsoleServices;

/// Every module the registries offer (their merged catalog), joined with the sites that have
/// it installed: one row per module, in the catalog's order (by name).
///
/// Everything data() answers is computed once per catalog or install list (latest version,
/// license, installed count, update flag), so a 10,000-module catalog costs nothing per
/// paint. Built over ConsoleServices it follows the registries (catalogChanged) and the
/// inventory (sitesChanged) by itself, and reads the sites' modules off the GUI thread;
/// reloadInstalled() reads them again (after an operation). Tests and benchmarks may feed
/// it directly with setCatalog() and setInstalled().
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        LatestColumn,
        DescriptionColumn,
        LicenseColumn,
        InstalledColumn,
        UpdateColumn,
        ColumnCount
    };

    enum Role {
        ModuleNameRole = Qt::UserRole + 1, ///< QString
        KindRole, ///< int (ModuleKind)
        TagsRole, ///< QStringList
        LicenseRequiredRole, ///< bool: the latest version needs a license key
        InstalledCountRole, ///< int: sites that have it
        UpdateAvailableRole, ///< bool: a site runs an older version than the latest
        LatestVersionRole, ///< QString
    };

    /// One site's copy of a module.
    struct Installation
    {
        QString site;
        Version version;
        bool enabled = false;
        QString state;
    };
    /// Module name → where it is installed.
    using InstalledMap = QHash<QString, QList<Installation>>;

    explicit CatalogModel(QObject* parent = nullptr);
    /// Follows @p services: the merged catalog now and whenever it changes, and the sites'
    /// installed modules (read at once, off the GUI thread).
    explicit CatalogModel(ConsoleServices& services, QObject* parent = nullptr);
    ~CatalogModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows @p catalog (indexed by @p index, built from it when null).
    void setCatalog(std::shared_ptr<const Catalog> catalog, std::shared_ptr<const CatalogIndex> index = {});
    /// Replaces which sites have which modules.
    void setInstalled(const InstalledMap& installed);
    /// Reads the sites' modules again, off the GUI thread; installedLoaded() follows.
    void reloadInstalled();

    std::shared_ptr<const Catalog> catalog() const { return m_catalog; }
    std::shared_ptr<const CatalogIndex> searchIndex() const { return m_index; }
    const CatalogModule* module(int row) const;
    /// The row of @p module, or -1.
    int rowOf(const QString& module) const;
    /// The newest version a site should get: the newest that is neither yanked nor a
    /// prerelease, else the newest not yanked; null when every version is yanked.
    Version latestVersion(int row) const;
    QList<Installation> installations(const QString& module) const { return m_installed.value(module); }
    /// Modules with an update for at least one site.
    int updateCount() const { return m_updateCount; }
    /// Every tag in the catalog, sorted.
    QStringList tags() const { return m_tags; }
    /// The modules with a newer version than @p site runs.
    QStringList updatesFor(const QString& site) const;

    /// The newest version of @p module a site should get (see latestVersion(int)).
    static Version latestOf(const CatalogModule& module);

Q_SIGNALS:
    /// The installed modules were read (ok false: reading failed, @p problem says why).
    void installedLoaded(bool ok, const QString& problem);
    /// updateCount() may have changed.
    void updatesChanged(int count);

private:
    struct Row
    {
        Version latest;
        bool licenseRequired = false;
        int installedCount = 0;
        bool updateAvailable = false;
    };

    void rebuildRows();
    void followServices();

    ConsoleServices* m_services = nullptr;
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const CatalogIndex> m_index;
    InstalledMap m_installed;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QStringList m_tags;
    int m_updateCount = 0;
    int m_generation = 0; ///< drops install lists read before a newer request
};

} // namespace ms
