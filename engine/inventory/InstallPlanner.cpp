#include "inventory/InstallPlanner.h"

#include "packages/Manifest.h"
#include "resolve/DependencyResolver.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "targets/ModulesLock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ms {

Result<Version> InstallPlanner::coreVersion(Database& database, const Site& site)
{
    const QString installed = QDir(site.path).filePath(u"node_modules/@paulovila/core/package.json"_s);
    QFile file(installed);
    if (file.open(QIODevice::ReadOnly)) {
        const QString v = QJsonDocument::fromJson(file.readAll()).object().value(u"version"_s).toString();
        Result<Version> parsed = Version::parse(v);
        if (!parsed)
            return parsed.error().withSubject(installed);
        return parsed;
    }
    Result<QString> setting = SettingsRepository(database).value(QString::fromLatin1(CoreVersionSetting));
    if (!setting)
        return setting.error();
    if (setting->isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("the platform core's version is unknown: %1 does not exist and the setting %2 is not set")
                         .arg(installed, QString::fromLatin1(CoreVersionSetting)),
                     site.name);
    Result<Version> parsed = Version::parse(*setting);
    if (!parsed)
        return parsed.error().withSubject(QString::fromLatin1(CoreVersionSetting));
    return parsed;
}

Result<Catalog> InstallPlanner::loadCatalogs(const QStringList& files)
{
    QList<Catalog> catalogs;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("cannot read: %1").arg(file.errorString()), path);
        if (file.size() > Catalog::MaxFileSize)
            return Error(ErrorCode::Validation, tr("larger than %1 bytes").arg(Catalog::MaxFileSize), path);
        Result<Catalog> catalog = Catalog::parse(file.readAll());
        if (!catalog)
            return catalog.error().withSubject(path + u": "_s + catalog.error().subject());
        catalogs << *catalog;
    }
    return Catalog::merge(catalogs);
}

Result<Resolution> InstallPlanner::plan(const Site& site, const Catalog& catalog, const Version& core,
                                        const QStringList& requests)
{
    DependencyResolver resolver(catalog, core);
    Result<ModulesLock> lock = ModulesLock::read(ModulesLock::pathFor(site.path));
    if (!lock)
        return lock.error();
    for (const ModulesLock::Entry& e : lock->entries()) {
        const QString manifest =
            QDir(site.modulesDir).filePath(e.moduleName + u'/' + e.version.toString() + u"/manifest.json"_s);
        if (Result<Manifest> m = Manifest::load(manifest); m && m->version() == e.version)
            resolver.addInstalled(*m);
        else
            resolver.addInstalled(e.moduleName, e.version);
    }
    return resolver.resolve(requests);
}

} // namespace ms
