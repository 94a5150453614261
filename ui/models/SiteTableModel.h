#pragma once

#include "discovery/Site.h"
#include "health/ScopeHealth.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace ms {

/// The inventory as a table: one row per site, sorted by name. setSites() applies a new
/// list as row removals, insertions and changes (not a reset), so selections and scroll
/// positions survive rescans. It also caches what the site cards show beside the inventory —
/// health and installed modules — so painting never reads the database or the disk.
class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Port, Domains, Environment, Status, Plugins, ColumnCount };
    enum Role {
        SiteNameRole = Qt::UserRole + 1, ///< the site's name (QString)
        ConflictRole, ///< true when the site is in a port or domain conflict
        StatusRole, ///< SiteStatus as int
        TitleRole, ///< the title to show (QString)
        DomainsRole, ///< QStringList
        PortRole, ///< int, 0 when none
        PortDerivedRole, ///< true when the port is derived from the name
        EnvironmentRole, ///< "development", "staging", "production" or empty
        FeaturesRole, ///< QStringList
        PluginsRole, ///< QStringList of enabled plugin names
        HealthStateRole, ///< ScopeState as int; -1 before the monitor knows the site
        HealthReasonRole, ///< why it is not up (QString)
        ModuleCountRole, ///< installed modules (int); -1 while unknown
        ModuleNamesRole, ///< installed module names (QStringList)
    };

    explicit SiteTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the content with @p sites (any order).
    void setSites(QList<Site> sites);
    /// Marks the sites in a conflict.
    void setConflicted(const QSet<QString>& siteNames);
    /// The health of a site (a site-wide ScopeHealth; module scopes are ignored).
    void setHealth(const ScopeHealth& health);
    /// The health of every site at once (HealthMonitor::sites()).
    void setHealth(const QList<ScopeHealth>& health);
    /// The modules installed on each site, by site name; sites left out keep what they had.
    void setInstalledModules(const QHash<QString, QStringList>& modules);
    /// Every module installed on some site, sorted.
    QStringList installedModuleNames() const;

    /// "Up", "Not ready", … for a HealthStateRole value; "No health data" for -1.
    static QString healthText(int state);

    const QList<Site>& sites() const { return m_sites; }
    const Site* site(const QString& name) const;
    int rowOf(const QString& name) const;

    static QString statusText(SiteStatus status);

private:
    QList<Site> m_sites;
    void rowChanged(const QString& name);

    QSet<QString> m_conflicted;
    QHash<QString, ScopeHealth> m_health;
    QHash<QString, QStringList> m_modules;
};

} // namespace ms
