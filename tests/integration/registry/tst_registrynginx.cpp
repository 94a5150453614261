// The registry client against a real nginx on loopback: add, refresh, search and download,
// conditional requests answered 304 by nginx itself, a download resumed with nginx's 206, and
// a package tampered with on the server refused.
#include "NginxServer.h"
#include "RegistryFixture.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "registry/PackageDownloadJob.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "store/Database.h"
#include "store/RegistryRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ms::ErrorCode;

class TestRegistryNginx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addRefreshSearchDownload();
    void resumesAgainstNginx();
    void refusesPackageTamperedOnTheServer();

private:
    std::unique_ptr<ms::RegistryService> service();
    ms::Error run(ms::RegistrySyncJob* job);
    ms::PackageDownloadJob* download(ms::RegistryService& s, const QString& module, const QString& version);

    ms::ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegistryFixture> m_fixture;
    std::unique_ptr<NginxServer> m_nginx;
    std::unique_ptr<ms::Database> m_db;
};

void TestRegistryNginx::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable("minisign").isEmpty(),
             "minisign is not installed (scripts/bootstrap)");
}

void TestRegistryNginx::init()
{
    m_clock.set(QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<RegistryFixture>(m_dir->filePath("publisher"), "a64-main");
    QVERIFY(m_fixture->makeKey("a"));
    QByteArray payload;
    for (int i = 0; i < 3000; ++i)
        payload += QByteArray::number(i * 7919) + ',';
    QVERIFY(!m_fixture->addPackage("farm_manager", "1.8.0", "a", payload).isEmpty());
    QVERIFY(!m_fixture->addPackage("inventory", "2.1.0").isEmpty());
    QVERIFY(m_fixture->publish(12, QDateTime(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC)));
    m_nginx = std::make_unique<NginxServer>();
    QVERIFY2(m_nginx->start(m_fixture->registryDir()), qPrintable(m_nginx->why()));
    auto db = ms::Database::open(m_dir->filePath("mothership.db"), m_clock);
    QVERIFY2(db, qPrintable(db.error().toString()));
    m_db = std::move(*db);
}

void TestRegistryNginx::cleanup()
{
    m_db.reset();
    m_nginx.reset();
    m_dir.reset();
}

std::unique_ptr<ms::RegistryService> TestRegistryNginx::service()
{
    auto s = std::make_unique<ms::RegistryService>(*m_db, m_dir->filePath("cache"), m_clock);
    ms::RegistryService::Options options;
    options.transfer.maxAttempts = 2;
    options.transfer.backoffInitialMs = 10;
    s->setOptions(options);
    return s;
}

ms::Error TestRegistryNginx::run(ms::RegistrySyncJob* job)
{
    std::unique_ptr<ms::RegistrySyncJob> owned(job);
    job->exec();
    return job->error();
}

ms::PackageDownloadJob* TestRegistryNginx::download(ms::RegistryService& s, const QString& module,
                                                    const QString& version)
{
    auto job = s.download(module, *ms::Version::parse(version));
    if (!job) {
        qWarning("%s", qPrintable(job.error().toString()));
        return nullptr;
    }
    (*job)->exec();
    return *job;
}

void TestRegistryNginx::addRefreshSearchDownload()
{
    auto s = service();
    const auto added = s->add("acme", m_nginx->url("/").toString(), {m_fixture->publicKey("a")});
    QVERIFY2(added, qPrintable(added.error().toString()));

    std::unique_ptr<ms::RegistrySyncJob> refresh(s->refresh());
    refresh->exec();
    QVERIFY(!refresh->error().isError());
    QCOMPARE(refresh->failures(), 0);
    QCOMPARE(refresh->results().first().outcome, ms::RegistryRefreshOutcome::Updated);
    QCOMPARE(refresh->results().first().serial, qint64(12));
    const ms::RegistryRecord record = *ms::RegistryRepository(*m_db).find("acme");
    QVERIFY2(!record.etag.isEmpty(), "nginx sends an ETag for static files");
    QVERIFY(!record.lastModified.isEmpty());

    const auto found = s->search("farm");
    QCOMPARE(found.matches.size(), 1);
    QCOMPARE(found.module(0).moduleName, QString("farm_manager"));

    std::unique_ptr<ms::PackageDownloadJob> job(download(*s, "farm_manager", "1.8.0"));
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    QCOMPARE(TestSupport::readFile(job->result().path),
             m_fixture->read("farm_manager/1.8.0/farm_manager-1.8.0.tar.gz"));

    // The next refresh asks conditionally and nginx answers 304.
    m_clock.advanceSecs(600);
    std::unique_ptr<ms::RegistrySyncJob> again(s->refresh());
    again->exec();
    QCOMPARE(again->failures(), 0);
    QCOMPARE(again->results().first().outcome, ms::RegistryRefreshOutcome::Unchanged);
    const QByteArray log = m_nginx->accessLog();
    // nginx's log escapes the ETag's quotes as \x22.
    const QByteArray etag = record.etag.toLatin1().replace('"', "\\x22");
    QVERIFY2(log.contains(QByteArray("GET /catalog.json HTTP/1.1 304 0 \"-\" \"" + etag + "\"")),
             log.constData());
    QCOMPARE(log.count("GET /catalog.json.minisig"), 1);

    // A new publish is picked up.
    QVERIFY(!m_fixture->addPackage("weather_station", "0.3.0").isEmpty());
    QVERIFY(m_fixture->publish(13, QDateTime(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC)));
    QVERIFY(!run(s->refresh()).isError());
    QCOMPARE(s->registries().first().catalog->serial(), qint64(13));
    QVERIFY(s->catalog()->module("weather_station"));
}

void TestRegistryNginx::resumesAgainstNginx()
{
    auto s = service();
    QVERIFY(s->add("acme", m_nginx->url("/").toString(), {m_fixture->publicKey("a")}));
    QVERIFY(!run(s->refresh()).isError());
    const auto source = s->packageSource("farm_manager", *ms::Version::parse(u"1.8.0"));
    QVERIFY(source);
    // An earlier attempt left the first 4,000 bytes.
    const QByteArray bytes = m_fixture->read("farm_manager/1.8.0/farm_manager-1.8.0.tar.gz");
    QVERIFY(TestSupport::writeFile(
        ms::PackageDownloadJob::partialPath(s->cache().downloadsDir("acme"), *source), bytes.left(4000)));
    std::unique_ptr<ms::PackageDownloadJob> job(download(*s, "farm_manager", "1.8.0"));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    QCOMPARE(TestSupport::readFile(job->result().path), bytes);
    const QByteArray log = m_nginx->accessLog();
    QVERIFY2(log.contains(QByteArray("GET /farm_manager/1.8.0/farm_manager-1.8.0.tar.gz HTTP/1.1 206 "
                                     + QByteArray::number(bytes.size() - 4000) + " \"bytes=4000-\"")),
             log.constData());
}

void TestRegistryNginx::refusesPackageTamperedOnTheServer()
{
    auto s = service();
    QVERIFY(s->add("acme", m_nginx->url("/").toString(), {m_fixture->publicKey("a")}));
    QVERIFY(!run(s->refresh()).isError());
    QByteArray bytes = m_fixture->read("inventory/2.1.0/inventory-2.1.0.tar.gz");
    bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 0x04);
    QVERIFY(m_fixture->write("inventory/2.1.0/inventory-2.1.0.tar.gz", bytes));
    std::unique_ptr<ms::PackageDownloadJob> job(download(*s, "inventory", "2.1.0"));
    QCOMPARE(job->error().code(), ErrorCode::Integrity);
    QVERIFY(!QFileInfo::exists(
        ms::PackageDownloadJob::finalPath(s->cache().downloadsDir("acme"), job->source())));
    QVERIFY(!QFileInfo::exists(
        ms::PackageDownloadJob::partialPath(s->cache().downloadsDir("acme"), job->source())));
}

QTEST_GUILESS_MAIN(TestRegistryNginx)
#include "tst_registrynginx.moc"
