#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ms {

class DatabaseLocation;

/// Where a registry's files live on this machine, under one root that belongs to one
/// database (two databases never share a cache, so pruning one cannot hurt the other):
///
///     <root>/catalogs/<registry>/catalog-<sha256>.json          an accepted catalog
///     <root>/catalogs/<registry>/catalog-<sha256>.json.minisig  and its signature
///     <root>/downloads/<registry>/<module>/<version>/<file>     verified packages (+ .minisig)
///     <root>/downloads/<registry>/.partial/                     downloads in progress
///
/// Catalog files are named by the SHA-256 of the catalog, and the database row says which
/// one is current: a refresh writes the new pair beside the old, commits the row, then
/// prunes. A crash at any point leaves the row naming a complete, verified pair.
/// Registry names are checked by RegistryService to be safe as folder names.
class RegistryCache
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCache)

public:
    /// The catalog and signature as cached.
    struct CachedCatalog
    {
        QByteArray catalog;
        QByteArray signature;
        QString catalogPath;
        QString signaturePath;
    };

    explicit RegistryCache(QString root);

    /// The cache root for @p location: beside the default database, the data folder's
    /// "registries"; beside a SQLite file "x.db", a folder "x.db.registries"; for a server
    /// database, the user's cache folder under a name derived from the database's URL.
    static QString defaultRoot(const DatabaseLocation& location);

    const QString& root() const { return m_root; }
    QString catalogDir(const QString& registry) const;
    QString catalogPath(const QString& registry, const QString& sha256) const;
    QString signaturePath(const QString& registry, const QString& sha256) const;
    QString downloadsDir(const QString& registry) const;

    /// Writes the catalog and its signature under @p sha256, each through AtomicFile. Io on
    /// failure; a pair left half-written is never named by the database, and pruned later.
    [[nodiscard]] Status storeCatalog(const QString& registry, const QString& sha256,
                                      const QByteArray& catalog, const QByteArray& signature) const;
    /// Reads the pair stored under @p sha256 (at most @p maxCatalogBytes of catalog). NotFound
    /// when either file is missing; Integrity when the catalog's bytes no longer hash to
    /// @p sha256.
    [[nodiscard]] Result<CachedCatalog> readCatalog(const QString& registry, const QString& sha256,
                                                    qint64 maxCatalogBytes) const;
    /// Removes every cached catalog of @p registry but the one under @p keepSha256.
    [[nodiscard]] Status pruneCatalogs(const QString& registry, const QString& keepSha256) const;
    /// Moves everything cached for @p registry (catalogs and downloads) out of the way, into
    /// the cache's trash folder, at once: a rename, however many downloads there are. A new
    /// registry of the same name starts empty. purgeTrash() deletes what was moved.
    [[nodiscard]] Status discardRegistry(const QString& registry) const;
    /// Deletes the trash folder's content: blocking disk work, for a worker thread.
    [[nodiscard]] Status purgeTrash() const;
    QString trashDir() const;

    /// SHA-256 of @p data as lower-case hex.
    static QString sha256Hex(QByteArrayView data);

private:
    QString m_root;
};

} // namespace ms
