// RegistryService: registries added and removed, catalogs refreshed, reloaded and verified again
// at start, merged by priority, searched, and packages fetched from the registry that wins.
#include "RegistryFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "store/Database.h"
#include "store/RegistryRepository.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ms::ErrorCode;
using ms::RegistryService;

Q_DECLARE_METATYPE(ms::ErrorCode)

namespace {

const QDateTime Expires(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC);

} // namespace

class TestRegistryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addChecksNameUrlAndKeys_data();
    void addChecksNameUrlAndKeys();
    void addAndRemoveAreAudited();
    void refreshMergesByPriority();
    void loadVerifiesTheCacheAgain();
    void loadDropsExpiredAndDisabledCatalogs();
    void failedRefreshKeepsTheTrustedCatalog();
    void refreshOfAnUnknownRegistryFails();
    void downloadsFromTheWinningRegistry();
    void removeForgetsFilesAndDownloads();
    void jobsRunOneAfterAnother();

private:
    std::unique_ptr<RegistryService> service();
    /// Adds both fixtures' registries: main (priority 10) and community (priority 0).
    void addBoth(RegistryService& s);
    ms::Error run(ms::RegistrySyncJob* job);
    QStringList moduleNames(const RegistryService& s) const;

    ms::ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegistryFixture> m_main;
    std::unique_ptr<RegistryFixture> m_community;
    std::unique_ptr<ms::Database> m_db;
    std::unique_ptr<ms::AuditLog> m_audit;
};

void TestRegistryService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable("minisign").isEmpty(),
             "minisign is not installed (scripts/bootstrap)");
}

void TestRegistryService::init()
{
    m_clock.set(QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_main = std::make_unique<RegistryFixture>(m_dir->filePath("main"), "a64-main");
    m_community = std::make_unique<RegistryFixture>(m_dir->filePath("community"), "a64-community");
    QVERIFY(m_main->makeKey("a"));
    QVERIFY(m_community->makeKey("a"));
    QVERIFY(!m_main->addPackage("farm_manager", "1.8.0").isEmpty());
    QVERIFY(!m_main->addPackage("inventory", "2.1.0").isEmpty());
    QVERIFY(!m_community->addPackage("inventory", "2.1.0", "a", "community build").isEmpty());
    QVERIFY(!m_community->addPackage("inventory", "9.0.0").isEmpty());
    QVERIFY(!m_community->addPackage("weather_station", "0.3.0").isEmpty());
    QVERIFY(m_main->publish(3, Expires));
    QVERIFY(m_community->publish(8, Expires.addDays(-30)));
    auto db = ms::Database::open(m_dir->filePath("mothership.db"), m_clock);
    QVERIFY2(db, qPrintable(db.error().toString()));
    m_db = std::move(*db);
    m_audit = std::make_unique<ms::AuditLog>(*m_db);
}

void TestRegistryService::cleanup()
{
    m_audit.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<RegistryService> TestRegistryService::service()
{
    auto s = std::make_unique<RegistryService>(*m_db, m_dir->filePath("cache"), m_clock, m_audit.get());
    RegistryService::Options options;
    options.transfer.maxAttempts = 1;
    s->setOptions(options);
    return s;
}

void TestRegistryService::addBoth(RegistryService& s)
{
    const auto main
        = s.add("main", QUrl::fromLocalFile(m_main->registryDir()).toString(), {m_main->publicKey("a")}, 10);
    QVERIFY2(main, qPrintable(main.error().toString()));
    const auto community = s.add("community", QUrl::fromLocalFile(m_community->registryDir()).toString(),
                                 {m_community->publicKey("a")});
    QVERIFY2(community, qPrintable(community.error().toString()));
}

ms::Error TestRegistryService::run(ms::RegistrySyncJob* job)
{
    std::unique_ptr<ms::RegistrySyncJob> owned(job);
    job->exec();
    return job->error();
}

QStringList TestRegistryService::moduleNames(const RegistryService& s) const
{
    QStringList names;
    for (const ms::CatalogModule& m : s.catalog()->modules())
        names << m.moduleName + "@" + m.registry;
    return names;
}

void TestRegistryService::addChecksNameUrlAndKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::newRow("https") << "main"
                           << "https://registry.example.org/a64" << true << "";
    QTest::newRow("http") << "lan.mirror"
                          << "http://10.0.0.5:8080/" << true << "";
    QTest::newRow("file") << "local_1"
                          << "file:///srv/registry" << true << "";
    QTest::newRow("upper case") << "Main"
                                << "https://registry.example.org/" << true << "name";
    QTest::newRow("path in name") << "../x"
                                  << "https://registry.example.org/" << true << "name";
    QTest::newRow("hidden") << ".main"
                            << "https://registry.example.org/" << true << "name";
    QTest::newRow("space") << "my registry"
                           << "https://registry.example.org/" << true << "name";
    QTest::newRow("too long") << QString(65, 'a') << "https://registry.example.org/" << true << "name";
    QTest::newRow("ftp") << "main"
                         << "ftp://registry.example.org/" << true << "url";
    QTest::newRow("credentials") << "main"
                                 << "https://bob:hunter2@registry.example.org/" << true << "url";
    QTest::newRow("no host") << "main"
                             << "https:///path" << true << "url";
    QTest::newRow("query") << "main"
                           << "https://registry.example.org/?token=x" << true << "url";
    QTest::newRow("relative file") << "main"
                                   << "file:registry" << true << "url";
    QTest::newRow("no key") << "main"
                            << "https://registry.example.org/" << false << "keys";
}

void TestRegistryService::addChecksNameUrlAndKeys()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(bool, withKey);
    QFETCH(QString, field);
    auto s = service();
    QList<ms::MinisignPublicKey> keys;
    if (withKey)
        keys << m_main->publicKey("a");
    const auto added = s->add(name, url, keys);
    if (field.isEmpty()) {
        QVERIFY2(added, qPrintable(added.error().toString()));
        QCOMPARE(added->name, name);
        QCOMPARE(s->list()->size(), 1);
        QCOMPARE(s->add(name, url, keys).error().code(), ErrorCode::Conflict);
        return;
    }
    QCOMPARE(added.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(added.error().subject(), field);
    // A password in a URL never reaches a message or the database.
    QVERIFY(!added.error().toString().contains("hunter2"));
    QCOMPARE(s->list()->size(), 0);
}

void TestRegistryService::addAndRemoveAreAudited()
{
    auto s = service();
    QSignalSpy changed(s.get(), &RegistryService::registriesChanged);
    addBoth(*s);
    QVERIFY(s->remove("community").ok());
    QCOMPARE(changed.size(), 3);
    QCOMPARE(s->remove("community").error().code(), ErrorCode::NotFound);
    const auto log = m_audit->entries();
    QVERIFY(log);
    QStringList actions;
    for (const ms::AuditRecord& r : *log)
        actions << r.action;
    QCOMPARE(actions, (QStringList {"registry.remove", "registry.add", "registry.add"}));
    QVERIFY(log->last().message.contains(m_main->publicKey("a").keyIdHex()));
    QVERIFY(m_audit->verify()->intact);
}

void TestRegistryService::refreshMergesByPriority()
{
    auto s = service();
    addBoth(*s);
    QSignalSpy about(s.get(), &RegistryService::catalogAboutToChange);
    QSignalSpy changed(s.get(), &RegistryService::catalogChanged);
    std::unique_ptr<ms::RegistrySyncJob> job(s->refresh());
    job->exec();
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    QCOMPARE(job->results().size(), 2);
    QCOMPARE(job->failures(), 0);
    QCOMPARE(about.size(), 1);
    QCOMPARE(changed.size(), 1);

    // inventory comes whole from main (priority 10), though community has a newer version.
    QCOMPARE(moduleNames(*s),
             (QStringList {"farm_manager@main", "inventory@main", "weather_station@community"}));
    const ms::CatalogModule* inventory = s->catalog()->module("inventory");
    QCOMPARE(inventory->versions.size(), 1);
    QCOMPARE(inventory->shadowedRegistries, QStringList {"community"});
    QCOMPARE(s->catalog()->registries(), (QStringList {"main", "community"}));
    QCOMPARE(s->catalog()->expires(), Expires.addDays(-30));
    QCOMPARE(s->registries().size(), 2);
    QCOMPARE(s->registries().first().record.serial, qint64(3));
    QCOMPARE(s->registries().last().record.serial, qint64(8));

    const auto found = s->search("weather");
    QCOMPARE(found.matches.size(), 1);
    QCOMPARE(found.module(0).moduleName, QString("weather_station"));
    QCOMPARE(s->search("").matches.size(), 3);
}

void TestRegistryService::loadVerifiesTheCacheAgain()
{
    {
        auto s = service();
        addBoth(*s);
        QVERIFY(!run(s->refresh()).isError());
    }
    // A new start: the cached catalogs come back, verified, without any transfer.
    QVERIFY(QFile::remove(m_main->registryDir() + "/catalog.json"));
    auto s = service();
    QVERIFY(!run(s->load()).isError());
    QCOMPARE(moduleNames(*s),
             (QStringList {"farm_manager@main", "inventory@main", "weather_station@community"}));
    for (const ms::LoadedRegistry& r : s->registries())
        QVERIFY2(!r.problem.isError(), qPrintable(r.problem.toString()));

    // Someone edits community's cached catalog: it no longer loads, main still does.
    const ms::RegistryRecord community = *ms::RegistryRepository(*m_db).find("community");
    const QString cached = s->cache().catalogPath("community", community.catalogSha256);
    QByteArray bytes = TestSupport::readFile(cached);
    bytes.replace("weather_station", "weather_stati0n");
    QVERIFY(TestSupport::writeFile(cached, bytes));
    auto restarted = service();
    QVERIFY(!run(restarted->load()).isError());
    QCOMPARE(moduleNames(*restarted), (QStringList {"farm_manager@main", "inventory@main"}));
    QCOMPARE(restarted->registries().last().record.name, QString("community"));
    QCOMPARE(restarted->registries().last().problem.code(), ErrorCode::Integrity);
    QVERIFY(!restarted->registries().last().catalog);

    // Trust withdrawn from main's key: its cached catalog is no longer believed either.
    QVERIFY(restarted->trustStore().trust("main", m_community->publicKey("a")).ok());
    QVERIFY(restarted->trustStore().distrust("main", m_main->publicKey("a").keyIdHex()).ok());
    QVERIFY(!run(restarted->load()).isError());
    QCOMPARE(restarted->registries().first().problem.code(), ErrorCode::Untrusted);
    QCOMPARE(restarted->catalog()->modules().size(), 0);
}

void TestRegistryService::loadDropsExpiredAndDisabledCatalogs()
{
    auto s = service();
    addBoth(*s);
    QVERIFY(!run(s->refresh()).isError());
    QCOMPARE(s->catalog()->modules().size(), 3);

    m_clock.set(Expires.addDays(-30).addSecs(1)); // community's catalog has run out
    QVERIFY(!run(s->load()).isError());
    QCOMPARE(moduleNames(*s), (QStringList {"farm_manager@main", "inventory@main"}));
    QCOMPARE(s->registries().last().problem.code(), ErrorCode::Expired);

    QVERIFY(ms::RegistryRepository(*m_db).setEnabled("main", false).ok());
    QVERIFY(!run(s->load()).isError());
    QCOMPARE(s->catalog()->modules().size(), 0);
}

void TestRegistryService::failedRefreshKeepsTheTrustedCatalog()
{
    auto s = service();
    addBoth(*s);
    QVERIFY(!run(s->refresh()).isError());
    // community now serves a rollback; main a new serial.
    QVERIFY(m_community->publish(7, Expires));
    QVERIFY(!m_main->addPackage("ledger", "1.0.0").isEmpty());
    QVERIFY(m_main->publish(4, Expires));

    std::unique_ptr<ms::RegistrySyncJob> job(s->refresh());
    job->exec();
    QVERIFY(!job->error().isError());
    QCOMPARE(job->failures(), 1);
    for (const ms::RegistryRefreshResult& r : job->results()) {
        if (r.registry == "community") {
            QCOMPARE(r.error.code(), ErrorCode::Integrity);
            QCOMPARE(r.outcome, ms::RegistryRefreshOutcome::Failed);
        } else {
            QCOMPARE(r.outcome, ms::RegistryRefreshOutcome::Updated);
            QCOMPARE(r.serial, qint64(4));
        }
    }
    QCOMPARE(
        moduleNames(*s),
        (QStringList {"farm_manager@main", "inventory@main", "ledger@main", "weather_station@community"}));
    QCOMPARE(s->registries().last().problem.code(), ErrorCode::Integrity);
    QCOMPARE(s->registries().last().record.serial, qint64(8));
    QCOMPARE(s->registries().last().record.lastOutcome, ms::RegistryRefreshOutcome::Failed);

    // The failure is remembered across a restart, beside the catalog still in effect.
    auto restarted = service();
    QVERIFY(!run(restarted->load()).isError());
    QVERIFY(restarted->registries().last().catalog);
    QCOMPARE(restarted->registries().last().problem.code(), ErrorCode::Integrity);
    QVERIFY(restarted->registries().last().problem.message().contains("serial 7 is lower than serial 8"));
}

void TestRegistryService::refreshOfAnUnknownRegistryFails()
{
    auto s = service();
    addBoth(*s);
    const ms::Error error = run(s->refresh({"nope"}));
    QCOMPARE(error.code(), ErrorCode::NotFound);
    QCOMPARE(error.subject(), QString("nope"));
}

void TestRegistryService::downloadsFromTheWinningRegistry()
{
    auto s = service();
    addBoth(*s);
    QVERIFY(!run(s->refresh()).isError());

    auto job = s->download("inventory", *ms::Version::parse(u"2.1.0"));
    QVERIFY2(job, qPrintable(job.error().toString()));
    std::unique_ptr<ms::PackageDownloadJob> owned(*job);
    owned->exec();
    QVERIFY2(!owned->error().isError(), qPrintable(owned->error().toString()));
    const ms::DownloadedPackage& result = owned->result();
    QCOMPARE(result.registry, QString("main"));
    QVERIFY(result.path.startsWith(s->cache().downloadsDir("main") + "/"));
    QCOMPARE(TestSupport::readFile(result.path), m_main->read("inventory/2.1.0/inventory-2.1.0.tar.gz"));

    // Only main's inventory is offered; community's 9.0.0 is shadowed, and unknown is unknown.
    QCOMPARE(s->download("inventory", *ms::Version::parse(u"9.0.0")).error().code(), ErrorCode::NotFound);
    QCOMPARE(s->download("nothing", *ms::Version::parse(u"1.0.0")).error().code(), ErrorCode::NotFound);
    // Asked of community directly, its own build comes.
    const auto source = s->packageSource("community", "inventory", *ms::Version::parse(u"9.0.0"));
    QVERIFY(source);
    std::unique_ptr<ms::PackageDownloadJob> direct(s->download(*source));
    direct->exec();
    QVERIFY(!direct->error().isError());
    QCOMPARE(direct->result().registry, QString("community"));
}

void TestRegistryService::removeForgetsFilesAndDownloads()
{
    auto s = service();
    addBoth(*s);
    QVERIFY(!run(s->refresh()).isError());
    auto job = s->download("weather_station", *ms::Version::parse(u"0.3.0"));
    QVERIFY(job);
    std::unique_ptr<ms::PackageDownloadJob> owned(*job);
    owned->exec();
    QVERIFY(!owned->error().isError());
    QVERIFY(QDir(s->cache().catalogDir("community")).exists());
    QVERIFY(QFileInfo::exists(owned->result().path));

    QVERIFY(s->remove("community").ok());
    QVERIFY(!QDir(s->cache().catalogDir("community")).exists());
    QVERIFY(!QDir(s->cache().downloadsDir("community")).exists());
    QVERIFY(QDir(s->cache().catalogDir("main")).exists());
    // Moved aside at once, deleted on the pool.
    QTRY_COMPARE(QDir(s->cache().trashDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
    // Nothing more comes from it, even before the merged view is rebuilt.
    QCOMPARE(s->download("weather_station", *ms::Version::parse(u"0.3.0")).error().code(),
             ErrorCode::NotFound);
    QVERIFY(!run(s->load()).isError());
    QCOMPARE(moduleNames(*s), (QStringList {"farm_manager@main", "inventory@main"}));
}

void TestRegistryService::jobsRunOneAfterAnother()
{
    auto s = service();
    addBoth(*s);
    QSignalSpy changed(s.get(), &RegistryService::catalogChanged);
    std::unique_ptr<ms::RegistrySyncJob> refresh(s->refresh());
    std::unique_ptr<ms::RegistrySyncJob> load(s->load());
    QSignalSpy loadDone(load.get(), &ms::Job::finished);
    refresh->start();
    load->start();
    if (!load->isFinished())
        QVERIFY(loadDone.wait(30000));
    QVERIFY(refresh->isFinished());
    QVERIFY(!refresh->error().isError());
    QVERIFY(!load->error().isError());
    QCOMPARE(changed.size(), 2);
    // The load ran after the refresh, so it saw the refreshed catalogs.
    QCOMPARE(s->catalog()->modules().size(), 3);
}

QTEST_GUILESS_MAIN(TestRegistryService)
#include "tst_registryservice.moc"
