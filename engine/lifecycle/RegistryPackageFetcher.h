#pragma once

#include "lifecycle/PackageFetcher.h"

#include <QCoreApplication>

namespace ms {

class RegistryService;

/// Packages from the configured registries: each fetch is the registry client's download
/// job, which gets `<registry>/<entry.path>` (resuming a partial file, never more than the
/// catalog's size) and accepts it only when its size and SHA-256 equal the signed catalog's
/// and its minisign signature verifies against the registry's trusted keys.
class RegistryPackageFetcher : public PackageFetcher
{
    Q_DECLARE_TR_FUNCTIONS(RegistryPackageFetcher)

public:
    /// @p service must be loaded (or refreshed) and outlive the fetcher.
    explicit RegistryPackageFetcher(RegistryService& service);

    FetchJob* fetch(const PackageRef& ref, QObject* parent) override;

private:
    RegistryService& m_service;
};

} // namespace ms
