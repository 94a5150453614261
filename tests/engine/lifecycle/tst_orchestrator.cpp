// The Orchestrator end to end, in process: real packages packed from tests/fixtures/lifecycle,
// a real site folder, a SQLite file. Every failure case compares a full snapshot of the site
// (files, lock, module_states rows) before and after.
#include "LifecycleHarness.h"
#include "TestSupport.h"
#include "inventory/Inventory.h"
#include "lifecycle/StateRecorder.h"
#include "store/ModuleStateRepository.h"
#include "store/OperationJournalRepository.h"
#include "store/OperationRepository.h"
#include "store/SettingsRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Kind = ms::OperationRequest::Kind;
using ms::ErrorCode;
using ms::LocalTarget;

Q_DECLARE_METATYPE(ms::OperationRequest::Kind)
Q_DECLARE_METATYPE(ms::ErrorCode)

namespace {

QString linkTarget(const QString& path)
{
    return QFile::symLinkTarget(path).section(u'/', -1);
}

QStringList changeList(const ms::OperationOutcome& outcome)
{
    QStringList list;
    for (const ms::ModuleChange& c : outcome.changes)
        list << ms::ModuleChange::actionName(c.action) + u' ' + c.module + u' '
                + (c.toVersion.isNull() ? c.fromVersion : c.toVersion).toFullString();
    return list;
}

QStringList historyOf(ms::Database& db, const QString& module)
{
    QStringList states;
    const auto history = ms::ModuleStateRepository(db).history(QStringLiteral("clinic"), module);
    for (const ms::ModuleStateChange& c : *history)
        states << c.toState;
    return states;
}

/// A fetcher that fails the first @p failures fetches with @p code, then delegates.
class FlakyFetcher : public ms::PackageFetcher
{
public:
    FlakyFetcher(ms::PackageFetcher& real, int failures, ErrorCode code)
        : m_real(real)
        , m_failures(failures)
        , m_code(code)
    {
    }
    ms::FetchJob* fetch(const ms::PackageRef& ref, QObject* parent) override
    {
        ++calls;
        if (m_failures-- > 0)
            return new Failing(m_code, parent);
        return m_real.fetch(ref, parent);
    }
    int calls = 0;

private:
    class Failing : public ms::FetchJob
    {
    public:
        Failing(ErrorCode code, QObject* parent)
            : FetchJob(parent)
            , m_code(code)
        {
        }
        void start() override
        {
            QTimer::singleShot(0, this, [this] {
                finish(ms::Error(m_code, QStringLiteral("connection reset"), "http://registry.test/x"));
            });
        }

    private:
        ErrorCode m_code;
    };

    ms::PackageFetcher& m_real;
    int m_failures;
    ErrorCode m_code;
};

} // namespace

class TestOrchestrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void installsDependenciesFirst();
    void upgradeKeepsThePreviousVersion();
    void rollbackSwitchesBack();
    void disableAndEnableTouchOnlyTheLock();
    void disableRefusesWhileEnabledModulesNeedIt();
    void uninstallRefusesThenCascades();
    void nothingToDo();
    void maintenanceBlocksChanges();
    void retriesTransientFailuresOnly_data();
    void retriesTransientFailuresOnly();

    void failureLeavesTheSiteUnchanged_data();
    void failureLeavesTheSiteUnchanged();
    void failedReloadIsUndoneAndReloadedAgain();
    void cancelLeavesTheSiteUnchanged();

private:
    std::unique_ptr<LifecycleHarness> h;
};

void TestOrchestrator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOrchestrator::init()
{
    h = std::make_unique<LifecycleHarness>();
    QString why;
    QVERIFY2(h->init(&why), qPrintable(why));
}

void TestOrchestrator::cleanup()
{
    h.reset();
}

void TestOrchestrator::installsDependenciesFirst()
{
    auto op = h->run(LifecycleHarness::request(Kind::Install, {"farm_manager@1.9.0"}));
    QVERIFY2(!op->error().isError(), qPrintable(op->error().toString() + u' ' + op->error().detail()));
    QCOMPARE(changeList(op->outcome()),
             (QStringList {"install inventory 2.1.0", "install farm_manager 1.9.0"}));

    const LocalTarget target = h->target();
    QCOMPARE(linkTarget(target.linkPath("inventory", LocalTarget::Link::Current)), QStringLiteral("2.1.0"));
    QCOMPARE(linkTarget(target.linkPath("farm_manager", LocalTarget::Link::Current)),
             QStringLiteral("1.9.0"));
    QVERIFY(QFileInfo(target.versionDir("farm_manager", *ms::Version::parse(u"1.9.0")) + "/views/blocks.html")
                .isFile());
    QVERIFY(QFileInfo(target.versionDir("farm_manager", *ms::Version::parse(u"1.9.0")) + "/bin/selftest")
                .isExecutable());
    QVERIFY(!QFileInfo::exists(target.linkPath("farm_manager", LocalTarget::Link::Previous)));

    const QJsonObject lock = TestSupport::readJson(target.lockPath()).object();
    QCOMPARE(QJsonDocument(lock).toJson(QJsonDocument::Compact),
             QByteArray(R"({"modules":[{"enabled":true,"module_name":"farm_manager","version":"1.9.0"},)"
                        R"({"enabled":true,"module_name":"inventory","version":"2.1.0"}],"schema":1})"));

    QCOMPARE(*ms::StateRecorder(h->db(), nullptr).state("clinic", "farm_manager"), ms::ModuleState::Running);
    QCOMPARE(historyOf(h->db(), "farm_manager"),
             (QStringList {"downloading", "verifying", "installing", "installed", "configuring", "starting",
                           "running"}));
    QCOMPARE(h->reloads(), 1);

    const ms::OperationRecord record = *ms::OperationRepository(h->db()).find(op->id());
    QCOMPARE(record.state, QStringLiteral("succeeded"));
    QCOMPARE(record.kind, QStringLiteral("install"));
    QCOMPARE(record.module, QStringLiteral("farm_manager"));
    auto journal = ms::OperationJournalRepository(h->db()).find(op->id());
    QVERIFY(journal && *journal);
    QCOMPARE((*journal)->phase, QStringLiteral("finished"));
    QVERIFY(h->snapshot().leftovers().isEmpty());

    ms::AuditFilter filter;
    filter.action = QStringLiteral("install");
    auto audited = h->audit().entries(filter);
    QCOMPARE(audited->size(), 1);
    QCOMPARE(audited->first().outcome, ms::AuditRecord::Outcome::Success);
    QCOMPARE(audited->first().operationId, op->id());
    QVERIFY(h->audit().verify()->intact);
}

void TestOrchestrator::upgradeKeepsThePreviousVersion()
{
    QVERIFY(h->install({"inventory@2.0.0", "farm_manager@1.8.0"}));
    auto op = h->run(LifecycleHarness::request(Kind::Upgrade, {"farm_manager@1.9.0"}));
    QVERIFY2(!op->error().isError(), qPrintable(op->error().toString()));
    // 1.9.0 needs inventory ^2.1.0: upgraded first.
    QCOMPARE(changeList(op->outcome()),
             (QStringList {"upgrade inventory 2.1.0", "upgrade farm_manager 1.9.0"}));
    const LocalTarget target = h->target();
    QCOMPARE(linkTarget(target.linkPath("farm_manager", LocalTarget::Link::Current)),
             QStringLiteral("1.9.0"));
    QCOMPARE(linkTarget(target.linkPath("farm_manager", LocalTarget::Link::Previous)),
             QStringLiteral("1.8.0"));
    QCOMPARE(target.versionsOnDisk("farm_manager")->size(), 2);
    QCOMPARE(target.readLock()->find("farm_manager")->version.toString(), QStringLiteral("1.9.0"));
    QCOMPARE(historyOf(h->db(), "farm_manager").mid(7), (QStringList {"updating", "running"}));
    auto row = *ms::StateRecorder(h->db(), nullptr).row("clinic", "farm_manager");
    QCOMPARE(row->version, QStringLiteral("1.9.0"));
    QCOMPARE(row->targetVersion, QString());

    // Upgrading what is not installed is refused, naming it.
    auto refused = h->run(LifecycleHarness::request(Kind::Upgrade, {"reports"}));
    QCOMPARE(refused->error().code(), ErrorCode::NotFound);
    QVERIFY(refused->error().message().contains("reports is not installed"));
}

void TestOrchestrator::rollbackSwitchesBack()
{
    QVERIFY(h->install({"farm_manager@1.8.0"}));
    QVERIFY(!h->run(LifecycleHarness::request(Kind::Upgrade, {"farm_manager@1.9.0"}))->error().isError());
    auto op = h->run(LifecycleHarness::request(Kind::Rollback, {"farm_manager"}));
    QVERIFY2(!op->error().isError(), qPrintable(op->error().toString()));
    QCOMPARE(changeList(op->outcome()), (QStringList {"rollback farm_manager 1.8.0"}));
    const LocalTarget target = h->target();
    QCOMPARE(linkTarget(target.linkPath("farm_manager", LocalTarget::Link::Current)),
             QStringLiteral("1.8.0"));
    QCOMPARE(linkTarget(target.linkPath("farm_manager", LocalTarget::Link::Previous)),
             QStringLiteral("1.9.0"));
    QCOMPARE(target.readLock()->find("farm_manager")->version.toString(), QStringLiteral("1.8.0"));
    QCOMPARE(historyOf(h->db(), "farm_manager").mid(9), (QStringList {"rolling_back", "running"}));
    QCOMPARE((*ms::StateRecorder(h->db(), nullptr).row("clinic", "farm_manager"))->version,
             QStringLiteral("1.8.0"));

    // Rolling inventory back is refused: nothing before it.
    auto none = h->run(LifecycleHarness::request(Kind::Rollback, {"inventory"}));
    QCOMPARE(none->error().code(), ErrorCode::NotFound);
}

void TestOrchestrator::disableAndEnableTouchOnlyTheLock()
{
    QVERIFY(h->install({"farm_manager@1.9.0"}));
    const SiteSnapshot before = h->snapshot();
    auto off = h->run(LifecycleHarness::request(Kind::Disable, {"farm_manager"}));
    QVERIFY2(!off->error().isError(), qPrintable(off->error().toString()));
    QCOMPARE(h->target().readLock()->find("farm_manager")->enabled, false);
    QCOMPARE(*ms::StateRecorder(h->db(), nullptr).state("clinic", "farm_manager"),
             ms::ModuleState::Installed);
    SiteSnapshot after = h->snapshot();
    QVERIFY(after.lock != before.lock);
    after.entries.remove("modules.lock.json");
    QMap<QString, QString> files = before.entries;
    files.remove("modules.lock.json");
    QCOMPARE(after.entries, files); // only the lock changed: the files stay

    // A disabled module cannot be upgraded or rolled back.
    QCOMPARE(h->run(LifecycleHarness::request(Kind::Rollback, {"farm_manager"}))->error().code(),
             ErrorCode::Conflict);

    auto on = h->run(LifecycleHarness::request(Kind::Enable, {"farm_manager"}));
    QVERIFY2(!on->error().isError(), qPrintable(on->error().toString()));
    QCOMPARE(h->target().readLock()->find("farm_manager")->enabled, true);
    QCOMPARE(historyOf(h->db(), "farm_manager").mid(7),
             (QStringList {"stopping", "installed", "configuring", "starting", "running"}));
    QCOMPARE(h->snapshot().lock, before.lock);
    QCOMPARE(h->reloads(), 3);
}

void TestOrchestrator::disableRefusesWhileEnabledModulesNeedIt()
{
    QVERIFY(h->install({"farm_manager@1.9.0"}));
    auto op = h->run(LifecycleHarness::request(Kind::Disable, {"inventory"}));
    QCOMPARE(op->error().code(), ErrorCode::Conflict);
    QCOMPARE(op->error().message(),
             QStringLiteral("inventory is needed by enabled modules: farm_manager; disable them first"));
    QCOMPARE(ms::OperationRepository(h->db()).find(op->id())->state, QStringLiteral("failed"));
}

void TestOrchestrator::uninstallRefusesThenCascades()
{
    QVERIFY(h->install({"reports"}));
    QCOMPARE(h->target().readLock()->entries().size(), 3);
    const SiteSnapshot before = h->snapshot();
    auto refused = h->run(LifecycleHarness::request(Kind::Uninstall, {"inventory"}));
    QCOMPARE(refused->error().code(), ErrorCode::Conflict);
    QVERIFY(refused->error().message().contains("farm_manager, reports")
            || refused->error().message().contains("reports, farm_manager"));
    QCOMPARE(h->snapshot(), before);

    ms::OperationRequest cascade = LifecycleHarness::request(Kind::Uninstall, {"inventory"});
    cascade.cascade = true;
    auto op = h->run(cascade);
    QVERIFY2(!op->error().isError(), qPrintable(op->error().toString()));
    QCOMPARE(changeList(op->outcome()),
             (QStringList {"uninstall reports 1.0.0", "uninstall farm_manager 1.9.0",
                           "uninstall inventory 2.1.0"}));
    const LocalTarget target = h->target();
    QVERIFY(target.readLock()->entries().isEmpty());
    QVERIFY(QFileInfo::exists(target.lockPath())); // the runtime still finds a lock, an empty one
    for (const char* m : {"reports", "farm_manager", "inventory"}) {
        QVERIFY2(!QFileInfo::exists(target.moduleDir(m)), m);
        QVERIFY(!*ms::StateRecorder(h->db(), nullptr).row("clinic", m));
        QCOMPARE(historyOf(h->db(), m).last(), QStringLiteral("gone"));
    }
    QCOMPARE(historyOf(h->db(), "reports").mid(7),
             (QStringList {"stopping", "installed", "uninstalling", "gone"}));
    QVERIFY(h->snapshot().leftovers().isEmpty());
}

void TestOrchestrator::nothingToDo()
{
    QVERIFY(h->install({"inventory"}));
    const SiteSnapshot before = h->snapshot();
    auto op = h->run(LifecycleHarness::request(Kind::Install, {"inventory"}));
    QVERIFY(!op->error().isError());
    QVERIFY(op->outcome().changes.isEmpty());
    QCOMPARE(op->outcome().operation.state, QStringLiteral("succeeded"));
    QVERIFY(!*ms::OperationJournalRepository(h->db()).find(op->id()));
    QCOMPARE(h->snapshot(), before);
}

void TestOrchestrator::maintenanceBlocksChanges()
{
    QVERIFY(h->install({"farm_manager@1.8.0"}));
    QVERIFY(h->orchestrator().setMaintenance("clinic", "farm_manager", true).ok());
    auto op = h->run(LifecycleHarness::request(Kind::Upgrade, {"farm_manager@1.9.0"}));
    QCOMPARE(op->error().code(), ErrorCode::Conflict);
    QVERIFY(op->error().message().contains("maintenance"));
    QVERIFY(
        !h->orchestrator().setMaintenance("clinic", "inventory", false).ok()); // running → running is no move
    QVERIFY(h->orchestrator().setMaintenance("clinic", "farm_manager", false).ok());
    QVERIFY(!h->run(LifecycleHarness::request(Kind::Upgrade, {"farm_manager@1.9.0"}))->error().isError());
}

void TestOrchestrator::retriesTransientFailuresOnly_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("network, twice") << ErrorCode::Network << 2 << 3 << true;
    QTest::newRow("timeout, once") << ErrorCode::Timeout << 1 << 2 << true;
    QTest::newRow("network, for ever") << ErrorCode::Network << 99 << 4 << false;
    QTest::newRow("integrity is not retried") << ErrorCode::Integrity << 1 << 1 << false;
    QTest::newRow("not found is not retried") << ErrorCode::NotFound << 1 << 1 << false;
}

void TestOrchestrator::retriesTransientFailuresOnly()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, failures);
    QFETCH(int, attempts);
    QFETCH(bool, succeeds);
    FlakyFetcher flaky(h->fetcher(), failures, code);
    h->orchestrator().setFetcher(&flaky);
    const SiteSnapshot before = h->snapshot();
    std::unique_ptr<ms::Operation> op(
        h->orchestrator().submit(LifecycleHarness::request(Kind::Install, {"inventory"})));
    QSignalSpy retrying(op.get(), &ms::QueuedJob::retrying);
    op->exec();
    QCOMPARE(op->attempts(), attempts);
    QCOMPARE(retrying.size(), attempts - 1);
    QCOMPARE(!op->error().isError(), succeeds);
    if (!succeeds) {
        QCOMPARE(op->error().code(), code);
        QCOMPARE(h->snapshot(), before);
    }
    // Every attempt is the same operation.
    QCOMPARE(ms::OperationRepository(h->db()).listRecent()->size(), 1);
    QCOMPARE(ms::OperationRepository(h->db()).find(op->id())->state,
             succeeds ? QStringLiteral("succeeded") : QStringLiteral("failed"));
}

void TestOrchestrator::failureLeavesTheSiteUnchanged_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("damage"); // a package file to flip a byte in
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("manifest names other dependencies than the catalog")
        << QStringList {"farm_manager@1.9.0"} << Kind::Upgrade << "farm_manager@2.0.0" << QString()
        << ErrorCode::Integrity << "the package's manifest does not match the catalog in dependencies";
    QTest::newRow("manifest names another module")
        << QStringList {} << Kind::Install << "tools" << QString() << ErrorCode::Integrity
        << "the package's manifest does not match the catalog in module_name";
    QTest::newRow("damaged archive") << QStringList {"inventory@2.1.0"} << Kind::Install << "weather"
                                     << QString() << ErrorCode::Integrity << "";
    QTest::newRow("a dependency fails after another was installed")
        << QStringList {} << Kind::Install << "suite" << QString() << ErrorCode::Integrity << "";
    QTest::newRow("package bytes differ from the catalog, after a dependency was upgraded")
        << QStringList {"inventory@2.0.0", "farm_manager@1.8.0"} << Kind::Upgrade << "farm_manager@1.9.0"
        << "farm_manager/1.9.0/farm_manager-1.9.0.tar.gz" << ErrorCode::Integrity
        << "the package's SHA-256 differs from the catalog's";
    QTest::newRow("first install on a site without modules")
        << QStringList {} << Kind::Install << "farm_manager@1.9.0"
        << "farm_manager/1.9.0/farm_manager-1.9.0.tar.gz" << ErrorCode::Integrity
        << "the package's SHA-256 differs from the catalog's";
}

void TestOrchestrator::failureLeavesTheSiteUnchanged()
{
    QFETCH(QStringList, setup);
    QFETCH(Kind, kind);
    QFETCH(QString, module);
    QFETCH(QString, damage);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    if (!setup.isEmpty())
        QVERIFY(h->install(setup));
    if (!damage.isEmpty()) {
        QFile file(h->registry().dir() + u'/' + damage);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        file.seek(file.size() / 2);
        QVERIFY(file.putChar(char(byte ^ 0x01)));
    }
    const SiteSnapshot before = h->snapshot();
    const int reloadsBefore = h->reloads();

    auto op = h->run(LifecycleHarness::request(kind, {module}));
    QVERIFY(op->error().isError());
    QCOMPARE(op->error().code(), code);
    if (!message.isEmpty())
        QCOMPARE(op->error().message(), message);

    QVERIFY(op->outcome().siteUnchanged);
    const SiteSnapshot after = h->snapshot();
    QVERIFY2(after == before, qPrintable(after.diff(before)));
    QVERIFY(after.leftovers().isEmpty());
    QCOMPARE(h->reloads(), reloadsBefore); // nothing was reloaded: it failed before the commit
    QCOMPARE(ms::OperationRepository(h->db()).find(op->id())->state, QStringLiteral("failed"));
    auto journal = ms::OperationJournalRepository(h->db()).find(op->id());
    QVERIFY(journal && *journal);
    QCOMPARE((*journal)->phase, QStringLiteral("rolled_back"));
    // The history tells the story: the module went to error with the reason.
    const QString failed = module.section(u'@', 0, 0) == QStringLiteral("suite") ? QStringLiteral("weather")
                                                                                 : module.section(u'@', 0, 0);
    bool sawError = false;
    const auto history = ms::ModuleStateRepository(h->db()).history("clinic", failed);
    for (const ms::ModuleStateChange& c : *history) {
        if (c.toState == QStringLiteral("error") && c.operationId == op->id()) {
            sawError = true;
            QCOMPARE(c.reason, op->error().message());
        }
    }
    QVERIFY2(sawError, qPrintable(failed + QStringLiteral(" never went to error")));
    if (kind == Kind::Install && setup.isEmpty())
        QVERIFY(!QFileInfo::exists(h->target().modulesDir())); // it did not exist before
}

void TestOrchestrator::failedReloadIsUndoneAndReloadedAgain()
{
    // Fails the first time, works after: the rollback's reload then succeeds.
    QFile siteJson(h->siteDir() + "/site.json");
    QVERIFY(siteJson.open(QIODevice::WriteOnly | QIODevice::Truncate));
    siteJson.write(
        R"({"name": "clinic", "reload_command": "echo reload >> ../reloads.log; test -f ../once || { touch ../once; exit 3; }"})");
    siteJson.close();
    QVERIFY(ms::Inventory(h->db()).rescan().ok());
    const SiteSnapshot before = h->snapshot();
    auto op = h->run(LifecycleHarness::request(Kind::Install, {"farm_manager@1.9.0"}));
    QCOMPARE(op->error().code(), ErrorCode::Io);
    QCOMPARE(op->error().message(), QStringLiteral("the site's reload command failed with status 3"));
    const SiteSnapshot after = h->snapshot();
    QVERIFY2(after == before, qPrintable(after.diff(before)));
    QCOMPARE(h->reloads(), 2); // the failed reload, then the one that makes the site forget it
}

void TestOrchestrator::cancelLeavesTheSiteUnchanged()
{
    QVERIFY(h->install({"inventory@2.0.0"}));
    const SiteSnapshot before = h->snapshot();
    std::unique_ptr<ms::Operation> op(
        h->orchestrator().submit(LifecycleHarness::request(Kind::Upgrade, {"inventory@2.1.0"})));
    bool cancelled = false;
    connect(op.get(), &ms::Job::progress, this, [&](qint64, qint64, const QString& step) {
        if (!cancelled && step.startsWith("Verifying")) {
            cancelled = true;
            op->cancel();
        }
    });
    op->exec();
    QVERIFY(cancelled);
    QCOMPARE(op->error().code(), ErrorCode::Cancelled);
    const SiteSnapshot after = h->snapshot();
    QVERIFY2(after == before, qPrintable(after.diff(before)));
}

QTEST_GUILESS_MAIN(TestOrchestrator)
#include "tst_orchestrator.moc"
