#pragma once

#include "core/Version.h"
#include "core/VersionRange.h"
#include "packages/Manifest.h"
#include "registry/Catalog.h"
#include "resolve/ModuleRequest.h"
#include "resolve/Term.h"
#include "resolve/VersionSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <deque>
#include <optional>
#include <utility>

namespace ms {

/// A module installed on the site, as the resolver needs it.
struct InstalledModule
{
    Version version;
    /// From the installed manifest when known; otherwise the catalog's entry for the
    /// version is used, and when the catalog does not list it either, the module is taken
    /// to need nothing.
    std::optional<Requirements> dependencies;
    std::optional<Requirements> conflicts;
};

/// The resolver's view of every module it touches: each module's known versions in
/// ascending order (so that constraints become VersionSets), what is installed, requested,
/// yanked and selectable, and how to print a set back as a range. Modules are loaded from
/// the catalog the first time something names them, so a resolution only pays for the part
/// of a large catalog it reaches.
class PackageUniverse
{
    Q_DECLARE_TR_FUNCTIONS(PackageUniverse)

public:
    struct PackageVersion
    {
        Version version;
        Requirements dependencies; ///< "core" included
        Requirements conflicts;
        bool yanked = false;
        bool licenseRequired = false;
    };

    struct Package
    {
        QString name;
        QList<PackageVersion> versions; ///< ascending
        int installed = -1; ///< index of the installed version
        bool requested = false;
        bool listed = false; ///< some registry offers it
        QString registry;
        VersionSet selectable; ///< not yanked, or installed, or pinned by a request
        VersionSet yanked;
        QHash<QString, VersionSet> rangeCache; ///< range text → set
        QList<std::pair<VersionSet, QString>> rangeNames; ///< sets the input wrote as ranges
    };

    /// The id of the synthetic root package whose one version depends on the requests.
    static constexpr int Root = 0;

    PackageUniverse(const Catalog& catalog, const Version& core,
                    const QMap<QString, InstalledModule>& installed, const QList<ModuleRequest>& requests);

    /// The id of module @p name, loading it on first use.
    int id(const QString& name);
    /// The id of module @p name if it has been loaded, else -1.
    int find(const QString& name) const { return m_ids.value(name, -1); }
    int count() const { return int(m_packages.size()); }
    const Package& package(int id) const { return m_packages.at(id); }
    const QString& name(int id) const { return m_packages.at(id).name; }
    const Version& version(int id, int index) const { return m_packages.at(id).versions.at(index).version; }
    const Version& core() const { return m_core; }
    const QList<ModuleRequest>& requests() const { return m_requests; }
    const QMap<QString, InstalledModule>& installed() const { return m_installed; }

    /// The known versions of @p id that @p range contains (node-semver rules: pre-releases
    /// only where the range admits them). Remembers the range's text for printing.
    VersionSet setFor(int id, const VersionRange& range);
    /// Versions an installed module may move to without being asked: where it is, or up.
    VersionSet installedFloor(int id);

    /// A set printed for a person: the range the input wrote when one matches exactly,
    /// otherwise a range over the known versions (">=1.8.0 <2.0.0", "1.2.0 || >=1.4.0").
    QString setText(int id, const VersionSet& set) const;
    /// "farm_manager >=1.8.0", "reports 1.2.0 (installed)", "every version of x" (when
    /// @p allowEvery) or the bare name when the term covers every known version.
    QString termText(const Term& term, bool allowEvery = false) const;

private:
    Package load(const QString& name) const;
    QString runsText(const Package& p, const VersionSet& set) const;

    Catalog m_catalog;
    Version m_core;
    QMap<QString, InstalledModule> m_installed;
    QList<ModuleRequest> m_requests;
    QHash<QString, QList<int>> m_requestsByName; ///< module → indexes into m_requests
    std::deque<Package> m_packages; // a deque: references stay valid while modules load
    QHash<QString, int> m_ids;
};

} // namespace ms
