#include "registry/RegistryRefreshJob.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "registry/CatalogVerifier.h"
#include "registry/MinisignFormat.h"
#include "registry/TransferSink.h"
#include "registry/TrustStore.h"
#include "store/RegistryRepository.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace ms {

struct RegistryRefreshJob::Prepared
{
    Error error;
    RegistryRecord record;
    bool cacheUsable = false; ///< the cached pair is on disk and hashes to the recorded SHA-256
};

struct RegistryRefreshJob::Adopted
{
    Error error;
    RegistryRefreshOutcome outcome = RegistryRefreshOutcome::Failed;
    std::shared_ptr<const Catalog> catalog;
    qint64 serial = -1;
};

RegistryRefreshJob::RegistryRefreshJob(Database& database, RegistryCache cache, QString registry,
                                       const Clock& clock, Options options, QNetworkAccessManager* nam,
                                       AuditLog* audit, QObject* parent)
    : Job(parent)
    , m_database(database)
    , m_cache(std::move(cache))
    , m_registry(std::move(registry))
    , m_clock(clock)
    , m_options(options)
    , m_nam(nam)
    , m_audit(audit)
{
    m_result.registry = m_registry;
}

RegistryRefreshJob::~RegistryRefreshJob() = default;

void RegistryRefreshJob::start()
{
    m_now = m_clock.now().toUTC();
    runInPool(
        [this]() -> Prepared {
            Prepared p;
            RegistryRepository repository(m_database);
            Result<RegistryRecord> record = repository.find(m_registry);
            if (!record) {
                p.error = record.error();
                return p;
            }
            p.record = *record;
            if (p.record.hasCatalog())
                p.cacheUsable
                    = m_cache.readCatalog(m_registry, p.record.catalogSha256, m_options.maxCatalogBytes).ok();
            return p;
        },
        [this](Prepared p) {
            if (p.error.isError())
                return end(p.error);
            if (isCancelled())
                return end(Error(ErrorCode::Cancelled, tr("cancelled"), m_registry));
            m_record = p.record;
            m_cacheUsable = p.cacheUsable;
            m_result.previousSerial = m_result.serial = m_record.serial;
            fetchCatalog(p);
        });
}

void RegistryRefreshJob::onCancel()
{
    if (m_transfer)
        m_transfer->cancel();
}

void RegistryRefreshJob::fetchCatalog(const Prepared& prepared)
{
    m_root = QUrl(m_record.url);
    if (!m_nam && !m_root.isLocalFile())
        m_nam = new QNetworkAccessManager(this);
    Transfer::Request request;
    request.url = Transfer::childUrl(m_root, u"catalog.json"_s);
    request.maxBytes = m_options.maxCatalogBytes;
    request.what = tr("the catalog");
    request.allowCompression = true;
    if (prepared.cacheUsable) {
        request.ifNoneMatch = m_record.etag.toLatin1();
        request.ifModifiedSince = m_record.lastModified.toLatin1();
    }
    m_catalogSink = std::make_unique<MemorySink>();
    auto* transfer = new Transfer(m_nam, request, m_options.transfer, m_catalogSink.get(), this);
    m_transfer = transfer;
    connect(transfer, &Transfer::progress, this, [this](qint64 done, qint64 total) {
        Q_EMIT progress(done, qMax<qint64>(total, 0), tr("Fetching the catalog of %1").arg(m_registry));
    });
    connect(transfer, &Transfer::finished, this, [this, transfer] {
        transfer->deleteLater();
        if (transfer->error().isError()) {
            if (transfer->error().code() == ErrorCode::Cancelled)
                return end(transfer->error());
            return fail(transfer->error());
        }
        m_catalogOutcome = transfer->outcome();
        if (m_catalogOutcome.notModified)
            return keepCached();
        fetchSignature();
    });
    transfer->start();
}

void RegistryRefreshJob::fetchSignature()
{
    Transfer::Request request;
    request.url = Transfer::childUrl(m_root, u"catalog.json.minisig"_s);
    request.maxBytes = MinisignFormat::MaxFileBytes;
    request.what = tr("the catalog's signature");
    m_signatureSink = std::make_unique<MemorySink>();
    auto* transfer = new Transfer(m_nam, request, m_options.transfer, m_signatureSink.get(), this);
    m_transfer = transfer;
    connect(transfer, &Transfer::finished, this, [this, transfer] {
        transfer->deleteLater();
        if (transfer->error().isError()) {
            if (transfer->error().code() == ErrorCode::Cancelled)
                return end(transfer->error());
            return fail(transfer->error());
        }
        adopt(m_catalogSink->take(), m_signatureSink->take(), m_catalogOutcome);
    });
    transfer->start();
}

void RegistryRefreshJob::adopt(QByteArray catalog, QByteArray signature, Transfer::Outcome catalogOutcome)
{
    const QString catalogUrl = Transfer::displayUrl(Transfer::childUrl(m_root, u"catalog.json"_s));
    const QString signatureUrl = Transfer::displayUrl(Transfer::childUrl(m_root, u"catalog.json.minisig"_s));
    runInPool(
        [this, catalog = std::move(catalog), signature = std::move(signature), catalogOutcome, catalogUrl,
         signatureUrl]() -> Adopted {
            Adopted a;
            if (isCancelled()) {
                a.error = Error(ErrorCode::Cancelled, tr("cancelled"), m_registry);
                return a;
            }
            Result<QList<MinisignPublicKey>> keys = TrustStore(m_database).keys(m_registry);
            if (!keys) {
                a.error = keys.error();
                return a;
            }
            const CatalogVerifier verifier(MinisignVerifier(*keys),
                                           {m_record.serial, m_record.catalogSha256, m_record.catalogName},
                                           m_now, m_registry);
            // The files first, then the row that names them: a crash in between leaves the
            // row naming the previous, complete pair. The files are written beside the parse,
            // once the signature verifies; a catalog refused after that takes them away again.
            bool wroteFiles = false;
            auto store = [&](const QString& sha256) -> Status {
                if (sha256 == m_record.catalogSha256 && m_cacheUsable)
                    return {}; // the very files accepted before, checked at start()
                wroteFiles = true;
                return m_cache.storeCatalog(m_registry, sha256, catalog, signature);
            };
            Result<CatalogVerifier::Verified> verified
                = verifier.check(catalog, signature, catalogUrl, signatureUrl, store);
            if (!verified) {
                if (wroteFiles)
                    (void)m_cache.pruneCatalogs(m_registry, m_record.catalogSha256);
                a.error = verified.error();
                return a;
            }

            AcceptedCatalog accepted;
            accepted.serial = verified->catalog.serial();
            accepted.sha256 = verified->sha256;
            accepted.catalogName = verified->publisherName;
            accepted.expires = verified->catalog.expires();
            accepted.etag = QString::fromLatin1(catalogOutcome.etag);
            accepted.lastModified = QString::fromLatin1(catalogOutcome.lastModified);
            accepted.at = m_now;
            accepted.outcome = verified->sameAsAccepted ? RegistryRefreshOutcome::Unchanged
                                                        : RegistryRefreshOutcome::Updated;
            if (Status recorded
                = RegistryRepository(m_database).recordAccepted(m_registry, accepted, m_record.catalogSha256);
                !recorded) {
                a.error = recorded.error();
                return a;
            }
            // Only what the row names is kept; a failure here leaves an orphan for next time.
            (void)m_cache.pruneCatalogs(m_registry, accepted.sha256);

            a.outcome = accepted.outcome;
            a.serial = accepted.serial;
            a.catalog = std::make_shared<const Catalog>(std::move(verified->catalog));
            if (a.outcome == RegistryRefreshOutcome::Updated)
                audit(tr("accepted catalog serial %1 (was %2)")
                          .arg(a.serial)
                          .arg(m_record.serial < 0 ? tr("none") : QString::number(m_record.serial)),
                      false);
            return a;
        },
        [this](Adopted a) {
            if (a.error.isError()) {
                if (a.error.code() == ErrorCode::Cancelled || a.error.code() == ErrorCode::Conflict)
                    return end(a.error);
                return fail(a.error);
            }
            m_result.outcome = a.outcome;
            m_result.serial = a.serial;
            m_result.catalog = std::move(a.catalog);
            finish();
        });
}

void RegistryRefreshJob::keepCached()
{
    runInPool(
        [this]() -> Adopted {
            Adopted a;
            Result<RegistryCache::CachedCatalog> cached
                = m_cache.readCatalog(m_registry, m_record.catalogSha256, m_options.maxCatalogBytes);
            if (!cached) {
                a.error = cached.error();
                return a;
            }
            Result<QList<MinisignPublicKey>> keys = TrustStore(m_database).keys(m_registry);
            if (!keys) {
                a.error = keys.error();
                return a;
            }
            const CatalogVerifier verifier(MinisignVerifier(*keys),
                                           {m_record.serial, m_record.catalogSha256, m_record.catalogName},
                                           m_now, m_registry);
            // readCatalog() checked the bytes against the SHA-256 the row names.
            Result<CatalogVerifier::Verified> verified
                = verifier.check(cached->catalog, cached->signature, cached->catalogPath, cached->signaturePath, {},
                                 m_record.catalogSha256);
            if (!verified) {
                Error error = verified.error();
                if (error.code() == ErrorCode::Expired)
                    error = std::move(error).withDetail(
                        tr("The server answered 304 Not Modified: it has no newer catalog."));
                a.error = error;
                return a;
            }
            if (Status recorded = RegistryRepository(m_database)
                                      .recordAttempt(m_registry, RegistryRefreshOutcome::Unchanged, m_now);
                !recorded) {
                a.error = recorded.error();
                return a;
            }
            a.outcome = RegistryRefreshOutcome::Unchanged;
            a.serial = verified->catalog.serial();
            a.catalog = std::make_shared<const Catalog>(std::move(verified->catalog));
            return a;
        },
        [this](Adopted a) {
            if (a.error.isError())
                return fail(a.error);
            m_result.outcome = a.outcome;
            m_result.serial = a.serial;
            m_result.catalog = std::move(a.catalog);
            finish();
        });
}

void RegistryRefreshJob::fail(const Error& error)
{
    m_result.outcome = RegistryRefreshOutcome::Failed;
    runInPool(
        [this, error]() -> Error {
            const Status recorded
                = RegistryRepository(m_database)
                      .recordAttempt(m_registry, RegistryRefreshOutcome::Failed, m_now, error);
            // A refusal on trust grounds is a security event worth keeping in the audit log.
            if (error.code() == ErrorCode::Untrusted || error.code() == ErrorCode::Integrity
                || error.code() == ErrorCode::Expired)
                audit(tr("refused the catalog: %1").arg(error.message()), true, error);
            return recorded.error();
        },
        [this, error](const Error& recordError) {
            Error reported = error;
            if (recordError.isError())
                reported = std::move(reported).withDetail(
                    tr("The failure could not be recorded: %1").arg(recordError.toString()));
            end(reported);
        });
}

void RegistryRefreshJob::end(const Error& error)
{
    m_result.error = error;
    if (error.isError())
        m_result.outcome = RegistryRefreshOutcome::Failed;
    finish(error);
}

void RegistryRefreshJob::audit(const QString& message, bool failure, const Error& error)
{
    if (!m_audit)
        return;
    AuditEvent event;
    event.action = u"registry.refresh"_s;
    event.outcome = failure ? AuditRecord::Outcome::Failure : AuditRecord::Outcome::Success;
    event.message = m_registry + u": "_s + message;
    QJsonObject details {{u"registry"_s, m_registry}, {u"url"_s, Transfer::displayUrl(m_root)}};
    if (error.isError()) {
        details.insert(u"code"_s, Error::codeName(error.code()));
        details.insert(u"subject"_s, error.subject());
    }
    event.details = details;
    (void)m_audit->record(event);
}

} // namespace ms
