// resolve: what installing modules on a site would do, in which order, and why.

#include "Args.h"
#include "CommandGroups.h"

#include "inventory/InstallPlanner.h"
#include "registry/RegistryCache.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "inventory/Inventory.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

int resolve(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"catalog"_s, true, true}, {u"core"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), u"resolve"_s);
    if (args.positionals().size() < 2)
        return ctx.usage(CtlContext::tr("resolve needs a site and at least one MODULE[@RANGE]"), u"resolve"_s);
    const QStringList catalogFiles = args.values(u"catalog"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::Inventory inventory(*db);
    auto site = inventory.site(args.positionals().first());
    if (!site)
        return ctx.fail(site.error());

    ms::Result<ms::Catalog> catalog = ms::Catalog();
    if (!catalogFiles.isEmpty()) {
        catalog = ms::InstallPlanner::loadCatalogs(catalogFiles);
    } else {
        // The configured registries' merged catalog, as install would use it.
        ms::RegistryService registries(*db, ms::RegistryCache::defaultRoot(db->location()), db->clock());
        std::unique_ptr<ms::RegistrySyncJob> load(registries.load());
        load->exec();
        if (load->error().isError())
            return ctx.fail(load->error());
        if (registries.registries().isEmpty())
            return ctx.fail(ms::Error(ms::ErrorCode::NotFound,
                                      CtlContext::tr("no registry is configured: add one with 'mothershipctl registry "
                                                     "add NAME URL --key FILE', or pass --catalog FILE")));
        catalog = *registries.catalog();
    }
    if (!catalog)
        return ctx.fail(catalog.error());
    auto core = args.value(u"core"_s) ? ms::Version::parse(*args.value(u"core"_s))
                                      : ms::InstallPlanner::coreVersion(*db, *site);
    if (!core) {
        if (core.error().code() == ms::ErrorCode::NotFound)
            return ctx.fail(ms::Error(core.error().code(),
                                      core.error().message() + CtlContext::tr(
                                          "; pass --core VERSION or run 'mothershipctl settings set %1 VERSION'")
                                                                   .arg(QString::fromLatin1(ms::InstallPlanner::CoreVersionSetting)),
                                      core.error().subject()));
        return ctx.fail(core.error());
    }
    auto planned = ms::InstallPlanner::plan(*site, *catalog, *core, args.positionals().mid(1));
    if (!planned)
        return ctx.fail(planned.error());
    const ms::Resolution& resolution = *planned;
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
         "resolve SITE MODULE[@RANGE]... [--catalog FILE...] [--core VERSION]", resolve},
    };
}

} // namespace ctl
