#include "registry/PackageDownloadJob.h"

#include "core/AtomicFile.h"
#include "registry/MinisignFormat.h"
#include "registry/MinisignVerifier.h"
#include "registry/PackageHasher.h"
#include "registry/PartialFile.h"
#include "registry/TransferSink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;

struct Checked
{
    Error error;
    QString sha256;
    QString trustedComment;
};

// The verdict on a package's bytes: the size, the SHA-256 and the signature must all match
// what the catalog and the registry's keys say.
Checked verdict(PackageHasher::Outcome outcome, const QString& subject, const PackageSource& source)
{
    Checked c;
    const qint64 expectedSize = source.version.size;
    if (outcome.bytes != expectedSize) {
        c.error = Error(ErrorCode::Integrity,
                        PackageDownloadJob::tr("the package is %1 bytes, but the signed catalog says %2")
                            .arg(outcome.bytes)
                            .arg(expectedSize),
                        subject);
        return c;
    }
    c.sha256 = outcome.sha256;
    if (c.sha256 != source.version.sha256) {
        c.error = Error(
            ErrorCode::Integrity,
            PackageDownloadJob::tr("the package's SHA-256 is %1, but the signed catalog says %2: it was "
                                   "changed or swapped")
                .arg(c.sha256, source.version.sha256),
            subject);
        return c;
    }
    if (!outcome.signature) {
        c.error = outcome.signature.error();
        return c;
    }
    c.trustedComment = *outcome.signature;
    return c;
}

/// Feeds @p hasher the first @p length bytes of @p file (all of it when -1), in blocks of
/// their own (the hasher's threads keep them). False with @p error on a read error.
bool hashFile(QFile& file, qint64 length, PackageHasher& hasher)
{
    qint64 left = length < 0 ? std::numeric_limits<qint64>::max() : length;
    while (left > 0) {
        QByteArray block(qMin(ChunkBytes, left), Qt::Uninitialized);
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return false;
        if (n == 0)
            break;
        block.truncate(n);
        hasher.add(block);
        left -= n;
    }
    return true;
}

// Reads @p path once; its size, SHA-256 and signature must match (verdict()).
Checked checkFile(const QString& path, const QString& subject, const PackageSource& source,
                  const QByteArray& signatureBytes, const QString& signatureSubject)
{
    Checked c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = Error(ErrorCode::Io,
                        PackageDownloadJob::tr("cannot read the package: %1").arg(file.errorString()), path);
        return c;
    }
    if (file.size() != source.version.size) {
        c.error = Error(ErrorCode::Integrity,
                        PackageDownloadJob::tr("the package is %1 bytes, but the signed catalog says %2")
                            .arg(file.size())
                            .arg(source.version.size),
                        subject);
        return c;
    }
    const Result<MinisignSignature> signature = MinisignSignature::parse(signatureBytes, signatureSubject);
    if (!signature) {
        c.error = signature.error();
        return c;
    }
    Result<MinisignVerifier::Stream> stream = MinisignVerifier(source.trustedKeys).begin(*signature, subject);
    if (!stream) {
        c.error = stream.error();
        return c;
    }
    PackageHasher hasher(std::move(*stream));
    if (!hashFile(file, -1, hasher)) {
        c.error = Error(ErrorCode::Io,
                        PackageDownloadJob::tr("cannot read the package: %1").arg(file.errorString()), path);
        return c;
    }
    return verdict(hasher.finish(), subject, source);
}

bool isHardFailure(const Error& error)
{
    switch (error.code()) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Cancelled:
    case ErrorCode::Conflict:
        return false;
    default:
        return true;
    }
}

} // namespace

/// The partial file, with every byte written to it also handed to a PackageHasher: the
/// package is checked while it downloads, and a resumed download first hashes what the file
/// already holds (prime()).
class PackageDownloadJob::HashingSink : public TransferSink
{
public:
    HashingSink(PartialFile& file, QList<MinisignPublicKey> keys, MinisignSignature signature,
                QString subject)
        : m_file(file)
        , m_verifier(std::move(keys))
        , m_signature(std::move(signature))
        , m_subject(std::move(subject))
    {
    }

    /// Starts the hashes over the bytes the file holds already. Blocking disk reads: on the pool.
    Status prime()
    {
        if (Status begun = begin(); !begun)
            return begun;
        const qint64 held = m_file.offset();
        if (held == 0)
            return {};
        QFile file(m_file.path());
        if (!file.open(QIODevice::ReadOnly) || !hashFile(file, held, *m_hasher) || file.pos() != held)
            return Error(ErrorCode::Io, tr("cannot read the download file: %1").arg(file.errorString()),
                         m_file.path());
        return {};
    }

    qint64 offset() const override { return m_file.offset(); }

    Status restart() override
    {
        if (Status emptied = m_file.restart(); !emptied)
            return emptied;
        return begin();
    }

    Status write(const QByteArray& data) override
    {
        if (Status written = m_file.write(data); !written)
            return written;
        m_hasher->add(data);
        return {};
    }

    /// Waits for the hashes of everything written.
    PackageHasher::Outcome finish() { return m_hasher->finish(); }

private:
    Status begin()
    {
        Result<MinisignVerifier::Stream> stream = m_verifier.begin(m_signature, m_subject);
        if (!stream)
            return stream.error();
        m_hasher = std::make_unique<PackageHasher>(std::move(*stream));
        return {};
    }

    PartialFile& m_file;
    MinisignVerifier m_verifier;
    MinisignSignature m_signature;
    QString m_subject;
    std::unique_ptr<PackageHasher> m_hasher;
};

PackageDownloadJob::PackageDownloadJob(PackageSource source, QString downloadsDir, Options options,
                                       QNetworkAccessManager* nam, QObject* parent)
    : Job(parent)
    , m_source(std::move(source))
    , m_downloadsDir(std::move(downloadsDir))
    , m_options(options)
    , m_nam(nam)
{
    m_url = Transfer::childUrl(m_source.registryUrl, m_source.version.path);
    m_subject = Transfer::displayUrl(m_url);
}

PackageDownloadJob::~PackageDownloadJob() = default;

QString PackageDownloadJob::finalPath(const QString& downloadsDir, const PackageSource& source)
{
    return downloadsDir + u'/' + source.moduleName + u'/' + source.version.version.toString() + u'/'
        + QFileInfo(source.version.path).fileName();
}

QString PackageDownloadJob::partialPath(const QString& downloadsDir, const PackageSource& source)
{
    return downloadsDir + u"/.partial/"_s + source.moduleName + u'-' + source.version.version.toString()
        + u'-' + source.version.sha256.left(16) + u".part"_s;
}

void PackageDownloadJob::start()
{
    if (m_source.moduleName.isEmpty() || m_source.version.size <= 0 || m_source.version.sha256.size() != 64
        || m_source.version.path.isEmpty())
        return finish(Error(ErrorCode::InvalidArgument,
                            tr("the catalog entry of the package lacks its path, size or SHA-256"),
                            m_subject));
    if (m_source.trustedKeys.isEmpty())
        return finish(
            Error(ErrorCode::Untrusted,
                  tr("registry %1 has no trusted key to check the package with").arg(m_source.registry),
                  m_subject));
    if (!m_nam && !m_url.isLocalFile())
        m_nam = new QNetworkAccessManager(this);

    m_result.registry = m_source.registry;
    m_result.moduleName = m_source.moduleName;
    m_result.version = m_source.version.version;
    m_result.path = finalPath(m_downloadsDir, m_source);
    m_result.signaturePath = m_result.path + u".minisig"_s;
    m_partial = std::make_unique<PartialFile>(partialPath(m_downloadsDir, m_source));

    struct Prepared
    {
        Error error;
        bool cached = false;
        Checked check;
    };
    runInPool(
        [this]() -> Prepared {
            Prepared p;
            // A package downloaded before is trusted only after the same checks again.
            if (QFileInfo::exists(m_result.path)) {
                QFile sig(m_result.signaturePath);
                if (sig.open(QIODevice::ReadOnly)) {
                    const QByteArray signature = sig.read(MinisignFormat::MaxFileBytes + 1);
                    p.check = checkFile(m_result.path, m_result.path, m_source, signature,
                                        m_result.signaturePath);
                    if (!p.check.error.isError()) {
                        p.cached = true;
                        return p;
                    }
                }
                QFile::remove(m_result.path);
                QFile::remove(m_result.signaturePath);
            }
            if (Status opened = m_partial->open(); !opened) {
                p.error = opened.error();
                return p;
            }
            if (m_partial->offset() > m_source.version.size) {
                if (Status s = m_partial->restart(); !s)
                    p.error = s.error();
            }
            return p;
        },
        [this](Prepared p) {
            if (p.error.isError()) {
                m_partial.reset();
                return finish(p.error);
            }
            if (p.cached) {
                m_partial.reset();
                m_result.sha256 = p.check.sha256;
                m_result.size = m_source.version.size;
                m_result.trustedComment = p.check.trustedComment;
                m_result.fromCache = true;
                Q_EMIT progress(m_result.size, m_result.size, tr("Verified"));
                return finish();
            }
            if (isCancelled())
                return fail(Error(ErrorCode::Cancelled, tr("cancelled"), m_subject));
            fetchSignature();
        });
}

void PackageDownloadJob::onCancel()
{
    if (m_transfer)
        m_transfer->cancel();
}

void PackageDownloadJob::fetchSignature()
{
    Transfer::Request request;
    QUrl url = m_url;
    url.setPath(url.path() + u".minisig"_s);
    request.url = url;
    request.maxBytes = MinisignFormat::MaxFileBytes;
    request.what = tr("the signature of %1 %2").arg(m_source.moduleName, m_source.version.version.toString());
    m_signatureSink = std::make_unique<MemorySink>();
    auto* transfer = new Transfer(m_nam, request, m_options.transfer, m_signatureSink.get(), this);
    m_transfer = transfer;
    connect(transfer, &Transfer::finished, this, [this, transfer] {
        transfer->deleteLater();
        if (transfer->error().isError())
            return fail(transfer->error());
        m_signatureBytes = m_signatureSink->take();
        const Result<MinisignSignature> signature
            = MinisignSignature::parse(m_signatureBytes, m_subject + u".minisig"_s);
        if (!signature)
            return fail(signature.error());
        // A package signed by an unknown key is refused here, before a byte of it is fetched
        // (or hashed: prime() begins the signature's check first).
        m_sink = std::make_unique<HashingSink>(*m_partial, m_source.trustedKeys, *signature, m_subject);
        runInPool([this] { return m_sink->prime(); },
                  [this](const Status& primed) {
                      if (!primed)
                          return fail(primed.error());
                      if (isCancelled())
                          return fail(Error(ErrorCode::Cancelled, tr("cancelled"), m_subject));
                      if (m_partial->offset() == m_source.version.size)
                          return verifyAndPromote();
                      fetchPackage();
                  });
    });
    transfer->start();
}

void PackageDownloadJob::fetchPackage()
{
    Transfer::Request request;
    request.url = m_url;
    request.maxBytes = m_source.version.size;
    request.what = tr("package %1 %2").arg(m_source.moduleName, m_source.version.version.toString());
    auto* transfer = new Transfer(m_nam, request, m_options.transfer, m_sink.get(), this);
    m_transfer = transfer;
    const QString step
        = tr("Downloading %1 %2").arg(m_source.moduleName, m_source.version.version.toString());
    connect(transfer, &Transfer::progress, this,
            [this, step](qint64 done, qint64) { Q_EMIT progress(done, m_source.version.size, step); });
    connect(transfer, &Transfer::finished, this, [this, transfer] {
        transfer->deleteLater();
        if (transfer->error().isError())
            return fail(transfer->error());
        verifyAndPromote();
    });
    transfer->start();
}

void PackageDownloadJob::verifyAndPromote()
{
    Q_EMIT progress(m_source.version.size, m_source.version.size, tr("Verifying"));
    runInPool(
        [this]() -> Checked {
            if (Status closed = m_partial->close(); !closed)
                return {closed.error(), {}, {}};
            // Hashed as it came: only the last bytes may still be in the hashes' queues.
            Checked c = verdict(m_sink->finish(), m_subject, m_source);
            if (c.error.isError())
                return c;
            const QString dir = QFileInfo(m_result.path).absolutePath();
            if (!QDir().mkpath(dir)) {
                c.error = Error(ErrorCode::Io, tr("cannot create the download folder"), dir);
                return c;
            }
            // The signature first: a package without its signature beside it is not reused.
            // Neither is fsynced: the cache is verified again before every use, so a file that
            // a crash cut short is refused and fetched again.
            if (Status s = AtomicFile::write(m_result.signaturePath, m_signatureBytes,
                                             AtomicFile::Durability::Unsynced);
                !s) {
                c.error = s.error();
                return c;
            }
            if (std::rename(QFile::encodeName(m_partial->path()).constData(),
                            QFile::encodeName(m_result.path).constData())
                != 0)
                c.error
                    = Error(ErrorCode::Io, tr("cannot move the verified package into place"), m_result.path);
            return c;
        },
        [this](const Checked& c) {
            if (c.error.isError())
                return fail(c.error);
            m_sink.reset();
            m_partial->release();
            m_partial.reset();
            m_result.sha256 = c.sha256;
            m_result.size = m_source.version.size;
            m_result.trustedComment = c.trustedComment;
            finish();
        });
}

void PackageDownloadJob::fail(const Error& error)
{
    m_sink.reset();
    if (m_partial) {
        if (isHardFailure(error))
            m_partial->remove();
        else
            m_partial->release();
        m_partial.reset();
    }
    finish(error);
}

} // namespace ms
