#include "registry/RegistryService.h"

#include "audit/AuditLog.h"
#include "registry/RegistrySyncJob.h"
#include "store/RegistryRepository.h"

#include <QDir>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ms {

RegistryService::RegistryService(Database& database, QString cacheRoot, const Clock& clock, AuditLog* audit,
                                 QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_cache(std::move(cacheRoot))
    , m_clock(clock)
    , m_audit(audit)
    , m_nam(new QNetworkAccessManager(this))
    , m_catalog(std::make_shared<const Catalog>())
    , m_index(std::make_shared<const CatalogIndex>())
{
}

RegistryService::~RegistryService()
{
    for (QFuture<Status>& purge : m_purges)
        purge.waitForFinished();
    // Jobs still queued would start against a service that is gone.
    for (const QPointer<RegistrySyncJob>& job : std::as_const(m_waiting)) {
        if (job)
            job->cancel();
    }
}

Status RegistryService::checkName(const QString& name)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    if (!pattern.match(name).hasMatch())
        return Error(
            ErrorCode::InvalidArgument,
            tr("\"%1\" is not a valid registry name: use 1–64 characters a–z, 0–9, \".\", \"_\", \"-\", "
               "starting with a letter or digit")
                .arg(name),
            u"name"_s);
    return {};
}

Result<QUrl> RegistryService::checkUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"https" && scheme != u"http" && scheme != u"file"))
        return Error(ErrorCode::InvalidArgument,
                     tr("\"%1\" is not a registry URL: use https://…, http://… or file:///…")
                         .arg(QUrl(text).toDisplayString(QUrl::RemoveUserInfo)),
                     u"url"_s);
    if (!url.userInfo().isEmpty())
        return Error(
            ErrorCode::InvalidArgument,
            tr("the registry URL contains credentials; they would be stored in plain text, so they are "
               "refused"),
            u"url"_s);
    if (url.hasQuery() || url.hasFragment())
        return Error(ErrorCode::InvalidArgument, tr("a registry URL has no query or fragment"), u"url"_s);
    if (scheme == u"file") {
        if (!url.host().isEmpty() || !QDir::isAbsolutePath(url.toLocalFile()))
            return Error(ErrorCode::InvalidArgument,
                         tr("a file:// registry URL names an absolute local folder (file:///srv/registry)"),
                         u"url"_s);
    } else if (url.host().isEmpty()) {
        return Error(ErrorCode::InvalidArgument, tr("the registry URL has no host"), u"url"_s);
    }
    return url;
}

Result<RegistryRecord> RegistryService::add(const QString& name, const QString& url,
                                            const QList<MinisignPublicKey>& keys, int priority)
{
    if (Status s = checkName(name); !s)
        return s.error();
    Result<QUrl> checked = checkUrl(url);
    if (!checked)
        return checked.error();
    if (keys.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("a registry needs at least one trusted minisign public key (--key FILE)"), u"keys"_s);
    RegistryRecord record;
    record.name = name;
    record.url = checked->toString(QUrl::FullyEncoded);
    record.priority = priority;
    QList<TrustedKeyRecord> rows;
    for (const MinisignPublicKey& key : keys) {
        if (key.isNull())
            return Error(ErrorCode::InvalidArgument, tr("an empty public key cannot be trusted"), u"keys"_s);
        rows.append(TrustStore::toRecord(key));
    }
    Result<RegistryRecord> added = RegistryRepository(m_database).add(record, rows);
    if (!added)
        return added;
    // A folder left by an earlier registry of the same name must not be taken for this one's.
    if (m_cache.discardRegistry(name).ok())
        purgeTrash();
    QStringList ids;
    for (const MinisignPublicKey& key : keys)
        ids << key.keyIdHex();
    audit(u"registry.add"_s, name,
          tr("added %1 (%2), trusting key %3").arg(name, Transfer::displayUrl(*checked), ids.join(u", "_s)));
    Q_EMIT registriesChanged();
    return added;
}

Status RegistryService::remove(const QString& name)
{
    if (Status removed = RegistryRepository(m_database).remove(name); !removed)
        return removed;
    for (qsizetype i = 0; i < m_registries.size(); ++i) {
        if (m_registries.at(i).record.name == name) {
            m_registries.removeAt(i);
            break;
        }
    }
    const Status cleaned = m_cache.discardRegistry(name);
    if (cleaned)
        purgeTrash();
    audit(u"registry.remove"_s, name, tr("removed %1").arg(name));
    Q_EMIT registriesChanged();
    return cleaned;
}

Result<QList<RegistryRecord>> RegistryService::list() const
{
    return RegistryRepository(m_database).list();
}

RegistrySyncJob* RegistryService::load(QObject* parent)
{
    return new RegistrySyncJob(*this, RegistrySyncJob::Mode::Load, {}, parent);
}

RegistrySyncJob* RegistryService::refresh(const QStringList& names, QObject* parent)
{
    return new RegistrySyncJob(*this, RegistrySyncJob::Mode::Refresh, names, parent);
}

void RegistryService::begin(RegistrySyncJob* job)
{
    if (m_running) {
        m_waiting.append(job);
        return;
    }
    m_running = job;
    job->begin();
}

bool RegistryService::isSyncing() const
{
    return !m_running.isNull() || !m_waiting.isEmpty();
}

void RegistryService::settle(RegistrySyncJob* job, bool adoptState)
{
    if (adoptState && job->m_catalog && job->m_index) {
        Q_EMIT catalogAboutToChange();
        m_registries = job->m_registries;
        m_catalog = job->m_catalog;
        m_index = job->m_index;
        Q_EMIT catalogChanged();
    }
    if (m_running == job)
        m_running = nullptr;
    while (!m_waiting.isEmpty() && !m_running) {
        QPointer<RegistrySyncJob> next = m_waiting.takeFirst();
        if (next && !next->isFinished()) {
            m_running = next;
            next->begin();
        }
    }
    Q_EMIT synced();
}

RegistryService::SearchResult RegistryService::search(const QString& text, qsizetype limit) const
{
    SearchResult result;
    result.catalog = m_catalog;
    result.matches = m_index->search(text, limit);
    return result;
}

Result<PackageSource> RegistryService::packageSource(const QString& module, const Version& version) const
{
    const CatalogModule* m = m_catalog->module(module);
    if (!m)
        return Error(ErrorCode::NotFound, tr("no registry offers module %1").arg(module), module);
    return packageSource(m->registry, module, version);
}

Result<PackageSource> RegistryService::packageSource(const QString& registry, const QString& module,
                                                     const Version& version) const
{
    for (const LoadedRegistry& loaded : m_registries) {
        if (loaded.record.name != registry)
            continue;
        if (!loaded.catalog)
            return Error(ErrorCode::NotFound, tr("registry %1 has no trusted catalog loaded").arg(registry),
                         registry);
        const CatalogVersion* v = loaded.catalog->find(module, version);
        if (!v)
            return Error(ErrorCode::NotFound,
                         tr("registry %1 does not offer %2 %3").arg(registry, module, version.toString()),
                         module);
        PackageSource source;
        source.registry = registry;
        source.registryUrl = QUrl(loaded.record.url);
        source.trustedKeys = loaded.keys;
        source.moduleName = module;
        source.version = *v;
        return source;
    }
    return Error(ErrorCode::NotFound, tr("there is no registry called %1").arg(registry), registry);
}

Result<PackageDownloadJob*> RegistryService::download(const QString& module, const Version& version,
                                                      QObject* parent)
{
    Result<PackageSource> source = packageSource(module, version);
    if (!source)
        return source.error();
    return download(*source, parent);
}

PackageDownloadJob* RegistryService::download(const PackageSource& source, QObject* parent)
{
    PackageDownloadJob::Options options;
    options.transfer = m_options.transfer;
    return new PackageDownloadJob(source, m_cache.downloadsDir(source.registry), options, m_nam, parent);
}

void RegistryService::purgeTrash()
{
    // Deleting a registry's downloads may take a while: not on this thread. A failure leaves
    // the files in the trash for the next purge.
    m_purges.removeIf([](const QFuture<Status>& f) { return f.isFinished(); });
    m_purges.append(QtConcurrent::run([cache = m_cache] { return cache.purgeTrash(); }));
}

void RegistryService::audit(const QString& action, const QString& registry, const QString& message)
{
    if (!m_audit)
        return;
    AuditEvent event;
    event.action = action;
    event.outcome = AuditRecord::Outcome::Success;
    event.message = message;
    event.details = QJsonObject {{u"registry"_s, registry}};
    (void)m_audit->record(event);
}

} // namespace ms
