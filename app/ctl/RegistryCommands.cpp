// registry add/list/remove/refresh/index, search, pack: module registries for administrators,
// and the two tools module authors publish with.

#include "Args.h"
#include "CommandGroups.h"
#include "audit/AuditLog.h"
#include "packages/Packer.h"
#include "registry/MinisignPublicKey.h"
#include "registry/MinisignSecretKey.h"
#include "registry/RegistryIndexer.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "store/Database.h"
#include "store/RegistryRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

// The JSON shapes of these commands (docs/cli.md). Fields are added, never renamed.
namespace shape {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject error(const ms::Error& e)
{
    QJsonObject o {{u"code"_s, ms::Error::codeName(e.code())}, {u"message"_s, e.message()}};
    if (!e.subject().isEmpty())
        o.insert(u"subject"_s, e.subject());
    if (!e.detail().isEmpty())
        o.insert(u"detail"_s, e.detail());
    return o;
}

QJsonObject registry(const ms::RegistryRecord& r, const QList<ms::TrustedKeyRecord>& keys)
{
    QJsonArray keyArray;
    for (const ms::TrustedKeyRecord& k : keys)
        keyArray.append(QJsonObject {{u"key_id"_s, k.keyId}, {u"comment"_s, k.comment}});
    QJsonObject o {{u"name"_s, r.name},
                   {u"url"_s, r.url},
                   {u"priority"_s, r.priority},
                   {u"enabled"_s, r.enabled},
                   {u"added_at"_s, time(r.addedAt)},
                   {u"keys"_s, keyArray},
                   {u"serial"_s, r.serial >= 0 ? QJsonValue(double(r.serial)) : QJsonValue(QJsonValue::Null)},
                   {u"catalog_sha256"_s, orNull(r.catalogSha256)},
                   {u"catalog_expires"_s, time(r.catalogExpires)},
                   {u"accepted_at"_s, time(r.acceptedAt)},
                   {u"last_refresh_at"_s, time(r.lastRefreshAt)},
                   {u"last_outcome"_s, ms::RegistryRecord::outcomeName(r.lastOutcome)},
                   {u"error"_s, QJsonValue(QJsonValue::Null)}};
    if (!r.lastErrorCode.isEmpty())
        o.insert(u"error"_s, QJsonObject {{u"code"_s, r.lastErrorCode}, {u"message"_s, r.lastErrorMessage}});
    return o;
}

// The newest version nobody withdrew, releases before pre-releases; else the newest.
const ms::CatalogVersion* latest(const ms::CatalogModule& m)
{
    const ms::CatalogVersion* pre = nullptr;
    for (const ms::CatalogVersion& v : m.versions) {
        if (v.yanked)
            continue;
        if (!v.version.isPrerelease())
            return &v;
        if (!pre)
            pre = &v;
    }
    return pre ? pre : (m.versions.isEmpty() ? nullptr : &m.versions.first());
}

QJsonObject module(const ms::CatalogModule& m, ms::CatalogIndex::MatchKind kind)
{
    QJsonArray versions;
    for (const ms::CatalogVersion& v : m.versions) {
        versions.append(QJsonObject {{u"version"_s, v.version.toString()},
                                     {u"yanked"_s, v.yanked},
                                     {u"released_at"_s, time(v.releasedAt)},
                                     {u"size"_s, double(v.size)},
                                     {u"sha256"_s, v.sha256}});
    }
    const ms::CatalogVersion* newest = latest(m);
    return QJsonObject {{u"module_name"_s, m.moduleName},
                        {u"display_name"_s, m.displayName},
                        {u"description"_s, m.description},
                        {u"kind"_s, ms::Manifest::kindName(m.kind)},
                        {u"tags"_s, QJsonArray::fromStringList(m.tags)},
                        {u"registry"_s, m.registry},
                        {u"shadowed_registries"_s, QJsonArray::fromStringList(m.shadowedRegistries)},
                        {u"latest_version"_s, newest ? QJsonValue(newest->version.toString()) : QJsonValue()},
                        {u"versions"_s, versions},
                        {u"match"_s, ms::CatalogIndex::kindName(kind)}};
}

} // namespace shape

QString cacheRoot(ms::Database& db)
{
    return ms::RegistryCache::defaultRoot(db.location());
}

int registryAdd(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"key"_s, true, true}, {u"priority"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), u"registry add"_s);
    if (args.positionals().size() != 2)
        return ctx.usage(CtlContext::tr("registry add needs a name and a URL"), u"registry add"_s);
    if (args.values(u"key"_s).isEmpty())
        return ctx.usage(CtlContext::tr("registry add needs the registry's minisign public key: --key FILE"),
                         u"registry add"_s);
    int priority = 0;
    if (const auto p = args.value(u"priority"_s)) {
        bool ok = false;
        priority = p->toInt(&ok);
        if (!ok)
            return ctx.usage(CtlContext::tr("'%1' is not a whole number").arg(*p), u"registry add"_s);
    }
    QList<ms::MinisignPublicKey> keys;
    for (const QString& file : args.values(u"key"_s)) {
        auto key = ms::MinisignPublicKey::load(file);
        if (!key)
            return ctx.fail(key.error());
        keys << *key;
    }
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::AuditLog audit(*db);
    ms::RegistryService service(*db, cacheRoot(*db), ms::Clock::system(), &audit);
    const QString name = args.positionals().at(0);
    auto added = service.add(name, args.positionals().at(1), keys, priority);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json) {
        ctx.printJson(shape::registry(*added, *ms::RegistryRepository(*db).keys(name)));
        return Success;
    }
    QStringList ids;
    for (const ms::MinisignPublicKey& k : keys)
        ids << k.keyIdHex();
    ctx.out << CtlContext::tr("Added registry %1 (%2), trusting key %3. Fetch its catalog with "
                              "'mothershipctl registry refresh %1'.")
                   .arg(name, added->url, ids.join(u", "_s))
            << Qt::endl;
    return Success;
}

int registryList(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok() || !args.positionals().isEmpty())
        return ctx.usage(args.ok() ? CtlContext::tr("registry list takes no arguments") : args.error(),
                         u"registry list"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::RegistryRepository repository(*db);
    auto all = repository.list();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json) {
        QJsonArray list;
        for (const ms::RegistryRecord& r : std::as_const(*all))
            list.append(shape::registry(r, repository.keys(r.name).valueOr({})));
        ctx.printJson(list);
        return Success;
    }
    if (all->isEmpty()) {
        ctx.out << CtlContext::tr(
            "No registries yet. Add one with 'mothershipctl registry add NAME URL --key FILE'.")
                << Qt::endl;
        return Success;
    }
    QList<QStringList> rows;
    for (const ms::RegistryRecord& r : std::as_const(*all)) {
        rows << QStringList {r.name + (r.enabled ? QString() : CtlContext::tr(" (off)")),
                             QString::number(r.priority),
                             r.url,
                             r.serial >= 0 ? QString::number(r.serial) : u"-"_s,
                             r.catalogExpires.isValid() ? r.catalogExpires.toString(Qt::ISODate) : u"-"_s,
                             r.lastRefreshAt.isValid() ? r.lastRefreshAt.toString(Qt::ISODate) : u"-"_s,
                             ms::RegistryRecord::outcomeName(r.lastOutcome)};
    }
    ctx.printTable({CtlContext::tr("NAME"), CtlContext::tr("PRIORITY"), CtlContext::tr("URL"),
                    CtlContext::tr("SERIAL"), CtlContext::tr("EXPIRES"), CtlContext::tr("REFRESHED"),
                    CtlContext::tr("OUTCOME")},
                   rows);
    for (const ms::RegistryRecord& r : std::as_const(*all)) {
        if (!r.lastErrorMessage.isEmpty())
            ctx.err << CtlContext::tr("%1: last refresh failed: %2").arg(r.name, r.lastErrorMessage)
                    << Qt::endl;
    }
    return Success;
}

int registryRemove(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok() || args.positionals().size() != 1)
        return ctx.usage(args.ok() ? CtlContext::tr("registry remove needs a registry name") : args.error(),
                         u"registry remove"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::AuditLog audit(*db);
    ms::RegistryService service(*db, cacheRoot(*db), ms::Clock::system(), &audit);
    const QString name = args.positionals().first();
    if (ms::Status removed = service.remove(name); !removed)
        return ctx.fail(removed.error());
    if (ctx.json)
        ctx.printJson(QJsonObject {{u"removed"_s, name}});
    else
        ctx.out << CtlContext::tr("Removed registry %1 and its cached files.").arg(name) << Qt::endl;
    return Success;
}

int registryRefresh(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok() || args.positionals().size() > 1)
        return ctx.usage(args.ok() ? CtlContext::tr("registry refresh takes at most one registry name")
                                   : args.error(),
                         u"registry refresh"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::AuditLog audit(*db);
    ms::RegistryService service(*db, cacheRoot(*db), ms::Clock::system(), &audit);
    std::unique_ptr<ms::RegistrySyncJob> job(service.refresh(args.positionals()));
    const bool progress = ctx.interactive && !ctx.json;
    if (progress) {
        QObject::connect(job.get(), &ms::Job::progress, job.get(),
                         [&ctx](qint64 done, qint64 total, const QString& step) {
                             ctx.err << u"\r\033[K"_s << QStringLiteral("[%1/%2] ").arg(done).arg(total)
                                     << step << Qt::flush;
                         });
    }
    job->exec();
    if (progress)
        ctx.err << u"\r\033[K"_s << Qt::flush;
    if (job->error().isError())
        return ctx.fail(job->error());

    if (ctx.json) {
        QJsonArray list;
        for (const ms::RegistryRefreshResult& r : job->results()) {
            QJsonObject o {
                {u"name"_s, r.registry},
                {u"outcome"_s, ms::RegistryRecord::outcomeName(r.outcome)},
                {u"previous_serial"_s,
                 r.previousSerial >= 0 ? QJsonValue(double(r.previousSerial)) : QJsonValue(QJsonValue::Null)},
                {u"serial"_s, r.serial >= 0 ? QJsonValue(double(r.serial)) : QJsonValue(QJsonValue::Null)},
                {u"modules"_s,
                 r.catalog ? QJsonValue(int(r.catalog->modules().size())) : QJsonValue(QJsonValue::Null)},
                {u"error"_s, QJsonValue(QJsonValue::Null)}};
            if (r.error.isError())
                o.insert(u"error"_s, shape::error(r.error));
            list.append(o);
        }
        ctx.printJson(QJsonObject {{u"registries"_s, list}, {u"failed"_s, job->failures()}});
        return job->failures() == 0 ? Success : Failed;
    }
    if (job->results().isEmpty())
        ctx.out << CtlContext::tr("No enabled registries to refresh.") << Qt::endl;
    for (const ms::RegistryRefreshResult& r : job->results()) {
        switch (r.outcome) {
        case ms::RegistryRefreshOutcome::Updated:
            ctx.out << CtlContext::tr("%1: accepted catalog serial %2 (%3 modules)")
                           .arg(r.registry)
                           .arg(r.serial)
                           .arg(r.catalog ? r.catalog->modules().size() : 0)
                    << Qt::endl;
            break;
        case ms::RegistryRefreshOutcome::Unchanged:
            ctx.out << CtlContext::tr("%1: up to date (serial %2)").arg(r.registry).arg(r.serial) << Qt::endl;
            break;
        case ms::RegistryRefreshOutcome::Failed:
        case ms::RegistryRefreshOutcome::Never:
            ctx.err << CtlContext::tr("%1: refresh failed, the previous catalog stays: %2")
                           .arg(r.registry, r.error.toString())
                    << Qt::endl;
            if (!r.error.detail().isEmpty())
                ctx.err << u"  "_s << r.error.detail() << Qt::endl;
            break;
        }
    }
    return job->failures() == 0 ? Success : Failed;
}

/// The secret key's password from MINISIGN_PASSWORD, or asked on the terminal without echo.
/// Never from the command line, where every user of the machine can read it.
ms::Result<QByteArray> signingPassword(CtlContext& ctx, const QString& keyFile)
{
    if (qEnvironmentVariableIsSet("MINISIGN_PASSWORD"))
        return qgetenv("MINISIGN_PASSWORD");
    if (::isatty(STDIN_FILENO) != 1)
        return ms::Error(
            ms::ErrorCode::InvalidArgument,
            CtlContext::tr("the secret key is protected by a password: set MINISIGN_PASSWORD, or run "
                           "on a terminal to be asked"),
            keyFile);
    ctx.err << CtlContext::tr("Password for %1: ").arg(keyFile) << Qt::flush;
    termios saved;
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= tcflag_t(~ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray password(1024, '\0');
    const bool read = std::fgets(password.data(), int(password.size()), stdin) != nullptr;
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    ctx.err << Qt::endl;
    if (!read) {
        sodium_memzero(password.data(), size_t(password.size()));
        return ms::Error(ms::ErrorCode::InvalidArgument, CtlContext::tr("no password given"), keyFile);
    }
    qsizetype length = qsizetype(std::strlen(password.constData()));
    while (length > 0 && (password[length - 1] == '\n' || password[length - 1] == '\r'))
        --length;
    QByteArray result = password.left(length);
    sodium_memzero(password.data(), size_t(password.size()));
    return result;
}

int registryIndex(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"sign"_s, true}, {u"expires"_s, true}, {u"name"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), u"registry index"_s);
    if (args.positionals().size() != 1)
        return ctx.usage(CtlContext::tr("registry index needs the registry's folder"), u"registry index"_s);
    ms::RegistryIndexer::Options options;
    if (const auto days = args.value(u"expires"_s)) {
        bool ok = false;
        options.expiryDays = days->toInt(&ok);
        if (!ok || options.expiryDays < 1)
            return ctx.usage(CtlContext::tr("--expires takes a number of days (1 or more)"),
                             u"registry index"_s);
    }
    if (const auto name = args.value(u"name"_s)) {
        if (ms::Status valid = ms::RegistryService::checkName(*name); !valid)
            return ctx.usage(valid.error().message(), u"registry index"_s);
        options.name = *name;
    }

    std::optional<ms::MinisignSecretKey> key;
    if (const auto keyFile = args.value(u"sign"_s)) {
        auto loaded = ms::MinisignSecretKey::load(*keyFile, {});
        if (!loaded && loaded.error().code() == ms::ErrorCode::InvalidArgument) {
            auto password = signingPassword(ctx, *keyFile);
            if (!password)
                return ctx.fail(password.error());
            loaded = ms::MinisignSecretKey::load(*keyFile, *password);
            sodium_memzero(password->data(), size_t(password->size()));
        }
        if (!loaded)
            return ctx.fail(loaded.error());
        key.emplace(std::move(*loaded));
        options.signingKey = &*key;
    }

    auto summary = ms::RegistryIndexer::index(args.positionals().first(), options);
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject {{u"catalog"_s, summary->catalogPath},
                                   {u"registry"_s, summary->registry},
                                   {u"serial"_s, double(summary->serial)},
                                   {u"expires"_s, shape::time(summary->expires)},
                                   {u"modules"_s, summary->modules},
                                   {u"versions"_s, summary->versions},
                                   {u"signed"_s, summary->isSigned},
                                   {u"key_id"_s, shape::orNull(summary->keyId)},
                                   {u"packages_signed"_s, summary->packagesSigned},
                                   {u"signatures_kept"_s, summary->signaturesKept},
                                   {u"warnings"_s, QJsonArray::fromStringList(summary->warnings)}});
        return Success;
    }
    for (const QString& w : std::as_const(summary->warnings))
        ctx.err << CtlContext::tr("warning: ") << w << Qt::endl;
    ctx.out << CtlContext::tr("Wrote %1: registry %2, serial %3, %4 modules, %5 versions, expires %6.")
                   .arg(summary->catalogPath, summary->registry)
                   .arg(summary->serial)
                   .arg(summary->modules)
                   .arg(summary->versions)
                   .arg(summary->expires.toString(Qt::ISODate))
            << Qt::endl;
    if (summary->isSigned)
        ctx.out << CtlContext::tr("Signed with key %1: the catalog and %2 packages (%3 signatures kept).")
                       .arg(summary->keyId)
                       .arg(summary->packagesSigned)
                       .arg(summary->signaturesKept)
                << Qt::endl;
    else
        ctx.out << CtlContext::tr(
            "Not signed: clients refuse an unsigned catalog. Sign with --sign SECRET_KEY.")
                << Qt::endl;
    return Success;
}

int search(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"limit"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), u"search"_s);
    qsizetype limit = -1;
    if (const auto l = args.value(u"limit"_s)) {
        bool ok = false;
        limit = l->toInt(&ok);
        if (!ok || limit < 0)
            return ctx.usage(CtlContext::tr("--limit takes a number"), u"search"_s);
    }
    const QString text = args.positionals().join(u' ');
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::RegistryService service(*db, cacheRoot(*db));
    std::unique_ptr<ms::RegistrySyncJob> load(service.load());
    load->exec();
    if (load->error().isError())
        return ctx.fail(load->error());
    const ms::RegistryService::SearchResult found = service.search(text, limit);

    if (ctx.json) {
        QJsonArray modules;
        for (qsizetype i = 0; i < found.matches.size(); ++i)
            modules.append(shape::module(found.module(i), found.matches.at(i).kind));
        QJsonArray problems;
        for (const ms::LoadedRegistry& r : service.registries()) {
            if (r.record.enabled && !r.catalog && r.problem.isError())
                problems.append(
                    QJsonObject {{u"registry"_s, r.record.name}, {u"error"_s, shape::error(r.problem)}});
        }
        ctx.printJson(QJsonObject {{u"query"_s, text}, {u"modules"_s, modules}, {u"problems"_s, problems}});
        return Success;
    }
    for (const ms::LoadedRegistry& r : service.registries()) {
        if (r.record.enabled && !r.catalog && r.problem.isError())
            ctx.err << CtlContext::tr("warning: registry %1 has no usable catalog: %2")
                           .arg(r.record.name, r.problem.toString())
                    << Qt::endl;
    }
    if (service.registries().isEmpty()) {
        ctx.out << CtlContext::tr(
            "No registries yet. Add one with 'mothershipctl registry add NAME URL --key FILE'.")
                << Qt::endl;
        return Success;
    }
    if (found.matches.isEmpty()) {
        ctx.out << CtlContext::tr("No module matches.") << Qt::endl;
        return Success;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < found.matches.size(); ++i) {
        const ms::CatalogModule& m = found.module(i);
        const ms::CatalogVersion* newest = shape::latest(m);
        QString description = m.description;
        if (description.size() > 60)
            description = description.left(59) + u'…';
        rows << QStringList {m.moduleName, newest ? newest->version.toString() : QString(), m.registry,
                             description};
    }
    ctx.printTable({CtlContext::tr("MODULE"), CtlContext::tr("LATEST"), CtlContext::tr("REGISTRY"),
                    CtlContext::tr("DESCRIPTION")},
                   rows);
    return Success;
}

int pack(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"o"_s, true}, {u"output"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), u"pack"_s);
    if (args.positionals().size() != 1)
        return ctx.usage(CtlContext::tr("pack needs the module's folder"), u"pack"_s);
    if (args.isSet(u"o"_s) && args.isSet(u"output"_s))
        return ctx.usage(CtlContext::tr("give -o or --output, not both"), u"pack"_s);
    const QString output = args.value(u"o"_s).value_or(args.value(u"output"_s).value_or(QString()));
    auto packed = ms::Packer::pack(args.positionals().first(), output);
    if (!packed)
        return ctx.fail(packed.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject {{u"file"_s, packed->path},
                                   {u"module_name"_s, packed->manifest.moduleName()},
                                   {u"version"_s, packed->manifest.version().toString()},
                                   {u"sha256"_s, packed->sha256},
                                   {u"size"_s, double(packed->size)},
                                   {u"entries"_s, double(packed->entries)}});
        return Success;
    }
    ctx.out << CtlContext::tr("Wrote %1 (%2 bytes, %3 entries)\nsha256 %4")
                   .arg(packed->path)
                   .arg(packed->size)
                   .arg(packed->entries)
                   .arg(packed->sha256)
            << Qt::endl;
    return Success;
}

} // namespace

QList<Command> registryCommands()
{
    return {
        {{u"registry"_s, u"add"_s},
         QT_TRANSLATE_NOOP("ctl", "add a module registry, trusting its minisign key(s)"),
         "registry add NAME URL --key PUBFILE [--key PUBFILE...] [--priority N]",
         registryAdd},
        {{u"registry"_s, u"list"_s},
         QT_TRANSLATE_NOOP("ctl", "the registries, their catalogs and last refresh"),
         "registry list",
         registryList},
        {{u"registry"_s, u"remove"_s},
         QT_TRANSLATE_NOOP("ctl", "forget a registry, its keys and cached files"),
         "registry remove NAME",
         registryRemove},
        {{u"registry"_s, u"refresh"_s},
         QT_TRANSLATE_NOOP("ctl", "fetch and verify the catalogs of every registry, or of one"),
         "registry refresh [NAME]",
         registryRefresh},
        {{u"registry"_s, u"index"_s},
         QT_TRANSLATE_NOOP("ctl", "build (and sign) catalog.json for a folder of packages, for publishers"),
         "registry index DIR [--sign SECRET_KEY] [--expires DAYS] [--name NAME]",
         registryIndex},
        {{u"search"_s},
         QT_TRANSLATE_NOOP("ctl", "the modules the registries offer, best match first"),
         "search [TEXT] [--limit N]",
         search},
        {{u"pack"_s},
         QT_TRANSLATE_NOOP("ctl", "build a reproducible module package from a folder with a manifest"),
         "pack DIR [-o FILE]",
         pack},
    };
}

} // namespace ctl
