#pragma once

#include "core/Job.h"
#include "core/Version.h"
#include "registry/Catalog.h"

#include <QString>

namespace ms {

/// Which package to get: a module version as the catalog that offers it lists it.
struct PackageRef
{
    QString module;
    Version version;
    QString registry; ///< the registry whose catalog lists it (CatalogModule::registry)
    CatalogVersion entry; ///< path, size and SHA-256 the package must match
};

/// A package file on this machine, already checked against its catalog entry.
struct FetchedPackage
{
    QString path; ///< the .tar.gz (or .tar.zst)
    /// Whether the file is a temporary copy the caller deletes once it is unpacked (a
    /// download), or a file it must leave alone (a cache entry, a local registry).
    bool removeWhenDone = false;
};

/// Fetching one package. Emits progress(bytes, total, step) while it works and finished()
/// once; on success package() names a file whose size and SHA-256 equal the catalog entry's.
/// Errors: Network or Timeout for a transfer that a retry may fix (the operation queue
/// retries only those), Integrity for a size or SHA-256 that differs, NotFound, Io, …;
/// the subject is the URL or file concerned.
class FetchJob : public Job
{
    Q_OBJECT

public:
    using Job::Job;
    /// Valid once the job succeeded.
    const FetchedPackage& package() const { return m_package; }

protected:
    /// Records the result; call before finish().
    void setPackage(const FetchedPackage& package) { m_package = package; }

private:
    FetchedPackage m_package;
};

/// Where the lifecycle gets verified packages from. The lifecycle depends on this interface
/// only: LocalPackageFetcher serves packages from folders on disk (the CLI's --catalog
/// source and the tests); the registry client implements it over its downloader, which
/// fetches from a registry and verifies the file against the signed catalog.
class PackageFetcher
{
public:
    virtual ~PackageFetcher() = default;

    /// A job, not started yet, that gets @p ref's package. The job is a child of @p parent.
    /// The fetcher must stay alive while the job runs.
    virtual FetchJob* fetch(const PackageRef& ref, QObject* parent) = 0;
};

} // namespace ms
