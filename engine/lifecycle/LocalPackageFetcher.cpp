#include "lifecycle/LocalPackageFetcher.h"

#include "packages/Manifest.h"
#include "core/Digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <functional>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

/// Checks one file against its catalog entry on the thread pool.
class LocalFetchJob : public FetchJob
{
    Q_DECLARE_TR_FUNCTIONS(LocalPackageFetcher)

public:
    LocalFetchJob(PackageRef ref, QString root, QObject* parent)
        : FetchJob(parent)
        , m_ref(std::move(ref))
        , m_root(std::move(root))
    {
    }

    void start() override
    {
        const QString step = tr("Verifying %1 %2").arg(m_ref.module, m_ref.version.toString());
        runInPool([this, step]() -> Result<FetchedPackage> { return check(step); },
                  [this](const Result<FetchedPackage>& result) {
                      if (result)
                          setPackage(*result);
                      finish(result.error());
                  });
    }

private:
    Result<FetchedPackage> check(const QString& step)
    {
        QString problem;
        if (m_root.isEmpty())
            return Error(ErrorCode::NotFound,
                         tr("no local folder serves registry \"%1\"").arg(m_ref.registry), m_ref.module);
        if (!Manifest::isPackagePath(m_ref.entry.path, &problem))
            return Error(ErrorCode::Validation, tr("the catalog's package path %1").arg(problem),
                         m_ref.entry.path);
        const QString path = QDir(m_root).filePath(m_ref.entry.path);
        const QFileInfo info(path);
        if (!info.isFile())
            return Error(ErrorCode::NotFound, tr("the package is not there"), path);
        if (info.size() != m_ref.entry.size)
            return Error(ErrorCode::Integrity,
                         tr("the package has %1 bytes where the catalog says %2")
                             .arg(info.size())
                             .arg(m_ref.entry.size),
                         path);
        const qint64 total = info.size();
        auto digest = LocalPackageFetcher::sha256(path, [&](qint64 done) {
            Q_EMIT progress(done, total, step);
            return !isCancelled();
        });
        if (!digest)
            return digest.error();
        if (*digest != m_ref.entry.sha256)
            return Error(ErrorCode::Integrity, tr("the package's SHA-256 differs from the catalog's"), path)
                .withDetail(tr("catalog %1, file %2").arg(m_ref.entry.sha256, *digest));
        return FetchedPackage {path, false};
    }

    PackageRef m_ref;
    QString m_root;
};

} // namespace

void LocalPackageFetcher::addRegistry(const QString& registry, const QString& root)
{
    m_roots.insert(registry, QDir(root).absolutePath());
}

FetchJob* LocalPackageFetcher::fetch(const PackageRef& ref, QObject* parent)
{
    return new LocalFetchJob(ref, m_roots.value(ref.registry), parent);
}

Result<QString> LocalPackageFetcher::sha256(const QString& path, const std::function<bool(qint64)>& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("cannot read: %1").arg(file.errorString()), path);
    Sha256 hash;
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return Error(ErrorCode::Io, tr("cannot read: %1").arg(file.errorString()), path);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        done += n;
        if (progress && !progress(done))
            return Error(ErrorCode::Cancelled, tr("cancelled"), path);
    }
    return hash.hexResult();
}

} // namespace ms
