#pragma once

#include "core/Job.h"
#include "core/Version.h"
#include "registry/Catalog.h"
#include "registry/MinisignPublicKey.h"
#include "registry/MinisignSignature.h"
#include "registry/Transfer.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace ms {

class MemorySink;
class PartialFile;

/// Where a package comes from: the registry (its local name, root URL and trusted keys) and
/// the signed catalog's entry for the version, which pins the package's path, size and
/// SHA-256. RegistryService::download() fills it from the merged catalog.
struct PackageSource
{
    QString registry;
    QUrl registryUrl;
    QList<MinisignPublicKey> trustedKeys;
    QString moduleName;
    CatalogVersion version;
};

/// A package on disk that passed every check.
struct DownloadedPackage
{
    QString path; ///< the verified package in the download cache
    QString signaturePath; ///< its minisign signature, beside it
    QString registry;
    QString moduleName;
    Version version;
    QString sha256;
    qint64 size = 0;
    QString trustedComment; ///< of the package's signature
    bool fromCache = false; ///< it was there already; verified again, nothing fetched
};

/// Fetches `<registry URL>/<version.path>` and its `.minisig` into the registry's download
/// cache and hands over the path only when the file is exactly what the signed catalog
/// promises (THREATS 1, 5, 6, 7):
///
/// - the bytes go to a `.part` file, never more than the catalog's size (the transfer stops
///   at byte size + 1, and at once when the Content-Length is larger);
/// - a transient failure (connection, timeout, 5xx) is retried with backoff, resuming with
///   `Range: bytes=N-`; a later job resumes the `.part` a failed or cancelled one left;
/// - every byte is hashed as it arrives (SHA-256 and the minisign signature's hash, each on
///   a thread of its own; a resumed download first hashes what the `.part` holds): its size
///   and SHA-256 must equal the catalog's and its minisign signature must verify against the
///   registry's trusted keys;
/// - only then is it renamed to its final name. A file that fails a check, a 4xx, or a
///   transfer stopped at the cap is deleted; a cancelled or transiently failed one is kept
///   to resume.
///
/// A package already in the cache is verified again (size, SHA-256, signature) and reused.
/// That is why nothing in the cache is fsynced: a file that a crash cut short fails those
/// checks and is fetched again. What the site depends on, the extracted module, is synced.
/// Two jobs for the same file do not run at once: the second fails with Conflict.
/// Network on the job's thread; hashing on threads of its own; verification and file moves on
/// the pool.
class PackageDownloadJob : public Job
{
    Q_OBJECT

public:
    struct Options
    {
        Transfer::Policy transfer;
    };

    /// @p downloadsDir is the registry's download folder (RegistryCache::downloadsDir()).
    /// @p nam may be null (the job makes its own); otherwise it must outlive the job.
    PackageDownloadJob(PackageSource source, QString downloadsDir, Options options,
                       QNetworkAccessManager* nam = nullptr, QObject* parent = nullptr);
    ~PackageDownloadJob() override;

    void start() override;
    /// Valid once finished without error.
    const DownloadedPackage& result() const { return m_result; }
    const PackageSource& source() const { return m_source; }

    /// Where the verified package lands: <downloadsDir>/<module>/<version>/<file name>.
    static QString finalPath(const QString& downloadsDir, const PackageSource& source);
    /// Where it is received: <downloadsDir>/.partial/<module>-<version>-<sha256 prefix>.part,
    /// so that bytes pinned by one catalog are never resumed against another's hash.
    static QString partialPath(const QString& downloadsDir, const PackageSource& source);

protected:
    void onCancel() override;

private:
    class HashingSink;

    void fetchSignature();
    void fetchPackage();
    void verifyAndPromote();
    /// Ends with @p error; removes the partial file for a hard failure, keeps it otherwise.
    void fail(const Error& error);

    PackageSource m_source;
    QString m_downloadsDir;
    Options m_options;
    QNetworkAccessManager* m_nam;
    QString m_subject; ///< the package's URL, for messages
    QUrl m_url;
    std::unique_ptr<PartialFile> m_partial;
    std::unique_ptr<HashingSink> m_sink; ///< writes into m_partial; goes first
    std::unique_ptr<MemorySink> m_signatureSink;
    QByteArray m_signatureBytes;
    QPointer<Transfer> m_transfer;
    DownloadedPackage m_result;
};

} // namespace ms
