#pragma once

#include "core/Version.h"
#include "packages/Manifest.h"
#include "registry/Catalog.h"
#include "resolve/ModuleRequest.h"
#include "resolve/PackageUniverse.h"
#include "resolve/Resolution.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ms {

/// Decides which versions a site needs for what an administrator asks for: the newest
/// versions that satisfy every constraint, in install order, each with the reason it is
/// there — or, when none exist, an explanation of the constraints that clash, in the manner
/// of Dart pub ("Because farm_manager >=1.8.0 depends on inventory ^2.1.0 and ...").
///
/// Rules:
/// - A request (`farm_manager@^1.8`, or a bare name for the newest release) gets the newest
///   version in its range that fits everything else.
/// - An installed module that is not requested stays where it is when it can; when a
///   request needs it, it is upgraded, never downgraded or removed. Its own dependencies
///   and conflicts keep holding for whatever version it ends up at.
/// - `dependencies.core` must contain the platform core version (pre-release cores count).
/// - `conflicts` hold in both directions, whichever side declares them.
/// - Yanked versions are skipped unless a request pins that exact version (`=1.2.3`);
///   an installed yanked version may stay.
/// - Pre-releases only where a range admits them (node-semver rules, VersionRange::contains).
/// - A dependency cycle among the modules of the plan is refused: no install order exists.
///
/// The work is bounded by a step limit; reaching it ends with ErrorCode::Timeout instead of
/// searching on. Solving is PubGrub (see PubGrubSolver) and takes a few milliseconds for
/// hundreds of modules (tests/bench/bench_resolver), so callers run it directly; resolve()
/// is const and keeps no state between calls, so it may also run on a worker thread.
class DependencyResolver
{
    Q_DECLARE_TR_FUNCTIONS(DependencyResolver)

public:
    static constexpr int DefaultStepLimit = 50000;

    /// Resolves against @p catalog (usually a merged view) for a platform core at @p core.
    DependencyResolver(Catalog catalog, Version core);

    /// The modules installed on the site, replacing any given before.
    void setInstalled(const QMap<QString, Version>& installed);
    /// One installed module; its dependencies come from the catalog's entry for the version.
    void addInstalled(const QString& moduleName, const Version& version);
    /// One installed module with the manifest it was installed from, whose dependencies and
    /// conflicts are then used rather than the catalog's.
    void addInstalled(const Manifest& manifest);
    void setStepLimit(int steps) { m_stepLimit = steps; }

    /// Resolves @p requests together. Never fails silently: see Resolution::error().
    Resolution resolve(const QList<ModuleRequest>& requests) const;
    /// As above, parsing each request (`NAME[@RANGE]`) first; a malformed one fails with
    /// InvalidArgument.
    Resolution resolve(const QStringList& requests) const;

private:
    Catalog m_catalog;
    Version m_core;
    QMap<QString, InstalledModule> m_installed;
    int m_stepLimit = DefaultStepLimit;
};

} // namespace ms
