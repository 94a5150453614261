#include "registry/RegistryCache.h"

#include "core/AtomicFile.h"
#include "core/Digest.h"
#include "store/DatabaseLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

Result<QByteArray> readCapped(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, RegistryCache::tr("the cached file is missing"), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     RegistryCache::tr("cannot read the cached file: %1").arg(file.errorString()), path);
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io,
                     RegistryCache::tr("cannot read the cached file: %1").arg(file.errorString()), path);
    if (data.size() > maxBytes)
        return Error(ErrorCode::Integrity,
                     RegistryCache::tr("the cached file is larger than %1 bytes").arg(maxBytes), path);
    return data;
}

} // namespace

RegistryCache::RegistryCache(QString root)
    : m_root(std::move(root))
{
}

QString RegistryCache::defaultRoot(const DatabaseLocation& location)
{
    if (location.backend() == DatabaseLocation::Backend::Sqlite) {
        if (location.isDefault())
            return QFileInfo(location.databaseName()).absolutePath() + u"/registries"_s;
        return QFileInfo(location.databaseName()).absoluteFilePath() + u".registries"_s;
    }
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/registries-"_s
        + Sha256::hex(location.displayName().toUtf8()).left(16);
}

QString RegistryCache::catalogDir(const QString& registry) const
{
    return m_root + u"/catalogs/"_s + registry;
}

QString RegistryCache::catalogPath(const QString& registry, const QString& sha256) const
{
    return catalogDir(registry) + u"/catalog-"_s + sha256 + u".json"_s;
}

QString RegistryCache::signaturePath(const QString& registry, const QString& sha256) const
{
    return catalogPath(registry, sha256) + u".minisig"_s;
}

QString RegistryCache::downloadsDir(const QString& registry) const
{
    return m_root + u"/downloads/"_s + registry;
}

Status RegistryCache::storeCatalog(const QString& registry, const QString& sha256, const QByteArray& catalog,
                                   const QByteArray& signature) const
{
    const QString dir = catalogDir(registry);
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, tr("cannot create the registry's cache folder"), dir);
    // The signature first: a catalog file without its signature beside it is never loaded.
    if (Status s = AtomicFile::write(signaturePath(registry, sha256), signature); !s)
        return s;
    return AtomicFile::write(catalogPath(registry, sha256), catalog);
}

Result<RegistryCache::CachedCatalog>
RegistryCache::readCatalog(const QString& registry, const QString& sha256, qint64 maxCatalogBytes) const
{
    CachedCatalog cached;
    cached.catalogPath = catalogPath(registry, sha256);
    cached.signaturePath = signaturePath(registry, sha256);
    Result<QByteArray> catalog = readCapped(cached.catalogPath, maxCatalogBytes);
    if (!catalog)
        return catalog.error();
    // A signature file is a few hundred bytes; minisign's own limit is far below this.
    Result<QByteArray> signature = readCapped(cached.signaturePath, 16 * 1024);
    if (!signature)
        return signature.error();
    const QString actual = sha256Hex(*catalog);
    if (actual != sha256)
        return Error(ErrorCode::Integrity,
                     tr("the cached catalog was changed on disk: its SHA-256 is %1, the database recorded %2")
                         .arg(actual, sha256),
                     cached.catalogPath);
    cached.catalog = std::move(*catalog);
    cached.signature = std::move(*signature);
    return cached;
}

Status RegistryCache::pruneCatalogs(const QString& registry, const QString& keepSha256) const
{
    QDir dir(catalogDir(registry));
    if (!dir.exists())
        return {};
    const QString keep = u"catalog-"_s + keepSha256 + u".json"_s;
    const QStringList entries = dir.entryList({u"catalog-*"_s}, QDir::Files | QDir::Hidden);
    for (const QString& name : entries) {
        if (!keepSha256.isEmpty() && (name == keep || name == keep + u".minisig"_s))
            continue;
        if (!dir.remove(name))
            return Error(ErrorCode::Io, tr("cannot remove an old cached catalog"), dir.filePath(name));
    }
    return AtomicFile::syncDirectory(dir.absolutePath());
}

QString RegistryCache::trashDir() const
{
    return m_root + u"/trash"_s;
}

Status RegistryCache::discardRegistry(const QString& registry) const
{
    for (const QString& path : {catalogDir(registry), downloadsDir(registry)}) {
        if (!QFileInfo::exists(path))
            continue;
        if (!QDir().mkpath(trashDir()))
            return Error(ErrorCode::Io, tr("cannot create the cache's trash folder"), trashDir());
        const QString target = trashDir() + u'/' + QUuid::createUuid().toString(QUuid::Id128);
        if (!QDir().rename(path, target))
            return Error(ErrorCode::Io, tr("cannot move the registry's cached files out of the way"), path);
    }
    return {};
}

Status RegistryCache::purgeTrash() const
{
    QDir trash(trashDir());
    if (!trash.exists())
        return {};
    const QStringList entries = trash.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : entries) {
        const QString path = trash.filePath(name);
        const bool removed = QFileInfo(path).isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
        if (!removed)
            return Error(ErrorCode::Io, tr("cannot delete old cached files"), path);
    }
    return {};
}

QString RegistryCache::sha256Hex(QByteArrayView data)
{
    return Sha256::hex(data);
}

} // namespace ms
