#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Version.h"
#include "registry/Catalog.h"
#include "registry/CatalogIndex.h"
#include "registry/MinisignPublicKey.h"
#include "registry/PackageDownloadJob.h"
#include "registry/RegistryCache.h"
#include "registry/Transfer.h"
#include "registry/TrustStore.h"
#include "store/RegistryRecord.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;

namespace ms {

class AuditLog;
class Database;
class RegistrySyncJob;

/// A configured registry as the service holds it after load() or refresh().
struct LoadedRegistry
{
    RegistryRecord record;
    QList<MinisignPublicKey> keys;
    /// The trusted catalog in effect; null when there is none (never refreshed, expired,
    /// cache damaged, disabled).
    std::shared_ptr<const Catalog> catalog;
    /// Why there is no catalog, or why the last refresh failed while an older catalog stays.
    Error problem;
};

/// Every registry together: configuration (add, remove, list), the trusted catalogs loaded
/// from the cache and re-verified, refresh of one or all, the merged catalog (by priority,
/// Catalog::merge) with its search index, and package downloads from the right registry.
///
/// The configuration calls are synchronous small writes that may run on any thread. Loading,
/// refreshing and downloading are jobs; load and refresh jobs of one service run one after
/// the other, and each ends by swapping in a new merged catalog and index on the service's
/// thread, between catalogAboutToChange() and catalogChanged().
class RegistryService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Transfer::Policy transfer;
        qint64 maxCatalogBytes = Catalog::MaxFileSize;
        int parallelRefreshes = 4; ///< registries refreshed at once by refresh()
    };

    /// What a search found: the catalog the matches point into, and the matches.
    struct SearchResult
    {
        std::shared_ptr<const Catalog> catalog;
        QList<CatalogIndex::Match> matches;
        const CatalogModule& module(qsizetype i) const { return catalog->modules().at(matches.at(i).module); }
    };

    /// @p database, @p clock and @p audit (optional) must outlive the service. @p cacheRoot
    /// holds the cached catalogs and downloads (RegistryCache::defaultRoot()).
    RegistryService(Database& database, QString cacheRoot, const Clock& clock = Clock::system(),
                    AuditLog* audit = nullptr, QObject* parent = nullptr);
    ~RegistryService() override;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }
    const RegistryCache& cache() const { return m_cache; }
    TrustStore trustStore() const { return TrustStore(m_database); }
    QNetworkAccessManager* network() const { return m_nam; }

    /// A registry name is 1–64 characters of a–z, 0–9, ".", "_", "-", starting with a letter
    /// or digit (it names a cache folder). InvalidArgument (field "name") otherwise.
    [[nodiscard]] static Status checkName(const QString& name);
    /// https://host/…, http://host/… or file:///absolute/path; no query, fragment or
    /// credentials (they would end up in the database). InvalidArgument (field "url").
    [[nodiscard]] static Result<QUrl> checkUrl(const QString& url);

    /// Adds a registry trusted with @p keys (at least one). Conflict when the name is taken.
    [[nodiscard]] Result<RegistryRecord> add(const QString& name, const QString& url,
                                             const QList<MinisignPublicKey>& keys, int priority = 0);
    /// Removes the registry, its keys and its cached files (moved aside at once, deleted on
    /// the thread pool). Its modules stay in the merged catalog until the next load() or
    /// refresh(), but nothing is downloaded from it.
    [[nodiscard]] Status remove(const QString& name);
    /// As stored, highest priority first.
    [[nodiscard]] Result<QList<RegistryRecord>> list() const;

    /// Loads every enabled registry's cached catalog and verifies it again (signature against
    /// today's keys, SHA-256 against the database, expiry against the clock), then merges and
    /// indexes. The job is started by the caller.
    RegistrySyncJob* load(QObject* parent = nullptr);
    /// Refreshes @p names (every enabled registry when empty), then merges and indexes.
    RegistrySyncJob* refresh(const QStringList& names = {}, QObject* parent = nullptr);

    /// After a load or refresh: every registry, highest priority first.
    const QList<LoadedRegistry>& registries() const { return m_registries; }
    /// The merged catalog (empty before the first load).
    std::shared_ptr<const Catalog> catalog() const { return m_catalog; }
    std::shared_ptr<const CatalogIndex> index() const { return m_index; }
    /// Searches the merged catalog (see CatalogIndex).
    SearchResult search(const QString& text, qsizetype limit = -1) const;

    /// Where @p module @p version comes from in the merged catalog (the registry that wins it).
    /// NotFound when no loaded catalog offers it.
    [[nodiscard]] Result<PackageSource> packageSource(const QString& module, const Version& version) const;
    /// The same, from @p registry's own catalog.
    [[nodiscard]] Result<PackageSource> packageSource(const QString& registry, const QString& module,
                                                      const Version& version) const;
    /// A job that fetches and verifies @p module @p version from the registry that wins it in
    /// the merged catalog; its result() is the verified file. The caller starts it.
    [[nodiscard]] Result<PackageDownloadJob*> download(const QString& module, const Version& version,
                                                       QObject* parent = nullptr);
    /// A job for a package source found with packageSource().
    PackageDownloadJob* download(const PackageSource& source, QObject* parent = nullptr);

    /// True while a load or a refresh runs or waits for its turn.
    bool isSyncing() const;

Q_SIGNALS:
    void catalogAboutToChange();
    void catalogChanged();
    /// A load or a refresh ended, whether the catalog changed or not.
    void synced();
    /// A registry was added or removed.
    void registriesChanged();

private:
    friend class RegistrySyncJob;

    void begin(RegistrySyncJob* job);
    /// Called by @p job just before it finishes: takes its state when @p adoptState, and
    /// starts the next waiting job.
    void settle(RegistrySyncJob* job, bool adoptState);
    void audit(const QString& action, const QString& registry, const QString& message);
    /// Empties the cache's trash on the thread pool.
    void purgeTrash();

    Database& m_database;
    RegistryCache m_cache;
    const Clock& m_clock;
    AuditLog* m_audit;
    Options m_options;
    QNetworkAccessManager* m_nam;

    QList<LoadedRegistry> m_registries;
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const CatalogIndex> m_index;

    QList<QFuture<Status>> m_purges;
    QPointer<RegistrySyncJob> m_running;
    QList<QPointer<RegistrySyncJob>> m_waiting;
};

} // namespace ms
