#pragma once

#include "core/Result.h"
#include "core/Version.h"
#include "discovery/Site.h"
#include "registry/Catalog.h"
#include "resolve/Resolution.h"

#include <QCoreApplication>

namespace ms {

class Database;

/// "What would installing these modules on this site do?" — the resolver fed with what the
/// site has: its modules.lock.json (with the manifests the modules were installed from,
/// whose dependencies outrank the catalog's) and the platform core it runs.
class InstallPlanner
{
    Q_DECLARE_TR_FUNCTIONS(InstallPlanner)

public:
    /// The setting that records the platform core's version when a site does not tell.
    static constexpr const char* CoreVersionSetting = "platform.core_version";

    /// The platform core @p site runs: the version installed in its
    /// node_modules/@paulovila/core, else the CoreVersionSetting. NotFound, naming both,
    /// when neither says.
    [[nodiscard]] static Result<Version> coreVersion(Database& database, const Site& site);

    /// Reads catalog.json files, highest priority first, and merges them.
    [[nodiscard]] static Result<Catalog> loadCatalogs(const QStringList& files);

    /// Resolves @p requests ("module" or "module@range") for @p site.
    [[nodiscard]] static Result<Resolution> plan(const Site& site, const Catalog& catalog, const Version& core,
                                                 const QStringList& requests);
};

} // namespace ms
