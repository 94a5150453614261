#include "DemoWorkspace.h"

#include "lifecycle/LicenseGate.h"
#include "registry/MinisignPublicKey.h"
#include "registry/RegistryCache.h"
#include "registry/RegistryService.h"
#include "store/Database.h"
#include "store/VendorKeyRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

// Copies the resource folder @p from into @p to, through a temporary folder so that an
// interrupted copy never looks complete.
Status copyResources(const QString& from, const QString& to)
{
    const QString partial = to + u".partial"_s;
    QDir(partial).removeRecursively();
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = partial + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error(ErrorCode::Io, DemoWorkspace::tr("cannot create the folder"), QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return Error(ErrorCode::Io, DemoWorkspace::tr("cannot copy the demo file"), target);
        // Resources are read-only; the copy must be editable (the port fix rewrites a .env).
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (!QDir().rename(partial, to))
        return Error(ErrorCode::Io, DemoWorkspace::tr("cannot move the demo into place"), to);
    return {};
}

} // namespace

QString DemoWorkspace::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
}

QString DemoWorkspace::databasePath(const QString& dir)
{
    return QDir(dir).filePath(u"mothership.db"_s);
}

Result<DemoWorkspace::Paths> DemoWorkspace::prepare(const QString& dir)
{
    Paths paths;
    paths.root = dir;
    paths.sites = QDir(dir).filePath(u"sites"_s);
    paths.registry = QDir(dir).filePath(u"registry"_s);
    paths.registryKey = QDir(dir).filePath(u"keys/demo-registry.pub"_s);
    paths.vendorKey = QDir(dir).filePath(u"keys/a64-vendor.jwk"_s);
    paths.license = QDir(dir).filePath(u"licenses/reports.license"_s);
    const QList<QPair<QString, QString>> parts{{u":/demo/sites"_s, paths.sites},
                                                {u":/demo/registry"_s, paths.registry},
                                                {u":/demo/keys"_s, QDir(dir).filePath(u"keys"_s)},
                                                {u":/demo/licenses"_s, QDir(dir).filePath(u"licenses"_s)}};
    for (const auto& [from, to] : parts) {
        if (QFileInfo(to).isDir())
            continue;
        if (Status copied = copyResources(from, to); !copied)
            return copied.error();
    }
    return paths;
}

Status DemoWorkspace::configure(Database& database, const Paths& paths, AuditLog* audit)
{
    RegistryService registries(database, RegistryCache::defaultRoot(database.location()), database.clock(), audit);
    Result<QList<RegistryRecord>> known = registries.list();
    if (!known)
        return known.error();
    const bool hasRegistry = std::any_of(known->cbegin(), known->cend(), [](const RegistryRecord& r) {
        return r.name == QLatin1String(RegistryName);
    });
    if (!hasRegistry) {
        Result<MinisignPublicKey> key = MinisignPublicKey::load(paths.registryKey);
        if (!key)
            return key.error();
        Result<RegistryRecord> added = registries.add(QString::fromLatin1(RegistryName),
                                                      QUrl::fromLocalFile(paths.registry).toString(), {*key});
        if (!added)
            return added.error();
    }

    Result<QList<VendorKeyRecord>> vendors = VendorKeyRepository(database).list();
    if (!vendors)
        return vendors.error();
    const bool hasVendor = std::any_of(vendors->cbegin(), vendors->cend(), [](const VendorKeyRecord& v) {
        return v.issuer == QLatin1String(VendorName);
    });
    if (!hasVendor) {
        QFile jwk(paths.vendorKey);
        if (!jwk.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("cannot read: %1").arg(jwk.errorString()), paths.vendorKey);
        Result<VendorKeyRecord> trusted =
            LicenseGate(database, database.clock()).trust(QString::fromLatin1(VendorName), jwk.readAll(), paths.vendorKey);
        if (!trusted)
            return trusted.error();
    }
    return {};
}

} // namespace ms
