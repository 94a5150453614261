// scan, sites, site show, site title, ports, context: the site inventory.

#include "Args.h"
#include "CommandGroups.h"
#include "JsonOutput.h"

#include "audit/AuditLog.h"
#include "inventory/Inventory.h"
#include "store/Database.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

struct Services
{
    explicit Services(ms::Database& db)
        : audit(db)
        , inventory(db, &audit)
    {
    }
    ms::AuditLog audit;
    ms::Inventory inventory;
};

void printProblems(CtlContext& ctx, const QList<ms::ScanProblem>& problems)
{
    for (const ms::ScanProblem& p : problems)
        ctx.err << (p.fatal ? CtlContext::tr("error: ") : CtlContext::tr("warning: ")) << p.toString() << Qt::endl;
}

int scan(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok())
        return ctx.usage(args.error(), u"scan"_s);
    if (args.positionals().isEmpty())
        return ctx.usage(CtlContext::tr("scan needs at least one apps directory"), u"scan"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    Services s(*db);
    auto outcome = s.inventory.addAndScan(args.positionals());
    if (!outcome)
        return ctx.fail(outcome.error());
    auto sites = s.inventory.sites();
    if (!sites)
        return ctx.fail(sites.error());
    const auto& sum = outcome->summary;
    if (ctx.json) {
        QJsonArray problems;
        for (const ms::ScanProblem& p : outcome->problems)
            problems.append(json::problem(p));
        ctx.printJson(QJsonObject{{u"apps_dirs"_s, QJsonArray::fromStringList(outcome->appsDirs)},
                                  {u"sites"_s, int(sites->size())},
                                  {u"added"_s, sum.added},
                                  {u"updated"_s, sum.updated},
                                  {u"missing"_s, sum.missing},
                                  {u"unchanged"_s, sum.unchanged},
                                  {u"problems"_s, problems}});
        return Success;
    }
    ctx.out << CtlContext::tr("Scanned %1: %2 new, %3 updated, %4 unchanged, %5 missing.")
                   .arg(outcome->appsDirs.join(u", "_s))
                   .arg(sum.added)
                   .arg(sum.updated)
                   .arg(sum.unchanged)
                   .arg(sum.missing)
            << Qt::endl;
    printProblems(ctx, outcome->problems);
    return Success;
}

QString pluginList(const ms::Site& s)
{
    QStringList names;
    for (const ms::SitePlugin& p : s.plugins)
        names << (p.enabled ? p.name : p.name + CtlContext::tr(" (off)"));
    return names.join(u", "_s);
}

int sites(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok() || !args.positionals().isEmpty())
        return ctx.usage(args.ok() ? CtlContext::tr("sites takes no arguments") : args.error(), u"sites"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    Services s(*db);
    auto all = s.inventory.sites();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json) {
        QJsonArray list;
        for (const ms::Site& site : std::as_const(*all))
            list.append(json::site(site));
        ctx.printJson(list);
        return Success;
    }
    if (all->isEmpty()) {
        ctx.out << CtlContext::tr("No sites yet. Add an apps directory with 'mothershipctl scan DIR'.") << Qt::endl;
        return Success;
    }
    QList<QStringList> rows;
    for (const ms::Site& site : std::as_const(*all)) {
        rows << QStringList{site.name,
                            site.displayTitle(),
                            site.port > 0 ? QString::number(site.port) + (site.portSource == ms::PortSource::Derived
                                                                              ? CtlContext::tr(" (derived)")
                                                                              : QString())
                                          : u"-"_s,
                            site.domains.join(u", "_s),
                            site.environment,
                            json::siteStatus(site.status),
                            pluginList(site)};
    }
    ctx.printTable({CtlContext::tr("NAME"), CtlContext::tr("TITLE"), CtlContext::tr("PORT"), CtlContext::tr("DOMAINS"),
                    CtlContext::tr("ENVIRONMENT"), CtlContext::tr("STATUS"), CtlContext::tr("PLUGINS")},
                   rows);
    return Success;
}

int siteShow(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok() || args.positionals().size() != 1)
        return ctx.usage(args.ok() ? CtlContext::tr("site show needs one site name") : args.error(), u"site show"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    Services s(*db);
    auto site = s.inventory.site(args.positionals().first());
    if (!site)
        return ctx.fail(site.error());
    if (ctx.json) {
        ctx.printJson(json::site(*site));
        return Success;
    }
    auto line = [&](const QString& label, const QString& value) {
        ctx.out << QString(label + u':').leftJustified(18) << value << Qt::endl;
    };
    line(CtlContext::tr("Name"), site->name);
    line(CtlContext::tr("Title"), site->displayTitle());
    line(CtlContext::tr("Status"), json::siteStatus(site->status));
    line(CtlContext::tr("Path"), site->path);
    line(CtlContext::tr("Domains"), site->domains.join(u", "_s));
    line(CtlContext::tr("Port"), site->port > 0 ? QString::number(site->port) + u" (" + json::portSource(site->portSource)
                                                      + (site->portKey.isEmpty() ? QString() : u' ' + site->portKey)
                                                      + u')'
                                                : u"-"_s);
    line(CtlContext::tr("Environment"), site->environment);
    line(CtlContext::tr("Context"), site->businessContext);
    line(CtlContext::tr("Instances"), QString::number(site->instances));
    line(CtlContext::tr("Features"), site->features.join(u", "_s));
    line(CtlContext::tr("Plugins"), pluginList(*site));
    line(CtlContext::tr("Modules"), site->modulesDir);
    if (!site->agent.isEmpty())
        line(CtlContext::tr("Agent"), site->agent);
    line(CtlContext::tr("Files"), site->sources.join(u", "_s));
    printProblems(ctx, site->problems);
    return Success;
}

int siteTitle(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"clear"_s, false}});
    if (!args.ok())
        return ctx.usage(args.error(), u"site title"_s);
    const bool clear = args.isSet(u"clear"_s);
    if (args.positionals().size() != (clear ? 1 : 2))
        return ctx.usage(CtlContext::tr("site title needs a site name and a title (or --clear)"), u"site title"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    Services s(*db);
    if (ms::Status set = s.inventory.setTitleOverride(args.positionals()[0], clear ? QString() : args.positionals()[1]);
        !set)
        return ctx.fail(set.error());
    if (ctx.json)
        ctx.printJson(json::site(*s.inventory.site(args.positionals()[0])));
    return Success;
}

int ports(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"fix"_s, false}});
    if (!args.ok() || !args.positionals().isEmpty())
        return ctx.usage(args.ok() ? CtlContext::tr("ports takes no arguments") : args.error(), u"ports"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    Services s(*db);
    // What is on disk now, not what the last scan saw.
    if (auto rescanned = s.inventory.rescan(); !rescanned)
        return ctx.fail(rescanned.error());

    auto needsAction = [](const QList<ms::PortConflict>& conflicts) {
        return std::any_of(conflicts.cbegin(), conflicts.cend(),
                           [](const ms::PortConflict& c) { return c.kind != ms::ConflictKind::InUseOnMachine; });
    };

    if (!args.isSet(u"fix"_s)) {
        auto report = s.inventory.ports();
        if (!report)
            return ctx.fail(report.error());
        if (ctx.json) {
            QJsonArray conflicts, moves;
            for (const ms::PortConflict& c : std::as_const(report->conflicts))
                conflicts.append(json::conflict(c));
            for (const ms::PortMove& m : std::as_const(report->plan.moves))
                moves.append(json::move(m));
            ctx.printJson(QJsonObject{{u"conflicts"_s, conflicts}, {u"fix"_s, moves}});
        } else if (report->conflicts.isEmpty()) {
            ctx.out << CtlContext::tr("No port or domain conflicts.") << Qt::endl;
        } else {
            for (const ms::PortConflict& c : std::as_const(report->conflicts))
                ctx.out << u"- "_s << c.message << Qt::endl;
            if (!report->plan.moves.isEmpty()) {
                ctx.out << Qt::endl << CtlContext::tr("'mothershipctl ports --fix' would:") << Qt::endl;
                for (const ms::PortMove& m : std::as_const(report->plan.moves))
                    ctx.out << CtlContext::tr("  move %1 from port %2 to %3 (%4 in %5)")
                                   .arg(m.site)
                                   .arg(m.from)
                                   .arg(m.to)
                                   .arg(m.key, m.file)
                            << Qt::endl;
            }
        }
        return needsAction(report->conflicts) ? Failed : Success;
    }

    auto fixed = s.inventory.fixPorts();
    if (!fixed)
        return ctx.fail(fixed.error());
    auto after = s.inventory.ports();
    if (!after)
        return ctx.fail(after.error());
    if (ctx.json) {
        QJsonArray moves, changes, errors, remaining;
        for (const ms::PortMove& m : std::as_const(fixed->plan.moves))
            moves.append(json::move(m));
        for (const ms::FileChange& c : std::as_const(fixed->applied.changes))
            changes.append(QJsonObject{{u"file"_s, c.path}, {u"backup"_s, c.backupPath}, {u"key"_s, c.key}});
        for (const ms::Error& e : std::as_const(fixed->applied.errors))
            errors.append(QJsonObject{{u"subject"_s, e.subject()}, {u"message"_s, e.message()}});
        for (const ms::PortConflict& c : std::as_const(after->conflicts))
            remaining.append(json::conflict(c));
        ctx.printJson(QJsonObject{
            {u"fix"_s, moves}, {u"changed"_s, changes}, {u"errors"_s, errors}, {u"conflicts"_s, remaining}});
    } else {
        if (fixed->plan.moves.isEmpty())
            ctx.out << CtlContext::tr("Nothing to move.") << Qt::endl;
        for (const ms::PortMove& m : std::as_const(fixed->plan.moves))
            ctx.out << CtlContext::tr("Moved %1 from port %2 to %3.").arg(m.site).arg(m.from).arg(m.to) << Qt::endl;
        for (const ms::FileChange& c : std::as_const(fixed->applied.changes))
            ctx.out << CtlContext::tr("  changed %1 (%2); the previous version is in %3")
                           .arg(c.path, c.key, c.backupPath.isEmpty() ? CtlContext::tr("no backup: new file") : c.backupPath)
                    << Qt::endl;
        for (const ms::Error& e : std::as_const(fixed->applied.errors))
            ctx.err << CtlContext::tr("error: ") << e.toString() << Qt::endl;
        for (const ms::PortConflict& c : std::as_const(after->conflicts))
            ctx.out << CtlContext::tr("still: ") << c.message << Qt::endl;
    }
    return fixed->applied.ok() && !needsAction(after->conflicts) ? Success : Failed;
}

int context(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"domain"_s, true}, {u"port"_s, true}, {u"context"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), u"context"_s);
    const int given = int(args.isSet(u"domain"_s)) + int(args.isSet(u"port"_s)) + int(args.isSet(u"context"_s));
    if (given != 1 || !args.positionals().isEmpty())
        return ctx.usage(CtlContext::tr("context needs exactly one of --domain D, --port P or --context C"),
                         u"context"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    Services s(*db);
    ms::Result<ms::ContextMatch> match = ms::ContextMatch{};
    if (auto d = args.value(u"domain"_s)) {
        match = s.inventory.byDomain(*d);
    } else if (auto p = args.value(u"port"_s)) {
        bool ok = false;
        const int port = p->toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return ctx.usage(CtlContext::tr("'%1' is not a port number").arg(*p), u"context"_s);
        match = s.inventory.byPort(port);
    } else {
        match = s.inventory.byContext(*args.value(u"context"_s));
    }
    if (!match)
        return ctx.fail(match.error());
    if (ctx.json) {
        ctx.printJson(json::contextMatch(*match));
    } else if (!match->found()) {
        ctx.out << CtlContext::tr("No site serves it, and no fallback site is configured.") << Qt::endl;
    } else {
        QString how;
        switch (match->kind) {
        case ms::ContextMatchKind::ExactDomain: how = CtlContext::tr("its domain %1").arg(match->matched); break;
        case ms::ContextMatchKind::WildcardDomain: how = CtlContext::tr("the wildcard %1").arg(match->matched); break;
        case ms::ContextMatchKind::Port: how = CtlContext::tr("its port %1").arg(match->matched); break;
        case ms::ContextMatchKind::BusinessContext: how = CtlContext::tr("its context %1").arg(match->matched); break;
        case ms::ContextMatchKind::Fallback: how = CtlContext::tr("the fallback: nothing else matched"); break;
        case ms::ContextMatchKind::None: break;
        }
        ctx.out << CtlContext::tr("%1 (by %2)").arg(match->site, how) << Qt::endl;
        if (!match->ambiguous.isEmpty())
            ctx.out << CtlContext::tr("warning: %1 match just as well; fix the conflict").arg(match->ambiguous.join(u", "_s))
                    << Qt::endl;
    }
    return match->found() ? Success : Failed;
}

} // namespace

QList<Command> inventoryCommands()
{
    return {
        {{u"scan"_s}, QT_TRANSLATE_NOOP("ctl", "discover the sites in apps directories and record them"),
         "scan DIR...", scan},
        {{u"sites"_s}, QT_TRANSLATE_NOOP("ctl", "the inventory"), "sites", sites},
        {{u"site"_s, u"show"_s}, QT_TRANSLATE_NOOP("ctl", "one site in detail"), "site show NAME", siteShow},
        {{u"site"_s, u"title"_s}, QT_TRANSLATE_NOOP("ctl", "set the title shown for a site (kept across rescans)"),
         "site title NAME TITLE | --clear NAME", siteTitle},
        {{u"ports"_s}, QT_TRANSLATE_NOOP("ctl", "port and domain conflicts; --fix moves ports, keeping backups"),
         "ports [--fix]", ports},
        {{u"context"_s}, QT_TRANSLATE_NOOP("ctl", "which site serves a domain, a port or a business context"),
         "context --domain D | --port P | --context C", context},
    };
}

} // namespace ctl
