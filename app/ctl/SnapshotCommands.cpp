// snapshot export FILE, snapshot open FILE: offline inspection of the inventory.

#include "Args.h"
#include "CommandGroups.h"
#include "JsonOutput.h"

#include "snapshot/Snapshot.h"
#include "store/Database.h"
#include "store/SiteRepository.h"

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

QJsonObject infoJson(const ms::SnapshotInfo& info, const QString& file)
{
    return {{u"file"_s, file},
            {u"taken_at"_s, info.takenAt.toString(Qt::ISODateWithMs)},
            {u"host"_s, info.host},
            {u"taken_by"_s, info.takenBy},
            {u"source"_s, info.source},
            {u"program_version"_s, info.programVersion},
            {u"schema_version"_s, info.schemaVersion},
            {u"rows"_s, info.rows}};
}

int snapshotExport(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok() || args.positionals().size() != 1)
        return ctx.usage(args.ok() ? CtlContext::tr("snapshot export needs a file name") : args.error(),
                         u"snapshot export"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    const QString file = args.positionals().first();
    auto info = ms::Snapshot::exportTo(*db, file);
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json)
        ctx.printJson(infoJson(*info, file));
    else
        ctx.out << CtlContext::tr("Wrote %1: %2 rows of %3.").arg(file).arg(info->rows).arg(info->source) << Qt::endl;
    return Success;
}

int snapshotOpen(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok() || args.positionals().size() != 1)
        return ctx.usage(args.ok() ? CtlContext::tr("snapshot open needs a file name") : args.error(),
                         u"snapshot open"_s);
    const QString file = args.positionals().first();
    auto snapshot = ms::Snapshot::open(file);
    if (!snapshot)
        return ctx.fail(snapshot.error());
    auto sites = ms::SiteRepository((*snapshot)->database()).list();
    if (!sites)
        return ctx.fail(sites.error());
    const ms::SnapshotInfo& info = (*snapshot)->info();
    if (ctx.json) {
        QJsonObject o = infoJson(info, file);
        QJsonArray list;
        for (const ms::Site& s : std::as_const(*sites))
            list.append(json::site(s));
        o.insert(u"sites"_s, list);
        ctx.printJson(o);
        return Success;
    }
    ctx.out << CtlContext::tr("Snapshot of %1, taken %2 on %3 by %4 (Mothership %5), read-only.")
                   .arg(info.source, info.takenAt.toString(Qt::ISODate), info.host, info.takenBy, info.programVersion)
            << Qt::endl;
    QList<QStringList> rows;
    for (const ms::Site& s : std::as_const(*sites))
        rows << QStringList{s.name, s.displayTitle(), s.port > 0 ? QString::number(s.port) : u"-"_s,
                            s.domains.join(u", "_s), json::siteStatus(s.status)};
    ctx.printTable({CtlContext::tr("NAME"), CtlContext::tr("TITLE"), CtlContext::tr("PORT"), CtlContext::tr("DOMAINS"),
                    CtlContext::tr("STATUS")},
                   rows);
    return Success;
}

} // namespace

QList<Command> snapshotCommands()
{
    return {
        {{u"snapshot"_s, u"export"_s},
         QT_TRANSLATE_NOOP("ctl", "write one file with a consistent copy of the inventory (no secrets)"),
         "snapshot export FILE", snapshotExport},
        {{u"snapshot"_s, u"open"_s}, QT_TRANSLATE_NOOP("ctl", "show a snapshot read-only: when and where, and its sites"),
         "snapshot open FILE", snapshotOpen},
    };
}

} // namespace ctl
