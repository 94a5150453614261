// audit, audit verify: the hash-chained record of every operation.

#include "Args.h"
#include "CommandGroups.h"
#include "JsonOutput.h"

#include "audit/AuditLog.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

// "2026-11-01", "2026-11-01T10:00:00Z", or a duration back from now: "30m", "24h", "7d".
std::optional<QDateTime> parseSince(const QString& text, const QDateTime& now)
{
    if (text.size() >= 2) {
        bool ok = false;
        const qint64 n = text.chopped(1).toLongLong(&ok);
        if (ok && n >= 0) {
            switch (text.back().unicode()) {
            case 'm': return now.addSecs(-60 * n);
            case 'h': return now.addSecs(-3600 * n);
            case 'd': return now.addDays(-n);
            default: break;
            }
        }
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

int audit(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"since"_s, true}, {u"site"_s, true}, {u"module"_s, true}, {u"action"_s, true},
                          {u"outcome"_s, true}, {u"user"_s, true}, {u"limit"_s, true}});
    if (!args.ok() || !args.positionals().isEmpty())
        return ctx.usage(args.ok() ? CtlContext::tr("unexpected argument '%1'").arg(args.positionals().first())
                                   : args.error(),
                         u"audit"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::AuditFilter filter;
    if (auto since = args.value(u"since"_s)) {
        auto t = parseSince(*since, db->clock().now());
        if (!t)
            return ctx.usage(CtlContext::tr("'%1' is not a date, a time or a duration like 24h").arg(*since), u"audit"_s);
        filter.since = *t;
    }
    filter.site = args.value(u"site"_s).value_or(QString());
    filter.module = args.value(u"module"_s).value_or(QString());
    filter.action = args.value(u"action"_s).value_or(QString());
    filter.outcome = args.value(u"outcome"_s).value_or(QString());
    filter.actor = args.value(u"user"_s).value_or(QString());
    if (auto limit = args.value(u"limit"_s)) {
        bool ok = false;
        filter.limit = limit->toInt(&ok);
        if (!ok || filter.limit < 0)
            return ctx.usage(CtlContext::tr("'%1' is not a number").arg(*limit), u"audit"_s);
    }
    ms::AuditLog log(*db);
    auto entries = log.entries(filter);
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json) {
        QJsonArray list;
        for (const ms::AuditRecord& r : std::as_const(*entries))
            list.append(json::auditRecord(r));
        ctx.printJson(list);
        return Success;
    }
    QList<QStringList> rows;
    for (const ms::AuditRecord& r : std::as_const(*entries)) {
        QString what = r.module;
        if (!r.fromVersion.isEmpty() || !r.toVersion.isEmpty())
            what += (what.isEmpty() ? QString() : u" "_s) + r.fromVersion + u"→"_s + r.toVersion;
        rows << QStringList{r.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), r.actor, r.action, r.site, what,
                            ms::AuditRecord::outcomeName(r.outcome), r.message};
    }
    ctx.printTable({CtlContext::tr("TIME"), CtlContext::tr("USER"), CtlContext::tr("ACTION"), CtlContext::tr("SITE"),
                    CtlContext::tr("WHAT"), CtlContext::tr("OUTCOME"), CtlContext::tr("MESSAGE")},
                   rows);
    return Success;
}

int auditVerify(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok() || !args.positionals().isEmpty())
        return ctx.usage(args.ok() ? CtlContext::tr("audit verify takes no arguments") : args.error(), u"audit verify"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    auto v = ms::AuditLog(*db).verify();
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json) {
        QJsonObject o{{u"intact"_s, v->intact}, {u"entries"_s, v->entries}};
        if (!v->intact)
            o.insert(u"broken_at"_s, v->brokenAt), o.insert(u"problem"_s, v->problem);
        ctx.printJson(o);
    } else if (v->intact) {
        ctx.out << CtlContext::tr("The audit log is intact: %n entries chain correctly.", nullptr, int(v->entries))
                << Qt::endl;
    } else {
        ctx.out << CtlContext::tr("The audit log is broken: %1").arg(v->problem) << Qt::endl;
    }
    return v->intact ? Success : Failed;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {{u"audit"_s}, QT_TRANSLATE_NOOP("ctl", "the audit log, newest first"),
         "audit [--since T] [--site S] [--module M] [--action A] [--outcome O] [--user U] [--limit N]", audit},
        {{u"audit"_s, u"verify"_s}, QT_TRANSLATE_NOOP("ctl", "check that no audit entry was altered or removed"),
         "audit verify", auditVerify},
    };
}

} // namespace ctl
