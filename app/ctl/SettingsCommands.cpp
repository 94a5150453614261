// settings: the key/value settings kept with the inventory (platform.core_version,
// context.fallback_site, ...). Secrets never go here; they live in the keychain.

#include "Args.h"
#include "CommandGroups.h"

#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

int settings(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok())
        return ctx.usage(args.error(), u"settings"_s);
    const QStringList& p = args.positionals();
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::SettingsRepository repo(*db);

    if (p.isEmpty() || (p.size() == 1 && p[0] == u"list")) {
        auto all = repo.all();
        if (!all)
            return ctx.fail(all.error());
        if (ctx.json) {
            QJsonObject o;
            for (auto it = all->cbegin(); it != all->cend(); ++it)
                o.insert(it.key(), it.value());
            ctx.printJson(o);
        } else {
            for (auto it = all->cbegin(); it != all->cend(); ++it)
                ctx.out << it.key() << u" = "_s << it.value() << Qt::endl;
        }
        return Success;
    }
    if (p[0] == u"get" && p.size() == 2) {
        auto value = repo.value(p[1]);
        if (!value)
            return ctx.fail(value.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{p[1], value->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*value)}});
        else if (!value->isEmpty())
            ctx.out << *value << Qt::endl;
        return value->isEmpty() ? Failed : Success;
    }
    if (p[0] == u"set" && p.size() == 3) {
        if (ms::Status set = repo.setValue(p[1], p[2]); !set)
            return ctx.fail(set.error());
        return Success;
    }
    if (p[0] == u"unset" && p.size() == 2) {
        if (ms::Status removed = repo.remove(p[1]); !removed)
            return ctx.fail(removed.error());
        return Success;
    }
    return ctx.usage(CtlContext::tr("settings [list] | get KEY | set KEY VALUE | unset KEY"), u"settings"_s);
}

} // namespace

QList<Command> settingsCommands()
{
    return {
        {{u"settings"_s}, QT_TRANSLATE_NOOP("ctl", "settings kept with the inventory (platform.core_version, ...)"),
         "settings [list] | get KEY | set KEY VALUE | unset KEY", settings},
    };
}

} // namespace ctl
