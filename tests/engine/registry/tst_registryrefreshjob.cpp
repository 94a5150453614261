// RegistryRefreshJob against a real HTTP server on loopback (TestHttpServer) that misbehaves
// on purpose: every attack or fault must end with a clear error and the previous trusted
// catalog — database row and cached files — exactly as it was.
#include "RegistryFixture.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "registry/RegistryCache.h"
#include "registry/RegistryRefreshJob.h"
#include "registry/TrustStore.h"
#include "store/Database.h"
#include "store/RegistryRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using ms::ErrorCode;
using ms::RegistryRefreshOutcome;

Q_DECLARE_METATYPE(TestHttpServer::Mode)
Q_DECLARE_METATYPE(ms::ErrorCode)

namespace {

const QDateTime Expires(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC);

ms::Transfer::Policy fastPolicy()
{
    ms::Transfer::Policy p;
    p.connectTimeoutMs = 5000;
    p.stallTimeoutMs = 300;
    p.maxAttempts = 3;
    p.backoffInitialMs = 10;
    p.backoffMaxMs = 40;
    p.maxRedirects = 3;
    return p;
}

} // namespace

class TestRegistryRefreshJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void adoptsSignedCatalog();
    void sameBytesAgainIsUnchanged();
    void notModifiedKeepsCachedCatalog();
    void notModifiedWithExpiredCacheFails();
    void refusesUntrustedKey();
    void refusesEditedTrustedComment();
    void refusesTamperedCatalog();
    void refusesRolledBackSerial();
    void refusesEqualSerialWithOtherBytes();
    void refusesExpiredCatalog();
    void refusesCatalogOfAnotherRegistry();
    void refusesEndlessCatalogAtCap();
    void refusesOversizedCatalogAtOnce();
    void corruptSignatureKeepsPreviousSet();
    void missingSignatureIsNotRetried();
    void serverErrorsAreRetried();
    void faultyTransfersTimeOutOrRetry_data();
    void faultyTransfersTimeOutOrRetry();
    void trickleCompletes();
    void redirectLoopIsCapped();
    void readsFileRegistry();
    void cancelKeepsState();

private:
    /// Each test function (and data row) gets its own URL space on the shared server.
    QString prefix() const
    {
        QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
        return "/" + QString::fromLatin1(QTest::currentTestFunction())
            + (tag.isEmpty() ? QString() : QString("-" + tag)) + "/";
    }
    QUrl registryUrl() const { return m_server.url(prefix()); }
    QByteArray route(const QString& file) const { return (prefix() + file).toUtf8(); }
    /// Adds registry "acme" at @p url trusting key "a".
    void addRegistry(const QString& url);
    struct Outcome
    {
        ms::Error error;
        ms::RegistryRefreshResult result;
    };
    Outcome refresh(qint64 maxCatalogBytes = ms::Catalog::MaxFileSize);
    ms::RegistryRecord record();
    /// Accepts serial @p serial from the fixture's registry (served as a directory).
    void acceptFirst(qint64 serial);
    /// The cached files, by name and content, to compare before and after.
    QMap<QString, QByteArray> cacheSnapshot() const;
    void verifyUnchanged(const ms::RegistryRecord& before, const QMap<QString, QByteArray>& files);

    TestHttpServer m_server;
    ms::ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegistryFixture> m_fixture;
    std::unique_ptr<ms::Database> m_db;
    std::unique_ptr<ms::RegistryCache> m_cache;
    // One per test: a connection a test leaves busy (the endless server) must not hold up
    // the next test's requests in the manager's network thread.
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestRegistryRefreshJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable("minisign").isEmpty(),
             "minisign is not installed (scripts/bootstrap)");
    QVERIFY(m_server.start());
}

void TestRegistryRefreshJob::init()
{
    m_clock.set(QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<RegistryFixture>(m_dir->path());
    QVERIFY(m_fixture->makeKey("a"));
    QVERIFY(m_fixture->makeKey("b"));
    QVERIFY(!m_fixture->addPackage("farm_manager", "1.8.0").isEmpty());
    auto db = ms::Database::open(m_dir->filePath("mothership.db"), m_clock);
    QVERIFY2(db, qPrintable(db.error().toString()));
    m_db = std::move(*db);
    m_cache = std::make_unique<ms::RegistryCache>(m_dir->filePath("cache"));
    m_server.serveDirectory(m_fixture->registryDir(), prefix().toUtf8());
    m_server.clearRequests();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestRegistryRefreshJob::cleanup()
{
    m_nam.reset();
    m_db.reset();
    m_fixture.reset();
    m_dir.reset();
}

void TestRegistryRefreshJob::addRegistry(const QString& url)
{
    ms::RegistryRecord r;
    r.name = "acme";
    r.url = url;
    const auto added
        = ms::RegistryRepository(*m_db).add(r, {ms::TrustStore::toRecord(m_fixture->publicKey("a"))});
    QVERIFY2(added, qPrintable(added.error().toString()));
}

TestRegistryRefreshJob::Outcome TestRegistryRefreshJob::refresh(qint64 maxCatalogBytes)
{
    ms::RegistryRefreshJob::Options options;
    options.transfer = fastPolicy();
    options.maxCatalogBytes = maxCatalogBytes;
    ms::RegistryRefreshJob job(*m_db, *m_cache, "acme", m_clock, options, m_nam.get());
    job.exec();
    return {job.error(), job.result()};
}

ms::RegistryRecord TestRegistryRefreshJob::record()
{
    const auto r = ms::RegistryRepository(*m_db).find("acme");
    return r ? *r : ms::RegistryRecord();
}

void TestRegistryRefreshJob::acceptFirst(qint64 serial)
{
    addRegistry(registryUrl().toString());
    QVERIFY(m_fixture->publish(serial, Expires));
    const Outcome first = refresh();
    QVERIFY2(!first.error.isError(), qPrintable(first.error.toString()));
    QCOMPARE(first.result.outcome, RegistryRefreshOutcome::Updated);
    QCOMPARE(record().serial, serial);
    m_server.clearRequests();
}

QMap<QString, QByteArray> TestRegistryRefreshJob::cacheSnapshot() const
{
    QMap<QString, QByteArray> files;
    QDir dir(m_cache->catalogDir("acme"));
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        files.insert(name, TestSupport::readFile(dir.filePath(name)));
    return files;
}

void TestRegistryRefreshJob::verifyUnchanged(const ms::RegistryRecord& before,
                                             const QMap<QString, QByteArray>& files)
{
    const ms::RegistryRecord after = record();
    QCOMPARE(after.serial, before.serial);
    QCOMPARE(after.catalogSha256, before.catalogSha256);
    QCOMPARE(after.catalogName, before.catalogName);
    QCOMPARE(after.catalogExpires, before.catalogExpires);
    QCOMPARE(after.etag, before.etag);
    QCOMPARE(after.acceptedAt, before.acceptedAt);
    QCOMPARE(cacheSnapshot(), files);
    // The kept catalog still verifies and parses from the cache.
    const auto cached = m_cache->readCatalog("acme", before.catalogSha256, ms::Catalog::MaxFileSize);
    QVERIFY2(cached, qPrintable(cached.error().toString()));
}

void TestRegistryRefreshJob::adoptsSignedCatalog()
{
    addRegistry(registryUrl().toString());
    QVERIFY(m_fixture->publish(5, Expires));

    const Outcome out = refresh();
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    QCOMPARE(out.result.outcome, RegistryRefreshOutcome::Updated);
    QCOMPARE(out.result.previousSerial, qint64(-1));
    QCOMPARE(out.result.serial, qint64(5));
    QVERIFY(out.result.catalog);
    QCOMPARE(out.result.catalog->registry(), QString("acme"));
    QVERIFY(out.result.catalog->module("farm_manager"));
    QCOMPARE(out.result.catalog->module("farm_manager")->registry, QString("acme"));

    const ms::RegistryRecord r = record();
    QCOMPARE(r.serial, qint64(5));
    const QByteArray bytes = m_fixture->read("catalog.json");
    QCOMPARE(r.catalogSha256, ms::RegistryCache::sha256Hex(bytes));
    QCOMPARE(r.catalogName, QString("acme"));
    QCOMPARE(r.catalogExpires, Expires);
    QCOMPARE(r.acceptedAt, m_clock.now());
    QCOMPARE(r.lastOutcome, RegistryRefreshOutcome::Updated);
    QVERIFY(r.lastErrorCode.isEmpty());
    QCOMPARE(TestSupport::readFile(m_cache->catalogPath("acme", r.catalogSha256)), bytes);
    QCOMPARE(TestSupport::readFile(m_cache->signaturePath("acme", r.catalogSha256)),
             m_fixture->read("catalog.json.minisig"));

    // A newer serial replaces it, and the old pair leaves the cache.
    m_fixture->addPackage("inventory", "2.1.0");
    QVERIFY(m_fixture->publish(6, Expires));
    m_clock.advanceSecs(60);
    const Outcome second = refresh();
    QVERIFY2(!second.error.isError(), qPrintable(second.error.toString()));
    QCOMPARE(second.result.outcome, RegistryRefreshOutcome::Updated);
    QCOMPARE(second.result.previousSerial, qint64(5));
    QCOMPARE(second.result.serial, qint64(6));
    QVERIFY(second.result.catalog->module("inventory"));
    QCOMPARE(cacheSnapshot().size(), 2);
    QCOMPARE(record().acceptedAt, m_clock.now());
}

void TestRegistryRefreshJob::sameBytesAgainIsUnchanged()
{
    acceptFirst(3);
    const ms::RegistryRecord before = record();
    m_clock.advanceSecs(3600);
    const Outcome out = refresh();
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    QCOMPARE(out.result.outcome, RegistryRefreshOutcome::Unchanged);
    QCOMPARE(out.result.serial, qint64(3));
    QVERIFY(out.result.catalog);
    const ms::RegistryRecord after = record();
    QCOMPARE(after.acceptedAt, before.acceptedAt);
    QCOMPARE(after.lastRefreshAt, m_clock.now());
    QCOMPARE(after.lastOutcome, RegistryRefreshOutcome::Unchanged);
}

void TestRegistryRefreshJob::notModifiedKeepsCachedCatalog()
{
    addRegistry(registryUrl().toString());
    QVERIFY(m_fixture->publish(7, Expires));
    TestHttpServer::Route catalog;
    catalog.body = m_fixture->read("catalog.json");
    catalog.etag = "\"cat-7\"";
    catalog.lastModified = "Sat, 10 Jan 2026 11:00:00 GMT";
    m_server.setRoute(route("catalog.json"), catalog);

    const Outcome first = refresh();
    QVERIFY2(!first.error.isError(), qPrintable(first.error.toString()));
    QCOMPARE(record().etag, QString("\"cat-7\""));
    QCOMPARE(record().lastModified, QString("Sat, 10 Jan 2026 11:00:00 GMT"));
    const QMap<QString, QByteArray> files = cacheSnapshot();
    m_server.clearRequests();

    m_clock.advanceSecs(600);
    const Outcome second = refresh();
    QVERIFY2(!second.error.isError(), qPrintable(second.error.toString()));
    QCOMPARE(second.result.outcome, RegistryRefreshOutcome::Unchanged);
    QVERIFY(second.result.catalog);
    QCOMPARE(second.result.catalog->serial(), qint64(7));
    // Asked conditionally, answered 304, and the signature was not fetched again.
    const auto requests = m_server.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().headers.value("if-none-match"), QByteArray("\"cat-7\""));
    QCOMPARE(requests.first().headers.value("if-modified-since"),
             QByteArray("Sat, 10 Jan 2026 11:00:00 GMT"));
    const ms::RegistryRecord r = record();
    QCOMPARE(r.lastOutcome, RegistryRefreshOutcome::Unchanged);
    QCOMPARE(r.lastRefreshAt, m_clock.now());
    QCOMPARE(r.serial, qint64(7));
    QCOMPARE(cacheSnapshot(), files);
}

void TestRegistryRefreshJob::notModifiedWithExpiredCacheFails()
{
    addRegistry(registryUrl().toString());
    QVERIFY(m_fixture->publish(7, Expires));
    TestHttpServer::Route catalog;
    catalog.body = m_fixture->read("catalog.json");
    catalog.etag = "\"cat-7\"";
    m_server.setRoute(route("catalog.json"), catalog);
    QVERIFY(!refresh().error.isError());

    // A frozen server keeps answering 304 while the catalog runs out (THREATS 4).
    m_clock.set(Expires.addSecs(1));
    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Expired);
    QVERIFY2(out.error.message().contains("expired on 2026-06-30T00:00:00Z"),
             qPrintable(out.error.message()));
    QVERIFY(out.error.detail().contains("304"));
    QCOMPARE(record().lastOutcome, RegistryRefreshOutcome::Failed);
    QCOMPARE(record().lastErrorCode, QString("expired"));
}

void TestRegistryRefreshJob::refusesUntrustedKey()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    m_fixture->addPackage("inventory", "2.1.0");
    QVERIFY(m_fixture->publish(2, Expires, "b"));
    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Untrusted);
    const QString keyB = m_fixture->publicKey("b").keyIdHex();
    QVERIFY2(out.error.message().contains(keyB), qPrintable(out.error.message()));
    QVERIFY(out.error.detail().contains(m_fixture->publicKey("a").keyIdHex()));
    QCOMPARE(out.result.outcome, RegistryRefreshOutcome::Failed);
    QVERIFY(!out.result.catalog);
    verifyUnchanged(before, files);
    QCOMPARE(record().lastOutcome, RegistryRefreshOutcome::Failed);
    QCOMPARE(record().lastErrorCode, QString("untrusted"));
    QVERIFY(record().lastErrorMessage.contains(keyB));
}

void TestRegistryRefreshJob::refusesEditedTrustedComment()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    QVERIFY(m_fixture->publish(2, Expires));
    QList<QByteArray> lines = m_fixture->read("catalog.json.minisig").split('\n');
    QVERIFY(lines[2].startsWith("trusted comment: "));
    lines[2] = "trusted comment: timestamp:1767225600\tfile:catalog.json\tserial:999";
    QVERIFY(m_fixture->write("catalog.json.minisig", lines.join('\n')));

    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QVERIFY2(out.error.message().contains("trusted comment was altered"), qPrintable(out.error.message()));
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::refusesTamperedCatalog()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    QVERIFY(m_fixture->publish(2, Expires));
    QByteArray catalog = m_fixture->read("catalog.json");
    const qsizetype at = catalog.indexOf("The farm_manager module");
    QVERIFY(at > 0);
    catalog[at + 4] = 'F'; // one byte: "The Farm_manager module"
    QVERIFY(m_fixture->write("catalog.json", catalog));

    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QVERIFY2(out.error.message().contains("does not match its signature"), qPrintable(out.error.message()));
    QVERIFY(out.error.subject().endsWith("/catalog.json"));
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::refusesRolledBackSerial()
{
    acceptFirst(5);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    // A valid catalog with serial 4, signed by the trusted key: a replay of an older publish.
    QVERIFY(m_fixture->publish(4, Expires));
    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QVERIFY2(out.error.message().contains("serial 4 is lower than serial 5"),
             qPrintable(out.error.message()));
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::refusesEqualSerialWithOtherBytes()
{
    acceptFirst(5);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    m_fixture->addPackage("inventory", "2.1.0");
    QVERIFY(m_fixture->publish(5, Expires));
    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QVERIFY2(out.error.message().contains("keeps serial 5 but its content differs"),
             qPrintable(out.error.message()));
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::refusesExpiredCatalog()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    const QDateTime past(QDate(2026, 1, 9), QTime(0, 0), Qt::UTC);
    QVERIFY(m_fixture->publish(2, past));
    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Expired);
    QVERIFY2(out.error.message().contains("expired on 2026-01-09T00:00:00Z"),
             qPrintable(out.error.message()));
    QVERIFY2(out.error.message().contains("2026-01-10T12:00:00Z"), qPrintable(out.error.message()));
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::refusesCatalogOfAnotherRegistry()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    QJsonObject other = m_fixture->catalog(2, Expires);
    other.insert("registry", "acme-beta");
    QVERIFY(m_fixture->writeCatalog(other));
    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Untrusted);
    QVERIFY2(out.error.message().contains("\"acme-beta\""), qPrintable(out.error.message()));
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::refusesEndlessCatalogAtCap()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    TestHttpServer::Route endless;
    endless.mode = TestHttpServer::Mode::Endless;
    m_server.setRoute(route("catalog.json"), endless);
    const Outcome out = refresh(256 * 1024);
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QVERIFY2(out.error.message().contains("larger than the 262144 bytes allowed"),
             qPrintable(out.error.message()));
    // The cap is not a transient failure: one request only.
    QCOMPARE(m_server.requestCount(route("catalog.json")), 1);
    QCOMPARE(m_server.requestCount(route("catalog.json.minisig")), 0);
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::refusesOversizedCatalogAtOnce()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    TestHttpServer::Route big;
    big.body = QByteArray(300 * 1024, ' ');
    m_server.setRoute(route("catalog.json"), big);
    const Outcome out = refresh(256 * 1024);
    QCOMPARE(out.error.code(), ErrorCode::Integrity);
    QCOMPARE(m_server.requestCount(route("catalog.json")), 1);
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::corruptSignatureKeepsPreviousSet()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    // The first file of the refresh is a good new catalog; the second is damaged (THREATS 14).
    m_fixture->addPackage("inventory", "2.1.0");
    QVERIFY(m_fixture->publish(2, Expires));
    QByteArray sig = m_fixture->read("catalog.json.minisig");
    sig.truncate(sig.indexOf('\n') + 20);
    QVERIFY(m_fixture->write("catalog.json.minisig", sig));

    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Parse);
    QVERIFY(out.error.subject().endsWith("/catalog.json.minisig"));
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::missingSignatureIsNotRetried()
{
    addRegistry(registryUrl().toString());
    QVERIFY(m_fixture->publish(1, Expires));
    QVERIFY(QFile::remove(m_fixture->registryDir() + "/catalog.json.minisig"));
    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Protocol);
    QVERIFY2(out.error.message().contains("404"), qPrintable(out.error.message()));
    QCOMPARE(m_server.requestCount(route("catalog.json.minisig")), 1);
    QVERIFY(!record().hasCatalog());
    QCOMPARE(record().lastOutcome, RegistryRefreshOutcome::Failed);
}

void TestRegistryRefreshJob::serverErrorsAreRetried()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    TestHttpServer::Route unavailable;
    unavailable.status = 503;
    unavailable.body = "down for maintenance\n";
    m_server.setRoute(route("catalog.json"), unavailable);
    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Network);
    QVERIFY2(out.error.message().contains("503"), qPrintable(out.error.message()));
    QVERIFY(out.error.detail().contains("3 attempts"));
    QCOMPARE(m_server.requestCount(route("catalog.json")), fastPolicy().maxAttempts);
    verifyUnchanged(before, files);
}

void TestRegistryRefreshJob::faultyTransfersTimeOutOrRetry_data()
{
    QTest::addColumn<TestHttpServer::Mode>("mode");
    QTest::addColumn<ms::ErrorCode>("code");
    QTest::newRow("stalls mid-body") << TestHttpServer::Mode::StallAfter << ErrorCode::Timeout;
    QTest::newRow("hangs after headers") << TestHttpServer::Mode::HangAfterHeaders << ErrorCode::Timeout;
    QTest::newRow("never answers") << TestHttpServer::Mode::NoResponse << ErrorCode::Timeout;
    QTest::newRow("truncates") << TestHttpServer::Mode::TruncateAt << ErrorCode::Network;
    QTest::newRow("resets") << TestHttpServer::Mode::ResetAt << ErrorCode::Network;
}

void TestRegistryRefreshJob::faultyTransfersTimeOutOrRetry()
{
    QFETCH(TestHttpServer::Mode, mode);
    QFETCH(ms::ErrorCode, code);
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    QVERIFY(m_fixture->publish(2, Expires));
    TestHttpServer::Route faulty;
    faulty.body = m_fixture->read("catalog.json");
    faulty.mode = mode;
    faulty.stallAfter = 100;
    faulty.truncateAt = 100;
    m_server.setRoute(route("catalog.json"), faulty);

    const Outcome out = refresh();
    QCOMPARE(out.error.code(), code);
    QVERIFY(out.error.subject().endsWith("/catalog.json"));
    QVERIFY2(out.error.detail().contains("Gave up after 3 attempts"), qPrintable(out.error.detail()));
    // Qt may repeat a request by itself on a kept-alive connection the server had closed.
    QVERIFY(m_server.requestCount(route("catalog.json")) >= fastPolicy().maxAttempts);
    verifyUnchanged(before, files);
    QCOMPARE(record().lastOutcome, RegistryRefreshOutcome::Failed);
}

void TestRegistryRefreshJob::trickleCompletes()
{
    addRegistry(registryUrl().toString());
    QVERIFY(m_fixture->publish(1, Expires));
    TestHttpServer::Route slow;
    slow.body = m_fixture->read("catalog.json");
    slow.mode = TestHttpServer::Mode::Trickle;
    slow.trickleBytes = 256;
    slow.trickleIntervalMs = 5;
    m_server.setRoute(route("catalog.json"), slow);
    const Outcome out = refresh();
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    QCOMPARE(out.result.serial, qint64(1));
    QCOMPARE(m_server.requestCount(route("catalog.json")), 1);
}

void TestRegistryRefreshJob::redirectLoopIsCapped()
{
    addRegistry(registryUrl().toString());
    TestHttpServer::Route loop;
    loop.mode = TestHttpServer::Mode::RedirectLoop;
    m_server.setRoute(route("catalog.json"), loop);
    const Outcome out = refresh();
    QCOMPARE(out.error.code(), ErrorCode::Protocol);
    QVERIFY2(out.error.message().contains("redirected more than 3 times"), qPrintable(out.error.message()));
    QVERIFY(!record().hasCatalog());
}

void TestRegistryRefreshJob::readsFileRegistry()
{
    addRegistry(QUrl::fromLocalFile(m_fixture->registryDir()).toString());
    QVERIFY(m_fixture->publish(9, Expires));
    const Outcome out = refresh();
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    QCOMPARE(out.result.serial, qint64(9));
    QCOMPARE(m_server.requests().size(), 0);

    // The same defences apply to a folder: a rollback is refused.
    QVERIFY(m_fixture->publish(8, Expires));
    QCOMPARE(refresh().error.code(), ErrorCode::Integrity);
    QCOMPARE(record().serial, qint64(9));
}

void TestRegistryRefreshJob::cancelKeepsState()
{
    acceptFirst(1);
    const ms::RegistryRecord before = record();
    const auto files = cacheSnapshot();

    TestHttpServer::Route hang;
    hang.mode = TestHttpServer::Mode::NoResponse;
    m_server.setRoute(route("catalog.json"), hang);
    ms::RegistryRefreshJob::Options options;
    options.transfer = fastPolicy();
    options.transfer.stallTimeoutMs = 60'000;
    ms::RegistryRefreshJob job(*m_db, *m_cache, "acme", m_clock, options, m_nam.get());
    // Cancel once the request has reached the server.
    QTimer poll;
    connect(&poll, &QTimer::timeout, &job, [&] {
        if (m_server.requestCount(route("catalog.json")) > 0)
            job.cancel();
    });
    poll.start(5);
    job.exec();
    QCOMPARE(job.error().code(), ErrorCode::Cancelled);
    verifyUnchanged(before, files);
    // A cancelled refresh is not a failure of the registry.
    QCOMPARE(record().lastOutcome, RegistryRefreshOutcome::Updated);
}

QTEST_GUILESS_MAIN(TestRegistryRefreshJob)
#include "tst_registryrefreshjob.moc"
