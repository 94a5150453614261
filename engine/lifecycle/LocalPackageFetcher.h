#pragma once

#include "lifecycle/PackageFetcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ms {

/// Packages from registries laid out on this filesystem (DESIGN.md, "Registry"): the
/// package of a catalog entry is `<root>/<entry.path>`, where root is the folder of the
/// registry's catalog.json. Before the file is handed out its size and SHA-256 are checked
/// against the catalog entry (on the thread pool), so a swapped or damaged file is refused
/// before anything is unpacked.
///
/// This is the local source of `mothershipctl install --catalog FILE` and of the tests. It
/// checks no signature: the catalog is trusted as the administrator gave it. Registries
/// reached over the network go through the registry client's fetcher, which verifies the
/// signed catalog first.
class LocalPackageFetcher : public PackageFetcher
{
    Q_DECLARE_TR_FUNCTIONS(LocalPackageFetcher)

public:
    /// Serves the registry named @p registry from the folder @p root.
    void addRegistry(const QString& registry, const QString& root);

    FetchJob* fetch(const PackageRef& ref, QObject* parent) override;

    /// The SHA-256 of the file @p path as 64 lowercase hex digits, reading it in blocks;
    /// @p progress gets the bytes read so far and may return false to stop (Cancelled).
    [[nodiscard]] static Result<QString> sha256(const QString& path,
                                                const std::function<bool(qint64)>& progress = {});

private:
    QHash<QString, QString> m_roots;
};

} // namespace ms
