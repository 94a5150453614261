// resolve: what installing modules on a site would do, in which order, and why.

#include "Args.h"
#include "CommandGroups.h"

#include "discovery/PackageJson.h"
#include "inventory/Inventory.h"
#include "packages/Manifest.h"
#include "registry/Catalog.h"
#include "resolve/DependencyResolver.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "targets/ModulesLock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

/// The platform core the site runs: --core, else the version installed in the site's
/// node_modules, else the "platform.core_version" setting.
ms::Result<ms::Version> coreVersion(CtlContext& ctx, const ms::Site& site, const std::optional<QString>& given)
{
    if (given)
        return ms::Version::parse(*given);
    const QString installed = QDir(site.path).filePath(u"node_modules/@paulovila/core/package.json"_s);
    QFile file(installed);
    if (file.open(QIODevice::ReadOnly)) {
        const QString v = QJsonDocument::fromJson(file.readAll()).object().value(u"version"_s).toString();
        if (auto parsed = ms::Version::parse(v))
            return parsed;
    }
    auto setting = ms::SettingsRepository(*ctx.database()).value(u"platform.core_version"_s);
    if (setting && !setting->isEmpty())
        return ms::Version::parse(*setting).ok()
            ? ms::Version::parse(*setting)
            : ms::Result<ms::Version>(ms::Error(ms::ErrorCode::Validation,
                                                CtlContext::tr("the setting's value \"%1\" is not a version").arg(*setting),
                                                u"platform.core_version"_s));
    return ms::Error(ms::ErrorCode::NotFound,
                     CtlContext::tr("the platform core's version is unknown: pass --core VERSION, or set it with "
                                    "'mothershipctl settings set platform.core_version VERSION'"),
                     installed);
}

int resolve(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"catalog"_s, true, true}, {u"core"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), u"resolve"_s);
    if (args.positionals().size() < 2)
        return ctx.usage(CtlContext::tr("resolve needs a site and at least one MODULE[@RANGE]"), u"resolve"_s);
    const QStringList catalogFiles = args.values(u"catalog"_s);
    if (catalogFiles.isEmpty())
        return ctx.usage(CtlContext::tr("resolve needs a catalog: --catalog FILE (first given wins a tie)"),
                         u"resolve"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::Inventory inventory(*db);
    auto site = inventory.site(args.positionals().first());
    if (!site)
        return ctx.fail(site.error());

    QList<ms::Catalog> catalogs;
    for (const QString& path : catalogFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(ms::Error(ms::ErrorCode::Io, CtlContext::tr("cannot read: %1").arg(file.errorString()), path));
        auto catalog = ms::Catalog::parse(file.readAll());
        if (!catalog)
            return ctx.fail(catalog.error().withSubject(path + u": "_s + catalog.error().subject()));
        catalogs << *catalog;
    }
    auto core = coreVersion(ctx, *site, args.value(u"core"_s));
    if (!core)
        return ctx.fail(core.error());

    ms::DependencyResolver resolver(ms::Catalog::merge(catalogs), *core);
    auto lock = ms::ModulesLock::read(ms::ModulesLock::pathFor(site->path));
    if (!lock)
        return ctx.fail(lock.error());
    for (const ms::ModulesLock::Entry& e : lock->entries()) {
        // The manifest it was installed from knows its real dependencies; the catalog is the fallback.
        const QString manifest =
            QDir(site->modulesDir).filePath(e.moduleName + u'/' + e.version.toString() + u"/manifest.json"_s);
        if (auto m = ms::Manifest::load(manifest); m && m->version() == e.version)
            resolver.addInstalled(*m);
        else
            resolver.addInstalled(e.moduleName, e.version);
    }

    const ms::Resolution resolution = resolver.resolve(args.positionals().mid(1));
    if (ctx.json) {
        ctx.printJson(resolution.toJson());
        return resolution.ok() ? Success : Failed;
    }
    if (!resolution.ok()) {
        ctx.err << CtlContext::tr("mothershipctl: %1").arg(resolution.error().message()) << Qt::endl;
        for (const QString& line : resolution.explanation())
            ctx.err << u"  "_s << line << Qt::endl;
        return Failed;
    }
    if (resolution.plan().isEmpty()) {
        ctx.out << CtlContext::tr("Nothing to do: everything asked for is installed.") << Qt::endl;
        return Success;
    }
    ctx.out << CtlContext::tr("Plan for %1 (platform core %2), in install order:").arg(site->name, core->toString())
            << Qt::endl;
    QList<QStringList> rows;
    int n = 0;
    for (const ms::PlanStep& step : resolution.plan()) {
        QString version = step.version.toString();
        if (!step.fromVersion.isNull() && !(step.fromVersion == step.version))
            version = step.fromVersion.toString() + u" → "_s + version;
        rows << QStringList{QString::number(++n), ms::PlanStep::actionName(step.action), step.moduleName, version,
                            step.reason};
    }
    ctx.printTable({u"#"_s, CtlContext::tr("ACTION"), CtlContext::tr("MODULE"), CtlContext::tr("VERSION"),
                    CtlContext::tr("WHY")},
                   rows);
    return Success;
}

} // namespace

QList<Command> resolveCommands()
{
    return {
        {{u"resolve"_s},
         QT_TRANSLATE_NOOP("ctl", "what installing modules on a site would do, in which order, and why"),
         "resolve SITE MODULE[@RANGE]... --catalog FILE [--core VERSION]", resolve},
    };
}

} // namespace ctl
