// install, upgrade, enable, disable, rollback, uninstall, modules, recover: modules on sites.
//
// Packages come from the configured registries (signed catalogs, verified downloads). With
// --catalog FILE they come from a local registry instead: a catalog.json whose packages are
// found by their "path", relative to the folder of the file, checked against its size and
// SHA-256 before unpacking — for a registry folder an administrator already trusts.

#include "Args.h"
#include "CommandGroups.h"
#include "audit/AuditLog.h"
#include "lifecycle/LocalPackageFetcher.h"
#include "lifecycle/RegistryPackageFetcher.h"
#include "registry/RegistryCache.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "lifecycle/Operation.h"
#include "lifecycle/Orchestrator.h"
#include "lifecycle/RecoverJob.h"
#include "registry/Catalog.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

using ms::OperationRequest;

QJsonValue versionJson(const ms::Version& v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toFullString());
}

QJsonValue optionalVersionJson(const std::optional<ms::Version>& v)
{
    return v ? QJsonValue(v->toFullString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue textJson(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// { id, kind, site, module, from_version, to_version, state, started_at, finished_at, error_code,
// error_message }
QJsonObject operationJson(const ms::OperationRecord& r)
{
    return QJsonObject {{u"id"_s, r.id},
                        {u"kind"_s, r.kind},
                        {u"site"_s, r.site},
                        {u"module"_s, textJson(r.module)},
                        {u"from_version"_s, textJson(r.fromVersion)},
                        {u"to_version"_s, textJson(r.toVersion)},
                        {u"state"_s, r.state},
                        {u"started_at"_s, timeJson(r.startedAt)},
                        {u"finished_at"_s, timeJson(r.finishedAt)},
                        {u"error_code"_s, textJson(r.errorCode)},
                        {u"error_message"_s, textJson(r.errorMessage)}};
}

// { module_name, action, from_version, to_version, reason, registry, license_required }
QJsonObject changeJson(const ms::ModuleChange& c)
{
    return QJsonObject {{u"module_name"_s, c.module},
                        {u"action"_s, ms::ModuleChange::actionName(c.action)},
                        {u"from_version"_s, versionJson(c.fromVersion)},
                        {u"to_version"_s, versionJson(c.toVersion)},
                        {u"reason"_s, textJson(c.reason)},
                        {u"registry"_s, textJson(c.registry)},
                        {u"license_required"_s, c.licenseRequired}};
}

QJsonObject errorJson(const ms::Error& e)
{
    QJsonObject o {{u"code"_s, ms::Error::codeName(e.code())}, {u"message"_s, e.message()}};
    if (!e.subject().isEmpty())
        o.insert(u"subject"_s, e.subject());
    if (!e.detail().isEmpty())
        o.insert(u"detail"_s, e.detail());
    return o;
}

/// A one-line bar on stderr, redrawn in place; only on a terminal and never with --json.
class ProgressBar
{
public:
    explicit ProgressBar(CtlContext& ctx)
        : m_ctx(ctx)
        , m_on(ctx.interactive && !ctx.json)
    {
    }
    ~ProgressBar() { clear(); }

    void show(qint64 done, qint64 total, const QString& step)
    {
        if (!m_on)
            return;
        constexpr int Width = 24;
        const int percent = total > 0 ? int(qBound(qint64(0), done * 100 / total, qint64(100))) : 0;
        const int filled = Width * percent / 100;
        QString line = u"["_s + QString(filled, u'#') + QString(Width - filled, u'.') + u"] "_s
            + QString::number(percent).rightJustified(3) + u"% "_s + step;
        line = line.left(79).leftJustified(79);
        m_ctx.err << u'\r' << line;
        m_ctx.err.flush();
        m_drawn = true;
    }
    void clear()
    {
        if (!m_drawn)
            return;
        m_ctx.err << u'\r' << QString(79, u' ') << u'\r';
        m_ctx.err.flush();
        m_drawn = false;
    }

private:
    CtlContext& m_ctx;
    bool m_on;
    bool m_drawn = false;
};

/// Reads every --catalog FILE into a merged catalog and a fetcher that serves each
/// registry from the folder of its catalog.
ms::Status loadCatalogs(const QStringList& files, ms::Catalog* merged, ms::LocalPackageFetcher* fetcher)
{
    QList<ms::Catalog> catalogs;
    QStringList registries;
    for (const QString& path : files) {
        QFile file(path);
        if (file.size() > ms::Catalog::MaxFileSize)
            return ms::Error(ms::ErrorCode::Validation, CtlContext::tr("the catalog is too large"), path);
        if (!file.open(QIODevice::ReadOnly))
            return ms::Error(ms::ErrorCode::Io, CtlContext::tr("cannot read: %1").arg(file.errorString()),
                             path);
        auto catalog = ms::Catalog::parse(file.readAll());
        if (!catalog)
            return catalog.error().withSubject(path + u": "_s + catalog.error().subject());
        if (registries.contains(catalog->registry()))
            return ms::Error(ms::ErrorCode::Conflict,
                             CtlContext::tr("two catalogs call themselves \"%1\"").arg(catalog->registry()),
                             path);
        registries << catalog->registry();
        fetcher->addRegistry(catalog->registry(), QFileInfo(path).absolutePath());
        catalogs << *catalog;
    }
    *merged = ms::Catalog::merge(catalogs);
    return {};
}

int runOperation(CtlContext& ctx, OperationRequest request, const QStringList& catalogFiles)
{
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::AuditLog audit(*db);
    ms::SecretStore secrets;
    ms::Orchestrator orchestrator(*db, &audit, &secrets);
    ms::LocalPackageFetcher fetcher;
    // Without --catalog, packages come from the configured registries: the merged catalog
    // they last accepted (signature, serial and expiry checked) and verified downloads.
    ms::RegistryService registries(*db, ms::RegistryCache::defaultRoot(db->location()), db->clock(), &audit);
    ms::RegistryPackageFetcher registryFetcher(registries);
    if (!catalogFiles.isEmpty()) {
        ms::Catalog catalog;
        if (ms::Status loaded = loadCatalogs(catalogFiles, &catalog, &fetcher); !loaded)
            return ctx.fail(loaded.error());
        orchestrator.setCatalog(catalog);
        orchestrator.setFetcher(&fetcher);
    } else if (request.kind == OperationRequest::Kind::Install || request.kind == OperationRequest::Kind::Upgrade) {
        std::unique_ptr<ms::RegistrySyncJob> load(registries.load());
        load->exec();
        if (load->error().isError())
            return ctx.fail(load->error());
        if (registries.registries().isEmpty())
            return ctx.fail(ms::Error(ms::ErrorCode::NotFound,
                                      CtlContext::tr("no registry is configured: add one with 'mothershipctl registry "
                                                     "add NAME URL --key FILE', or pass --catalog FILE")));
        orchestrator.setCatalog(*registries.catalog());
        orchestrator.setFetcher(&registryFetcher);
    }
    request.requestedBy = ms::AuditLog::currentUser();

    std::unique_ptr<ms::Operation> operation(orchestrator.submit(request));
    ProgressBar bar(ctx);
    QObject::connect(operation.get(), &ms::Job::progress, operation.get(),
                     [&bar](qint64 done, qint64 total, const QString& step) { bar.show(done, total, step); });
    operation->exec();
    bar.clear();
    const ms::OperationOutcome& outcome = operation->outcome();
    const ms::Error error = operation->error();

    if (ctx.json) {
        QJsonArray changes;
        for (const ms::ModuleChange& c : outcome.changes)
            changes.append(changeJson(c));
        QJsonObject o {{u"operation"_s, operationJson(outcome.operation)},
                       {u"changes"_s, changes},
                       {u"warnings"_s, QJsonArray::fromStringList(outcome.warnings)}};
        if (error.isError()) {
            o.insert(u"error"_s, errorJson(error));
            o.insert(u"site_unchanged"_s, outcome.siteUnchanged);
        }
        ctx.printJson(o);
        return error.isError() ? Failed : Success;
    }
    for (const QString& warning : outcome.warnings)
        ctx.err << CtlContext::tr("mothershipctl: warning: %1").arg(warning) << Qt::endl;
    if (error.isError()) {
        ctx.fail(error);
        if (outcome.siteUnchanged)
            ctx.err << CtlContext::tr("Operation %1 failed; the site is as it was before.")
                           .arg(outcome.operation.id)
                    << Qt::endl;
        else
            ctx.err << CtlContext::tr(
                           "Operation %1 failed and the site could not be put back: run 'mothershipctl "
                           "recover'.")
                           .arg(outcome.operation.id)
                    << Qt::endl;
        return Failed;
    }
    if (outcome.changes.isEmpty()) {
        ctx.out << CtlContext::tr("Nothing to do on %1.").arg(request.site) << Qt::endl;
    } else {
        QList<QStringList> rows;
        for (const ms::ModuleChange& c : outcome.changes) {
            QString version = (c.toVersion.isNull() ? c.fromVersion : c.toVersion).toFullString();
            if (!c.fromVersion.isNull() && !c.toVersion.isNull())
                version = c.fromVersion.toFullString() + u" → "_s + c.toVersion.toFullString();
            rows << QStringList {ms::ModuleChange::actionName(c.action), c.module, version};
        }
        ctx.out << CtlContext::tr("Operation %1 on %2 succeeded:").arg(outcome.operation.id).arg(request.site)
                << Qt::endl;
        ctx.printTable({CtlContext::tr("ACTION"), CtlContext::tr("MODULE"), CtlContext::tr("VERSION")}, rows);
    }
    return Success;
}

int installOrUpgrade(CtlContext& ctx, const QStringList& raw, OperationRequest::Kind kind)
{
    const QString name = OperationRequest::kindName(kind);
    const Args args(raw, {{u"catalog"_s, true, true}, {u"license-file"_s, true, true}, {u"core"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), name);
    const bool install = kind == OperationRequest::Kind::Install;
    if (args.positionals().size() < 2 || (!install && args.positionals().size() != 2))
        return ctx.usage(install ? CtlContext::tr("install needs a site and at least one MODULE[@VERSION]")
                                 : CtlContext::tr("upgrade needs a site and one MODULE[@VERSION]"),
                         name);
    OperationRequest request;
    request.kind = kind;
    request.site = args.positionals().first();
    request.modules = args.positionals().mid(1);
    request.licenseFiles = args.values(u"license-file"_s);
    if (auto core = args.value(u"core"_s)) {
        auto parsed = ms::Version::parse(*core);
        if (!parsed)
            return ctx.usage(CtlContext::tr("'%1' is not a version").arg(*core), name);
        request.core = *parsed;
    }
    return runOperation(ctx, request, args.values(u"catalog"_s));
}

int install(CtlContext& ctx, const QStringList& raw)
{
    return installOrUpgrade(ctx, raw, OperationRequest::Kind::Install);
}

int upgrade(CtlContext& ctx, const QStringList& raw)
{
    return installOrUpgrade(ctx, raw, OperationRequest::Kind::Upgrade);
}

int simpleOperation(CtlContext& ctx, const QStringList& raw, OperationRequest::Kind kind)
{
    const QString name = OperationRequest::kindName(kind);
    const bool uninstall = kind == OperationRequest::Kind::Uninstall;
    QList<Args::Option> options;
    if (uninstall)
        options << Args::Option {u"cascade"_s, false};
    const Args args(raw, options);
    if (!args.ok())
        return ctx.usage(args.error(), name);
    if (args.positionals().size() != 2)
        return ctx.usage(CtlContext::tr("%1 needs a site and a module").arg(name), name);
    OperationRequest request;
    request.kind = kind;
    request.site = args.positionals().at(0);
    request.modules = {args.positionals().at(1)};
    request.cascade = uninstall && args.isSet(u"cascade"_s);
    return runOperation(ctx, request, {});
}

int enable(CtlContext& ctx, const QStringList& raw)
{
    return simpleOperation(ctx, raw, OperationRequest::Kind::Enable);
}

int disable(CtlContext& ctx, const QStringList& raw)
{
    return simpleOperation(ctx, raw, OperationRequest::Kind::Disable);
}

int rollback(CtlContext& ctx, const QStringList& raw)
{
    return simpleOperation(ctx, raw, OperationRequest::Kind::Rollback);
}

int uninstall(CtlContext& ctx, const QStringList& raw)
{
    return simpleOperation(ctx, raw, OperationRequest::Kind::Uninstall);
}

int modules(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok())
        return ctx.usage(args.error(), u"modules"_s);
    if (args.positionals().size() != 1)
        return ctx.usage(CtlContext::tr("modules needs a site"), u"modules"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::Orchestrator orchestrator(*db, nullptr, nullptr);
    auto list = orchestrator.modules(args.positionals().first());
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray array;
        for (const ms::ModuleStatus& m : std::as_const(*list)) {
            QJsonArray versions;
            for (const ms::Version& v : m.versionsOnDisk)
                versions.append(v.toFullString());
            array.append(QJsonObject {
                {u"module_name"_s, m.module},
                {u"version"_s, m.version.toFullString()},
                {u"enabled"_s, m.enabled},
                {u"state"_s, m.state},
                {u"tracked"_s, m.tracked},
                {u"target_version"_s, textJson(m.targetVersion)},
                {u"reason"_s, textJson(m.reason)},
                {u"updated_at"_s, timeJson(m.updatedAt)},
                {u"operation_id"_s, m.operationId > 0 ? QJsonValue(m.operationId) : QJsonValue()},
                {u"current"_s, optionalVersionJson(m.current)},
                {u"previous"_s, optionalVersionJson(m.previous)},
                {u"versions_on_disk"_s, versions}});
        }
        ctx.printJson(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const ms::ModuleStatus& m : std::as_const(*list)) {
        QStringList versions;
        for (const ms::Version& v : m.versionsOnDisk)
            versions << v.toFullString();
        rows << QStringList {m.module,
                             m.version.toFullString(),
                             m.enabled ? CtlContext::tr("yes") : CtlContext::tr("no"),
                             m.state,
                             m.previous ? m.previous->toFullString() : u"-"_s,
                             versions.join(u' ')};
    }
    ctx.printTable({CtlContext::tr("MODULE"), CtlContext::tr("VERSION"), CtlContext::tr("ENABLED"),
                    CtlContext::tr("STATE"), CtlContext::tr("PREVIOUS"), CtlContext::tr("ON DISK")},
                   rows);
    return Success;
}

int recover(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok() || !args.positionals().isEmpty())
        return ctx.usage(args.ok() ? CtlContext::tr("recover takes no arguments") : args.error(),
                         u"recover"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::AuditLog audit(*db);
    ms::Orchestrator orchestrator(*db, &audit, nullptr);
    ms::RecoverJob* job = orchestrator.recover(&orchestrator);
    job->exec();
    if (job->error().isError())
        return ctx.fail(job->error());
    bool failed = false;
    QJsonArray array;
    QList<QStringList> rows;
    for (const ms::Recovery::Outcome& o : job->outcomes()) {
        failed = failed || o.result == u"failed";
        QJsonObject item {{u"operation_id"_s, o.operationId},
                          {u"kind"_s, o.kind},
                          {u"site"_s, o.site},
                          {u"result"_s, o.result},
                          {u"modules"_s, QJsonArray::fromStringList(o.modules)},
                          {u"warnings"_s, QJsonArray::fromStringList(o.warnings)}};
        if (o.error.isError())
            item.insert(u"error"_s, errorJson(o.error));
        array.append(item);
        rows << QStringList {
            QString::number(o.operationId), o.kind,   o.site,
            o.modules.join(u' '),           o.result, o.error.isError() ? o.error.toString() : QString()};
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject {{u"operations"_s, array}});
    } else if (rows.isEmpty()) {
        ctx.out << CtlContext::tr("Nothing to recover: no operation was interrupted.") << Qt::endl;
    } else {
        ctx.printTable({CtlContext::tr("OPERATION"), CtlContext::tr("KIND"), CtlContext::tr("SITE"),
                        CtlContext::tr("MODULES"), CtlContext::tr("RESULT"), CtlContext::tr("PROBLEM")},
                       rows);
    }
    return failed ? Failed : Success;
}

} // namespace

QList<Command> moduleCommands()
{
    return {
        {{u"install"_s},
         QT_TRANSLATE_NOOP("ctl", "install modules and what they need on a site, from the registries"),
         "install SITE MODULE[@VERSION]... [--license-file F]... [--core VERSION] [--catalog FILE...]",
         install},
        {{u"upgrade"_s},
         QT_TRANSLATE_NOOP("ctl", "move an installed module to a newer (or the given) version"),
         "upgrade SITE MODULE[@VERSION] [--license-file F]... [--core VERSION] [--catalog FILE...]",
         upgrade},
        {{u"enable"_s},
         QT_TRANSLATE_NOOP("ctl", "load an installed module again"),
         "enable SITE MODULE",
         enable},
        {{u"disable"_s},
         QT_TRANSLATE_NOOP("ctl", "stop loading a module; its files stay"),
         "disable SITE MODULE",
         disable},
        {{u"rollback"_s},
         QT_TRANSLATE_NOOP("ctl", "switch a module back to its previous version on disk"),
         "rollback SITE MODULE",
         rollback},
        {{u"uninstall"_s},
         QT_TRANSLATE_NOOP("ctl", "remove a module; --cascade removes what depends on it first"),
         "uninstall SITE MODULE [--cascade]",
         uninstall},
        {{u"modules"_s},
         QT_TRANSLATE_NOOP("ctl", "a site's installed modules, their versions and states"),
         "modules SITE",
         modules},
        {{u"recover"_s},
         QT_TRANSLATE_NOOP("ctl", "finish or undo operations that a crash interrupted"),
         "recover",
         recover},
    };
}

} // namespace ctl
