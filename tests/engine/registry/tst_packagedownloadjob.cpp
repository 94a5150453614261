// PackageDownloadJob against a loopback HTTP server that tampers, swaps, streams forever,
// truncates and stalls: a package reaches its final name only when size, SHA-256 and
// signature are what the signed catalog and the registry's keys say.
#include "RegistryFixture.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "registry/Catalog.h"
#include "registry/PackageDownloadJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using ms::ErrorCode;
using ms::PackageDownloadJob;

namespace {

const QDateTime Expires(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC);

ms::Transfer::Policy fastPolicy(int attempts = 3)
{
    ms::Transfer::Policy p;
    p.connectTimeoutMs = 5000;
    p.stallTimeoutMs = 300;
    p.maxAttempts = attempts;
    p.backoffInitialMs = 5;
    p.backoffMaxMs = 20;
    return p;
}

} // namespace

class TestPackageDownloadJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void downloadsAndVerifies();
    void reusesVerifiedCacheAfterCheckingIt();
    void refusesTamperedPackage();
    void refusesSwappedPackage();
    void refusesOldBytesUnderNewCatalog();
    void stopsEndlessPackageAtCap();
    void stopsLongerPackageAtOnce();
    void resumesAfterTruncation();
    void resumesInALaterJob();
    void startsOverWhenServerIgnoresRange();
    void removesResumedBytesThatFailTheHash();
    void refusesUntrustedSignatureBeforeDownloading();
    void missingPackageIsNotRetried();
    void stallKeepsPartialForLater();
    void cancelPromotesNothing();
    void secondDownloadOfSameFileConflicts();
    void downloadsFromFileRegistry();

private:
    QString prefix() const { return "/" + QString::fromLatin1(QTest::currentTestFunction()) + "/"; }
    QByteArray route(const QString& relative) const { return (prefix() + relative).toUtf8(); }
    /// The catalog's entry for @p module @p version, from the packages in the registry now.
    ms::PackageSource source(const QString& module, const QString& version, const QUrl& root = {}) const;
    struct Outcome
    {
        ms::Error error;
        ms::DownloadedPackage result;
        QList<QPair<qint64, qint64>> progress;
    };
    Outcome download(const ms::PackageSource& source, const ms::Transfer::Policy& policy = fastPolicy());
    QString downloads() const { return m_dir->filePath("downloads/acme"); }
    QString partial(const ms::PackageSource& s) const
    {
        return PackageDownloadJob::partialPath(downloads(), s);
    }
    QString finalPath(const ms::PackageSource& s) const
    {
        return PackageDownloadJob::finalPath(downloads(), s);
    }
    /// Nothing promoted, no partial file, no lock left.
    void verifyNothingLeft(const ms::PackageSource& s);

    TestHttpServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegistryFixture> m_fixture;
    // One per test: a connection a test leaves busy (the endless server) must not hold up
    // the next test's requests in the manager's network thread.
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_package; ///< farm_manager 1.8.0 in the registry
};

void TestPackageDownloadJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable("minisign").isEmpty(),
             "minisign is not installed (scripts/bootstrap)");
    QVERIFY(m_server.start());
}

void TestPackageDownloadJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<RegistryFixture>(m_dir->path());
    QVERIFY(m_fixture->makeKey("a"));
    QVERIFY(m_fixture->makeKey("b"));
    // Enough bytes that a transfer takes several chunks and can be cut in the middle.
    QByteArray payload;
    for (int i = 0; i < 2000; ++i)
        payload += QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
    m_package = m_fixture->addPackage("farm_manager", "1.8.0", "a", payload);
    QVERIFY(!m_package.isEmpty());
    QVERIFY(QFileInfo(m_package).size() > 20'000);
    m_server.serveDirectory(m_fixture->registryDir(), prefix().toUtf8());
    m_server.clearRequests();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestPackageDownloadJob::cleanup()
{
    m_nam.reset();
    m_fixture.reset();
    m_dir.reset();
}

ms::PackageSource TestPackageDownloadJob::source(const QString& module, const QString& version,
                                                 const QUrl& root) const
{
    ms::PackageSource s;
    const auto catalog = ms::Catalog::fromJson(m_fixture->catalog(1, Expires));
    if (!catalog) {
        qWarning("%s", qPrintable(catalog.error().toString()));
        return s;
    }
    const ms::CatalogVersion* v = catalog->find(module, *ms::Version::parse(version));
    if (!v)
        return s;
    s.registry = "acme";
    s.registryUrl = root.isEmpty() ? m_server.url(prefix()) : root;
    s.trustedKeys = {m_fixture->publicKey("a")};
    s.moduleName = module;
    s.version = *v;
    return s;
}

TestPackageDownloadJob::Outcome TestPackageDownloadJob::download(const ms::PackageSource& source,
                                                                 const ms::Transfer::Policy& policy)
{
    PackageDownloadJob::Options options;
    options.transfer = policy;
    PackageDownloadJob job(source, downloads(), options, m_nam.get());
    Outcome out;
    connect(&job, &ms::Job::progress, this, [&](qint64 done, qint64 total, const QString&) {
        out.progress.append({done, total});
    });
    job.exec();
    out.error = job.error();
    out.result = job.result();
    return out;
}

void TestPackageDownloadJob::verifyNothingLeft(const ms::PackageSource& s)
{
    QVERIFY(!QFileInfo::exists(finalPath(s)));
    QVERIFY(!QFileInfo::exists(finalPath(s) + ".minisig"));
    QVERIFY2(!QFileInfo::exists(partial(s)), "a partial file was left behind");
    QVERIFY(!QFileInfo::exists(partial(s) + ".lock"));
}

void TestPackageDownloadJob::downloadsAndVerifies()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    QVERIFY(s.version.size > 0);
    const Outcome out = download(s);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    QCOMPARE(out.result.path, finalPath(s));
    QVERIFY(out.result.path.endsWith("/farm_manager/1.8.0/farm_manager-1.8.0.tar.gz"));
    QCOMPARE(TestSupport::readFile(out.result.path), TestSupport::readFile(m_package));
    QCOMPARE(TestSupport::readFile(out.result.signaturePath), TestSupport::readFile(m_package + ".minisig"));
    QCOMPARE(out.result.sha256, s.version.sha256);
    QCOMPARE(out.result.size, s.version.size);
    QVERIFY(!out.result.fromCache);
    QVERIFY(out.result.trustedComment.contains("farm_manager-1.8.0.tar.gz"));
    QVERIFY(!QFileInfo::exists(partial(s)));
    QVERIFY(!out.progress.isEmpty());
    QCOMPARE(out.progress.last(), qMakePair(s.version.size, s.version.size));
    for (const auto& [done, total] : out.progress) {
        QVERIFY(done <= total);
        QCOMPARE(total, s.version.size);
    }
    // What was asked for: the signature, then the package, once each.
    QCOMPARE(m_server.requestCount(route("farm_manager/1.8.0/farm_manager-1.8.0.tar.gz.minisig")), 1);
    QCOMPARE(m_server.requestCount(route("farm_manager/1.8.0/farm_manager-1.8.0.tar.gz")), 1);
}

void TestPackageDownloadJob::reusesVerifiedCacheAfterCheckingIt()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    QVERIFY(!download(s).error.isError());
    m_server.clearRequests();

    const Outcome again = download(s);
    QVERIFY2(!again.error.isError(), qPrintable(again.error.toString()));
    QVERIFY(again.result.fromCache);
    QCOMPARE(m_server.requests().size(), 0);

    // A cached file that changed on disk is not trusted: it is fetched again.
    QByteArray bytes = TestSupport::readFile(finalPath(s));
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    QVERIFY(TestSupport::writeFile(finalPath(s), bytes));
    const Outcome refetched = download(s);
    QVERIFY2(!refetched.error.isError(), qPrintable(refetched.error.toString()));
    QVERIFY(!refetched.result.fromCache);
    QCOMPARE(TestSupport::readFile(finalPath(s)), TestSupport::readFile(m_package));
}

void TestPackageDownloadJob::refusesTamperedPackage()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    QByteArray bytes = TestSupport::readFile(m_package);
    bytes[bytes.size() / 3] = char(bytes[bytes.size() / 3] ^ 0x20);
    TestHttpServer::Route tampered;
    tampered.body = bytes;
    m_server.setRoute(route(s.version.path), tampered);

    const Outcome out = download(s);
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QVERIFY2(out.error.message().contains("SHA-256"), qPrintable(out.error.message()));
    QVERIFY(out.error.message().contains(s.version.sha256));
    QVERIFY(out.error.subject().endsWith("/farm_manager-1.8.0.tar.gz"));
    verifyNothingLeft(s);
}

void TestPackageDownloadJob::refusesSwappedPackage()
{
    // Another valid, signed package of the same publisher served under this one's name.
    const QString other = m_fixture->addPackage("inventory", "2.1.0");
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    TestHttpServer::Route swapped;
    swapped.body = TestSupport::readFile(other);
    m_server.setRoute(route(s.version.path), swapped);
    TestHttpServer::Route swappedSig;
    swappedSig.body = TestSupport::readFile(other + ".minisig");
    m_server.setRoute(route(s.version.path + ".minisig"), swappedSig);

    const Outcome out = download(s);
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QVERIFY2(out.error.message().contains("signed catalog"), qPrintable(out.error.message()));
    verifyNothingLeft(s);
}

void TestPackageDownloadJob::refusesOldBytesUnderNewCatalog()
{
    // A mirror still serves the bytes (and valid signature) of an earlier build that the new
    // catalog no longer pins (THREATS 5).
    const QByteArray oldBytes = TestSupport::readFile(m_package);
    const QByteArray oldSig = TestSupport::readFile(m_package + ".minisig");
    QVERIFY(!m_fixture->addPackage("farm_manager", "1.8.0", "a", "rebuilt").isEmpty());
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    QVERIFY(s.version.sha256 != QCryptographicHash::hash(oldBytes, QCryptographicHash::Sha256).toHex());
    TestHttpServer::Route stale;
    stale.body = oldBytes;
    m_server.setRoute(route(s.version.path), stale);
    TestHttpServer::Route staleSig;
    staleSig.body = oldSig;
    m_server.setRoute(route(s.version.path + ".minisig"), staleSig);

    const Outcome out = download(s);
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    verifyNothingLeft(s);
}

void TestPackageDownloadJob::stopsEndlessPackageAtCap()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    TestHttpServer::Route endless;
    endless.mode = TestHttpServer::Mode::Endless;
    m_server.setRoute(route(s.version.path), endless);

    const Outcome out = download(s);
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QVERIFY2(out.error.message().contains(QString("larger than the %1 bytes allowed").arg(s.version.size)),
             qPrintable(out.error.message()));
    QCOMPARE(m_server.requestCount(route(s.version.path)), 1);
    verifyNothingLeft(s);
}

void TestPackageDownloadJob::stopsLongerPackageAtOnce()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    TestHttpServer::Route longer;
    longer.body = TestSupport::readFile(m_package) + QByteArray(100, 'x');
    m_server.setRoute(route(s.version.path), longer);

    const Outcome out = download(s);
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QCOMPARE(m_server.requestCount(route(s.version.path)), 1);
    verifyNothingLeft(s);
}

void TestPackageDownloadJob::resumesAfterTruncation()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    // Every answer stops after 8,000 bytes; each retry asks for the rest.
    TestHttpServer::Route cut;
    cut.body = TestSupport::readFile(m_package);
    cut.mode = TestHttpServer::Mode::TruncateAt;
    cut.truncateAt = 8000;
    m_server.setRoute(route(s.version.path), cut);

    const int needed = int((s.version.size + 7999) / 8000);
    const Outcome out = download(s, fastPolicy(needed + 1));
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString() + "\n" + out.error.detail()));
    QCOMPARE(TestSupport::readFile(out.result.path), TestSupport::readFile(m_package));
    QList<QByteArray> ranges;
    for (const TestHttpServer::Request& r : m_server.requests()) {
        if (r.path == route(s.version.path))
            ranges << r.headers.value("range");
    }
    // Qt may send a request again by itself when a kept-alive connection turns out closed, so
    // count the distinct offsets: every cut continued exactly where the bytes ended.
    QList<QByteArray> distinct;
    for (const QByteArray& r : std::as_const(ranges)) {
        if (distinct.isEmpty() || distinct.last() != r)
            distinct << r;
    }
    QCOMPARE(distinct.size(), needed);
    QVERIFY(distinct.first().isEmpty());
    for (int i = 1; i < needed; ++i)
        QCOMPARE(distinct[i], "bytes=" + QByteArray::number(i * 8000) + "-");
}

void TestPackageDownloadJob::resumesInALaterJob()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    TestHttpServer::Route cut;
    cut.body = TestSupport::readFile(m_package);
    cut.mode = TestHttpServer::Mode::TruncateAt;
    cut.truncateAt = 5000;
    m_server.setRoute(route(s.version.path), cut);

    const Outcome first = download(s, fastPolicy(1));
    QCOMPARE(first.error.code(), ErrorCode::Network);
    // A transient failure keeps the bytes for later, but never under the final name.
    QCOMPARE(QFileInfo(partial(s)).size(), qint64(5000));
    QVERIFY(!QFileInfo::exists(finalPath(s)));
    QVERIFY(!QFileInfo::exists(partial(s) + ".lock"));

    m_server.removeRoute(route(s.version.path));
    m_server.clearRequests();
    const Outcome second = download(s);
    QVERIFY2(!second.error.isError(), qPrintable(second.error.toString()));
    QCOMPARE(TestSupport::readFile(second.result.path), TestSupport::readFile(m_package));
    const auto requests = m_server.requests();
    const auto it = std::find_if(requests.cbegin(), requests.cend(), [&](const TestHttpServer::Request& r) {
        return r.path == route(s.version.path);
    });
    QVERIFY(it != requests.cend());
    QCOMPARE(it->headers.value("range"), QByteArray("bytes=5000-"));
    QVERIFY(!QFileInfo::exists(partial(s)));
}

void TestPackageDownloadJob::startsOverWhenServerIgnoresRange()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    QVERIFY(TestSupport::writeFile(partial(s), TestSupport::readFile(m_package).left(3000)));
    TestHttpServer::Route whole;
    whole.body = TestSupport::readFile(m_package);
    whole.acceptRanges = false;
    m_server.setRoute(route(s.version.path), whole);

    const Outcome out = download(s);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    QCOMPARE(TestSupport::readFile(out.result.path), TestSupport::readFile(m_package));
}

void TestPackageDownloadJob::removesResumedBytesThatFailTheHash()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    // Bytes left by an earlier attempt that were not the package's.
    QVERIFY(TestSupport::writeFile(partial(s), QByteArray(4000, 'z')));
    const Outcome out = download(s);
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    verifyNothingLeft(s);
    // The next attempt starts from nothing and succeeds.
    const Outcome again = download(s);
    QVERIFY2(!again.error.isError(), qPrintable(again.error.toString()));
    QCOMPARE(TestSupport::readFile(again.result.path), TestSupport::readFile(m_package));
}

void TestPackageDownloadJob::refusesUntrustedSignatureBeforeDownloading()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    QVERIFY(m_fixture->sign(m_package, "b"));
    const Outcome out = download(s);
    QCOMPARE(out.error.code(), ErrorCode::Untrusted);
    QVERIFY(out.error.message().contains(m_fixture->publicKey("b").keyIdHex()));
    QCOMPARE(m_server.requestCount(route(s.version.path)), 0);
    verifyNothingLeft(s);
}

void TestPackageDownloadJob::missingPackageIsNotRetried()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    TestHttpServer::Route gone;
    gone.status = 404;
    gone.body = "gone\n";
    m_server.setRoute(route(s.version.path), gone);
    const Outcome out = download(s);
    QCOMPARE(out.error.code(), ErrorCode::Protocol);
    QVERIFY(out.error.message().contains("404"));
    QCOMPARE(m_server.requestCount(route(s.version.path)), 1);
    verifyNothingLeft(s);
}

void TestPackageDownloadJob::stallKeepsPartialForLater()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    TestHttpServer::Route stall;
    stall.body = TestSupport::readFile(m_package);
    stall.mode = TestHttpServer::Mode::StallAfter;
    stall.stallAfter = 6000;
    m_server.setRoute(route(s.version.path), stall);
    const Outcome out = download(s, fastPolicy(1));
    QCOMPARE(out.error.code(), ErrorCode::Timeout);
    QVERIFY(!QFileInfo::exists(finalPath(s)));
    QCOMPARE(QFileInfo(partial(s)).size(), qint64(6000));
}

void TestPackageDownloadJob::cancelPromotesNothing()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    TestHttpServer::Route slow;
    slow.body = TestSupport::readFile(m_package);
    slow.mode = TestHttpServer::Mode::Trickle;
    slow.trickleBytes = 1000;
    slow.trickleIntervalMs = 20;
    m_server.setRoute(route(s.version.path), slow);

    PackageDownloadJob::Options options;
    options.transfer = fastPolicy();
    PackageDownloadJob job(s, downloads(), options, m_nam.get());
    connect(&job, &ms::Job::progress, &job, [&](qint64 done, qint64, const QString&) {
        if (done >= 3000)
            job.cancel();
    });
    job.exec();
    QCOMPARE(job.error().code(), ErrorCode::Cancelled);
    QVERIFY(!QFileInfo::exists(finalPath(s)));
    QVERIFY(!QFileInfo::exists(partial(s) + ".lock"));
    // Kept to resume; it holds what arrived before the cancel, and no more than the package.
    QVERIFY(QFileInfo(partial(s)).size() >= 3000);
    QVERIFY(QFileInfo(partial(s)).size() < s.version.size);
}

void TestPackageDownloadJob::secondDownloadOfSameFileConflicts()
{
    const ms::PackageSource s = source("farm_manager", "1.8.0");
    QDir().mkpath(QFileInfo(partial(s)).absolutePath());
    QLockFile held(partial(s) + ".lock");
    QVERIFY(held.tryLock(0));
    const Outcome out = download(s);
    QCOMPARE(out.error.code(), ErrorCode::Conflict);
    QVERIFY(!QFileInfo::exists(finalPath(s)));
    held.unlock();
    QVERIFY(!download(s).error.isError());
}

void TestPackageDownloadJob::downloadsFromFileRegistry()
{
    const ms::PackageSource s
        = source("farm_manager", "1.8.0", QUrl::fromLocalFile(m_fixture->registryDir()));
    const Outcome out = download(s);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    QCOMPARE(TestSupport::readFile(out.result.path), TestSupport::readFile(m_package));
    QCOMPARE(m_server.requests().size(), 0);

    // The same checks apply to a folder: one flipped byte is refused.
    QByteArray bytes = TestSupport::readFile(m_package);
    bytes[100] = char(bytes[100] ^ 0x01);
    QVERIFY(TestSupport::writeFile(m_package, bytes));
    QVERIFY(QFile::remove(finalPath(s)));
    QVERIFY(QFile::remove(finalPath(s) + ".minisig"));
    QCOMPARE(download(s).error.code(), ErrorCode::Integrity);
    verifyNothingLeft(s);
}

QTEST_GUILESS_MAIN(TestPackageDownloadJob)
#include "tst_packagedownloadjob.moc"
