#include "registry/RegistrySyncJob.h"

#include "registry/CatalogVerifier.h"
#include "registry/TrustStore.h"
#include "store/RegistryRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

ErrorCode codeFromName(const QString& name)
{
    for (int c = int(ErrorCode::None); c <= int(ErrorCode::Internal); ++c) {
        if (Error::codeName(ErrorCode(c)) == name)
            return ErrorCode(c);
    }
    return ErrorCode::Internal;
}

// The last refresh's failure as recorded, for a registry whose catalog is still in effect.
Error recordedProblem(const RegistryRecord& record)
{
    if (record.lastOutcome != RegistryRefreshOutcome::Failed)
        return {};
    return Error(codeFromName(record.lastErrorCode), record.lastErrorMessage, record.name);
}

} // namespace

struct RegistrySyncJob::Snapshot
{
    Error error;
    QList<LoadedRegistry> registries;
};

RegistrySyncJob::RegistrySyncJob(RegistryService& service, Mode mode, QStringList names, QObject* parent)
    : Job(parent)
    , m_service(&service)
    , m_mode(mode)
    , m_names(std::move(names))
{
}

RegistrySyncJob::~RegistrySyncJob() = default;

int RegistrySyncJob::failures() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const RegistryRefreshResult& r) { return r.error.isError(); }));
}

void RegistrySyncJob::start()
{
    if (!m_service)
        return finish(Error(ErrorCode::Internal, tr("the registry service is gone")));
    m_service->begin(this);
}

void RegistrySyncJob::onCancel()
{
    if (!m_begun)
        return end(Error(ErrorCode::Cancelled, tr("cancelled")), false);
    m_pending.clear();
    for (const QPointer<RegistryRefreshJob>& job : std::as_const(m_active)) {
        if (job)
            job->cancel();
    }
}

void RegistrySyncJob::begin()
{
    m_begun = true;
    if (isCancelled())
        return end(Error(ErrorCode::Cancelled, tr("cancelled")), false);
    m_now = m_service->m_clock.now().toUTC();
    // What the service verified already is reused when nothing it was verified with changed.
    QHash<QString, LoadedRegistry> current;
    for (const LoadedRegistry& r : std::as_const(m_service->m_registries))
        current.insert(r.record.name, r);
    runInPool(
        [this, current, &database = m_service->m_database, cache = m_service->m_cache,
         maxBytes = m_service->m_options.maxCatalogBytes]() -> Snapshot {
            Snapshot s;
            Result<QList<RegistryRecord>> records = RegistryRepository(database).list();
            if (!records) {
                s.error = records.error();
                return s;
            }
            for (const QString& name : std::as_const(m_names)) {
                const bool known = std::any_of(records->cbegin(), records->cend(),
                                               [&](const RegistryRecord& r) { return r.name == name; });
                if (!known) {
                    s.error
                        = Error(ErrorCode::NotFound, tr("there is no registry called %1").arg(name), name);
                    return s;
                }
            }
            for (const RegistryRecord& record : std::as_const(*records)) {
                LoadedRegistry entry;
                entry.record = record;
                Result<QList<MinisignPublicKey>> keys = TrustStore(database).keys(record.name);
                if (!keys) {
                    entry.problem = keys.error();
                    s.registries.append(entry);
                    continue;
                }
                entry.keys = *keys;
                if (!record.enabled || isCancelled()) {
                    s.registries.append(entry);
                    continue;
                }
                const auto previous = current.constFind(record.name);
                if (previous != current.cend() && previous->catalog
                    && previous->record.catalogSha256 == record.catalogSha256 && previous->keys == entry.keys
                    && !previous->catalog->isExpired(m_now)) {
                    entry.catalog = previous->catalog;
                    entry.problem = recordedProblem(record);
                } else if (record.hasCatalog()) {
                    Result<RegistryCache::CachedCatalog> cached
                        = cache.readCatalog(record.name, record.catalogSha256, maxBytes);
                    if (!cached) {
                        entry.problem = cached.error();
                    } else {
                        const CatalogVerifier verifier(
                            MinisignVerifier(entry.keys),
                            {record.serial, record.catalogSha256, record.catalogName}, m_now, record.name);
                        // readCatalog() checked the bytes against the SHA-256 the row names.
                        Result<CatalogVerifier::Verified> verified
                            = verifier.check(cached->catalog, cached->signature, cached->catalogPath,
                                             cached->signaturePath, {}, record.catalogSha256);
                        if (verified) {
                            entry.catalog = std::make_shared<const Catalog>(std::move(verified->catalog));
                            entry.problem = recordedProblem(record);
                        } else {
                            entry.problem = verified.error();
                        }
                    }
                } else {
                    entry.problem
                        = Error(ErrorCode::NotFound, tr("no catalog yet: refresh the registry"), record.name);
                }
                s.registries.append(entry);
            }
            return s;
        },
        [this](Snapshot s) {
            if (s.error.isError())
                return end(s.error, false);
            m_registries = std::move(s.registries);
            if (m_mode == Mode::Refresh)
                return startRefreshes();
            merge();
        });
}

void RegistrySyncJob::startRefreshes()
{
    if (m_total == 0) {
        for (const LoadedRegistry& r : std::as_const(m_registries)) {
            if (m_names.isEmpty() ? r.record.enabled : m_names.contains(r.record.name))
                m_pending.append(r.record.name);
        }
        m_total = int(m_pending.size());
    }
    if (!m_service)
        return end(Error(ErrorCode::Internal, tr("the registry service is gone")), false);
    const int parallel = qMax(1, m_service->m_options.parallelRefreshes);
    RegistryRefreshJob::Options options;
    options.transfer = m_service->m_options.transfer;
    options.maxCatalogBytes = m_service->m_options.maxCatalogBytes;
    while (m_active.size() < parallel && !m_pending.isEmpty() && !isCancelled()) {
        const QString name = m_pending.takeFirst();
        auto* job
            = new RegistryRefreshJob(m_service->m_database, m_service->m_cache, name, m_service->m_clock,
                                     options, m_service->m_nam, m_service->m_audit, this);
        m_active.append(job);
        connect(job, &Job::progress, this, [this](qint64, qint64, const QString& step) {
            Q_EMIT progress(m_results.size(), m_total, step);
        });
        connect(job, &Job::finished, this, [this, job] { refreshFinished(job); });
        job->start();
    }
    if (m_active.isEmpty())
        merge();
}

void RegistrySyncJob::refreshFinished(RegistryRefreshJob* job)
{
    m_active.removeAll(job);
    job->deleteLater();
    const RegistryRefreshResult& result = job->result();
    m_results.append(result);
    for (LoadedRegistry& r : m_registries) {
        if (r.record.name != result.registry)
            continue;
        if (result.error.isError()) {
            // The trusted catalog loaded before stays in effect.
            r.problem = result.error;
        } else {
            r.catalog = result.catalog;
            r.problem = {};
        }
    }
    Q_EMIT progress(m_results.size(), m_total, tr("Refreshed %1").arg(result.registry));
    startRefreshes();
}

void RegistrySyncJob::merge()
{
    if (!m_service)
        return end(Error(ErrorCode::Internal, tr("the registry service is gone")), false);
    Q_EMIT progress(m_total, m_total, tr("Indexing"));
    struct Merged
    {
        QList<LoadedRegistry> registries;
        std::shared_ptr<const Catalog> catalog;
        std::shared_ptr<const CatalogIndex> index;
    };
    runInPool(
        [registries = m_registries, &database = m_service->m_database]() mutable -> Merged {
            // The refreshes moved serials and outcomes on: show the rows as they are now.
            if (Result<QList<RegistryRecord>> records = RegistryRepository(database).list()) {
                for (LoadedRegistry& r : registries) {
                    for (const RegistryRecord& record : std::as_const(*records)) {
                        if (record.name == r.record.name)
                            r.record = record;
                    }
                }
            }
            QList<Catalog> catalogs;
            for (const LoadedRegistry& r : std::as_const(registries)) {
                if (r.record.enabled && r.catalog)
                    catalogs.append(*r.catalog);
            }
            Merged m;
            auto merged = std::make_shared<Catalog>(Catalog::merge(catalogs));
            m.index = std::make_shared<const CatalogIndex>(*merged);
            m.catalog = std::move(merged);
            m.registries = std::move(registries);
            return m;
        },
        [this](Merged m) {
            m_registries = std::move(m.registries);
            m_catalog = std::move(m.catalog);
            m_index = std::move(m.index);
            end(isCancelled() ? Error(ErrorCode::Cancelled, tr("cancelled")) : Error(), true);
        });
}

void RegistrySyncJob::end(const Error& error, bool adoptState)
{
    if (isFinished())
        return;
    if (m_service && m_begun)
        m_service->settle(this, adoptState);
    finish(error);
}

} // namespace ms
