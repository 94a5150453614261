#pragma once

#include "core/Job.h"
#include "registry/Catalog.h"
#include "registry/RegistryCache.h"
#include "registry/Transfer.h"
#include "store/RegistryRecord.h"

#include <QDateTime>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;

namespace ms {

class AuditLog;
class Clock;
class Database;
class MemorySink;

/// What a refresh did (RegistryRefreshJob::result()).
struct RegistryRefreshResult
{
    QString registry;
    RegistryRefreshOutcome outcome = RegistryRefreshOutcome::Never;
    qint64 previousSerial = -1; ///< the accepted serial before this refresh
    qint64 serial = -1; ///< the accepted serial now
    /// The trusted catalog now in effect: the new one, or the cached one on 304 or same
    /// bytes. Null on failure: the caller keeps what it had loaded before.
    std::shared_ptr<const Catalog> catalog;
    /// Why the refresh failed (same as the job's error()); code None on success.
    Error error;
};

/// Fetches one registry's catalog.json and catalog.json.minisig and adopts the catalog only
/// when CatalogVerifier accepts it (signature by a trusted key, not rolled back, not
/// expired at the time the refresh began, valid). Adoption is all or nothing (THREATS 14):
/// both files go to the registry's cache first, then one transaction records the new state;
/// on any failure the previous trusted catalog stays in effect and in the cache, and the
/// failure is recorded with the registry.
///
/// The catalog request is conditional when a cached catalog is at hand (If-None-Match with
/// its ETag, If-Modified-Since with its Last-Modified): a 304 keeps the cached catalog and
/// counts as a successful check — unless that catalog has expired meanwhile, which fails
/// with Expired, since the server offers nothing newer.
///
/// The network part runs on the job's thread; database, disk and verification on the pool.
class RegistryRefreshJob : public Job
{
    Q_OBJECT

public:
    struct Options
    {
        Transfer::Policy transfer;
        /// The largest catalog fetched; the transfer stops at the next byte (THREATS 6).
        qint64 maxCatalogBytes = Catalog::MaxFileSize;
    };

    /// @p database, @p clock, @p nam and @p audit (optional) must outlive the job; @p nam may
    /// be null, and then the job makes its own.
    RegistryRefreshJob(Database& database, RegistryCache cache, QString registry, const Clock& clock,
                       Options options, QNetworkAccessManager* nam = nullptr, AuditLog* audit = nullptr,
                       QObject* parent = nullptr);
    ~RegistryRefreshJob() override;

    void start() override;
    /// Valid once finished; on failure outcome is Failed and error() says why.
    const RegistryRefreshResult& result() const { return m_result; }

protected:
    void onCancel() override;

private:
    struct Prepared;
    struct Adopted;

    void fetchCatalog(const Prepared& prepared);
    void fetchSignature();
    void adopt(QByteArray catalog, QByteArray signature, Transfer::Outcome catalogOutcome);
    void keepCached();
    /// Records @p error with the registry (on the pool) and finishes with it.
    void fail(const Error& error);
    /// Finishes, with @p error in the result too.
    void end(const Error& error);
    void audit(const QString& message, bool failure, const Error& error = {});

    Database& m_database;
    RegistryCache m_cache;
    QString m_registry;
    const Clock& m_clock;
    Options m_options;
    QNetworkAccessManager* m_nam;
    AuditLog* m_audit;

    QDateTime m_now; ///< read once, when the refresh starts (THREATS 4)
    RegistryRecord m_record;
    bool m_cacheUsable = false; ///< Prepared::cacheUsable, read once at start()
    QUrl m_root;
    std::unique_ptr<MemorySink> m_catalogSink;
    std::unique_ptr<MemorySink> m_signatureSink;
    QPointer<Transfer> m_transfer;
    Transfer::Outcome m_catalogOutcome;
    RegistryRefreshResult m_result;
};

} // namespace ms
