// Recovery on hand-made interrupted states: the journal an operation would have written, and
// the disk and database as a crash at that point leaves them. (tests/integration/lifecycle
// kills a real mothershipctl at every step; this suite pins down each direction in detail.)
#include "LifecycleHarness.h"
#include "lifecycle/Recovery.h"
#include "lifecycle/StateRecorder.h"
#include "store/ModuleStateRepository.h"
#include "store/OperationJournalRepository.h"
#include "store/OperationRepository.h"
#include "targets/SiteLock.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using ms::JournalModule;
using ms::LocalTarget;
using ms::ModuleState;
using ms::OperationJournal;
using ms::Recovery;
using ms::StateRecorder;
using ms::Version;

namespace {

Version v(const char* text)
{
    return *Version::parse(QString::fromLatin1(text));
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void interruptedUpgradeRollsBack();
    void committedUpgradeRollsForward();
    void displacedVersionComesBack();
    void interruptedFirstInstallLeavesNothing();
    void siteInUseIsLeftAlone();
    void runningRowsWithoutJournalAreClosed();

private:
    /// A journal for @p changes (module, action, from, to) as the Orchestrator writes it
    /// before touching the disk, stored in phase prepared with an operation row.
    OperationJournal begin(const QList<std::tuple<QString, QString, Version, Version>>& changes);
    /// Unpacks the registry's package of @p module @p version into @p staging.
    void stage(const QString& module, const char* version, const QString& staging);
    QList<Recovery::Outcome> recover();

    std::unique_ptr<LifecycleHarness> h;
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRecovery::init()
{
    h = std::make_unique<LifecycleHarness>();
    QString why;
    QVERIFY2(h->init(&why), qPrintable(why));
}

void TestRecovery::cleanup()
{
    h.reset();
}

OperationJournal TestRecovery::begin(const QList<std::tuple<QString, QString, Version, Version>>& changes)
{
    ms::OperationRecord record;
    record.kind = std::get<1>(changes.first());
    record.site = "clinic";
    record.state = "running";
    auto created = ms::OperationRepository(h->db()).create(record);
    const LocalTarget target = h->target();
    OperationJournal j;
    j.operationId = created->id;
    j.kind = record.kind;
    j.site = "clinic";
    j.siteDir = target.siteDir();
    j.modulesDir = target.modulesDir();
    j.reloadCommand = "echo reload >> ../reloads.log";
    j.lockExisted = QFileInfo::exists(target.lockPath());
    j.modulesDirExisted = QFileInfo::exists(target.modulesDir());
    for (const auto& [module, action, from, to] : changes) {
        JournalModule m;
        m.module = module;
        m.action = action;
        m.fromVersion = from;
        m.toVersion = to;
        if (auto lock = target.readLock(); lock->find(module))
            m.originalEntry = *lock->find(module);
        m.originalCurrent = *target.linkedVersion(module, LocalTarget::Link::Current);
        m.originalPrevious = *target.linkedVersion(module, LocalTarget::Link::Previous);
        m.moduleDirExisted = QFileInfo::exists(target.moduleDir(module));
        m.versionDirExisted = QFileInfo::exists(target.versionDir(module, to));
        m.originalState = *StateRecorder(h->db(), nullptr).row("clinic", module);
        m.staging = target.stagingPath(QString::number(j.operationId) + u'-' + module);
        m.trash = target.trashPath(QString::number(j.operationId) + u'-' + module + "-old");
        j.modules.append(m);
    }
    const auto begun = ms::OperationJournalRepository(h->db()).begin(
        {j.operationId, "clinic", "prepared", j.toJson(), {}, {}});
    if (!begun)
        qWarning("%s", qPrintable(begun.error().toString()));
    return j;
}

void TestRecovery::stage(const QString& module, const char* version, const QString& staging)
{
    auto staged = h->target().stage(h->registry().packagePath(module, QString::fromLatin1(version)), staging);
    QVERIFY2(staged, qPrintable(staged.error().toString()));
}

QList<Recovery::Outcome> TestRecovery::recover()
{
    auto outcomes = Recovery(h->db(), &h->audit()).recoverUnfinished();
    if (!outcomes)
        qWarning("%s", qPrintable(outcomes.error().toString()));
    return outcomes.valueOr({});
}

void TestRecovery::interruptedUpgradeRollsBack()
{
    QVERIFY(h->install({"inventory@2.0.0"}));
    const SiteSnapshot before = h->snapshot();
    OperationJournal j = begin({{"inventory", "upgrade", v("2.0.0"), v("2.1.0")}});
    // What a crash right after the lock was written leaves behind.
    StateRecorder states(h->db(), &h->audit());
    QVERIFY(states.move("clinic", "inventory", ModuleState::Updating, {"2.0.0", "2.1.0", {}, j.operationId})
                .ok());
    stage("inventory", "2.1.0", j.modules.first().staging);
    QVERIFY(h->target()
                .activate("inventory", v("2.1.0"), j.modules.first().staging, j.modules.first().trash, true)
                .ok());
    QVERIFY(h->snapshot() != before);

    const QList<Recovery::Outcome> outcomes = recover();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().result, QStringLiteral("rolled_back"));
    QCOMPARE(outcomes.first().operationId, j.operationId);
    const SiteSnapshot after = h->snapshot();
    QVERIFY2(after == before, qPrintable(after.diff(before)));
    QStringList path;
    const auto history = ms::ModuleStateRepository(h->db()).history("clinic", "inventory");
    for (const auto& c : *history)
        if (c.operationId == j.operationId)
            path << c.toState;
    QCOMPARE(path, (QStringList {"updating", "error", "rolling_back", "running"}));
    const ms::OperationRecord record = *ms::OperationRepository(h->db()).find(j.operationId);
    QCOMPARE(record.state, QStringLiteral("interrupted"));
    QCOMPARE(record.errorCode, QStringLiteral("cancelled"));
    QCOMPARE((*ms::OperationJournalRepository(h->db()).find(j.operationId))->phase,
             QStringLiteral("rolled_back"));
    // Recovering again finds nothing to do.
    QVERIFY(recover().isEmpty());
}

void TestRecovery::committedUpgradeRollsForward()
{
    QVERIFY(h->install({"inventory@2.0.0"}));
    OperationJournal j = begin({{"inventory", "upgrade", v("2.0.0"), v("2.1.0")}});
    StateRecorder states(h->db(), &h->audit());
    QVERIFY(states.move("clinic", "inventory", ModuleState::Updating, {"2.0.0", "2.1.0", {}, j.operationId})
                .ok());
    stage("inventory", "2.1.0", j.modules.first().staging);
    QVERIFY(h->target()
                .activate("inventory", v("2.1.0"), j.modules.first().staging, j.modules.first().trash, true)
                .ok());
    QVERIFY(ms::OperationJournalRepository(h->db()).update(j.operationId, "committed", j.toJson()).ok());
    // A staging folder of the same operation that the crash left (a second module, say).
    QVERIFY(QDir().mkpath(h->target().stagingPath("99-left")));

    const QList<Recovery::Outcome> outcomes = recover();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().result, QStringLiteral("rolled_forward"));
    QCOMPARE(h->target().readLock()->find("inventory")->version, v("2.1.0"));
    QCOMPARE(**h->target().linkedVersion("inventory", LocalTarget::Link::Current), v("2.1.0"));
    auto row = *states.row("clinic", "inventory");
    QCOMPARE(row->state, QStringLiteral("running"));
    QCOMPARE(row->version, QStringLiteral("2.1.0"));
    QVERIFY(h->snapshot().leftovers().isEmpty());
    QCOMPARE(ms::OperationRepository(h->db()).find(j.operationId)->state, QStringLiteral("succeeded"));
}

void TestRecovery::displacedVersionComesBack()
{
    // 2.1.0 is on disk already (kept from before), not active; the upgrade replaces that copy.
    QVERIFY(h->install({"inventory@2.1.0"}));
    QVERIFY(h->run(LifecycleHarness::request(ms::OperationRequest::Kind::Upgrade, {"inventory@2.0.0"}))
                ->error()
                .code()
            == ms::ErrorCode::None);
    const QString marker = h->target().versionDir("inventory", v("2.1.0")) + "/kept-copy";
    QVERIFY(QFile(marker).open(QIODevice::WriteOnly));
    const SiteSnapshot before = h->snapshot();

    OperationJournal j = begin({{"inventory", "upgrade", v("2.0.0"), v("2.1.0")}});
    QVERIFY(j.modules.first().versionDirExisted);
    stage("inventory", "2.1.0", j.modules.first().staging);
    QVERIFY(h->target()
                .activate("inventory", v("2.1.0"), j.modules.first().staging, j.modules.first().trash, true)
                .ok());
    QVERIFY(QFileInfo::exists(j.modules.first().trash + "/kept-copy"));
    QVERIFY(!QFileInfo::exists(marker));

    QCOMPARE(recover().first().result, QStringLiteral("rolled_back"));
    QVERIFY(QFileInfo::exists(marker));
    const SiteSnapshot after = h->snapshot();
    QVERIFY2(after == before, qPrintable(after.diff(before)));
}

void TestRecovery::interruptedFirstInstallLeavesNothing()
{
    const SiteSnapshot before = h->snapshot();
    QVERIFY(!QFileInfo::exists(h->target().modulesDir()));
    OperationJournal j = begin({{"inventory", "install", Version(), v("2.1.0")}});
    StateRecorder states(h->db(), &h->audit());
    QVERIFY(
        states.move("clinic", "inventory", ModuleState::Downloading, {"2.1.0", "2.1.0", {}, j.operationId})
            .ok());
    QVERIFY(states.move("clinic", "inventory", ModuleState::Verifying, {"2.1.0", "2.1.0", {}, j.operationId})
                .ok());
    // Half an extraction: the staging folder exists with part of the package.
    QVERIFY(QDir().mkpath(j.modules.first().staging + "/lib"));
    QVERIFY(QFile(j.modules.first().staging + "/lib/stock.js").open(QIODevice::WriteOnly));

    QCOMPARE(recover().first().result, QStringLiteral("rolled_back"));
    const SiteSnapshot after = h->snapshot();
    QVERIFY2(after == before, qPrintable(after.diff(before)));
    QVERIFY(!QFileInfo::exists(h->target().modulesDir()));
    QStringList path;
    const auto history = ms::ModuleStateRepository(h->db()).history("clinic", "inventory");
    for (const auto& c : *history)
        path << c.toState;
    QCOMPARE(path, (QStringList {"downloading", "verifying", "error", "uninstalling", "gone"}));
}

void TestRecovery::siteInUseIsLeftAlone()
{
    OperationJournal j = begin({{"inventory", "install", Version(), v("2.1.0")}});
    QVERIFY(QDir().mkpath(j.modules.first().staging));
    {
        ms::SiteLock held; // another operation, still running
        QVERIFY(held.tryAcquire(h->siteDir()).ok());
        const QList<Recovery::Outcome> outcomes = recover();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("busy"));
        QVERIFY(QFileInfo::exists(j.modules.first().staging));
        QCOMPARE((*ms::OperationJournalRepository(h->db()).find(j.operationId))->phase,
                 QStringLiteral("prepared"));
    }
    QCOMPARE(recover().first().result, QStringLiteral("rolled_back"));
    QVERIFY(!QFileInfo::exists(j.modules.first().staging));
}

void TestRecovery::runningRowsWithoutJournalAreClosed()
{
    ms::OperationRepository operations(h->db());
    ms::OperationRecord record;
    record.kind = "install";
    record.site = "clinic";
    record.state = "running";
    const qint64 early = operations.create(record)->id; // died before its journal
    const qint64 late = operations.create(record)->id; // died after its journal closed
    QVERIFY(ms::OperationJournalRepository(h->db()).begin({late, "clinic", "finished", "{}", {}, {}}).ok());
    const SiteSnapshot before = h->snapshot();
    {
        ms::SiteLock held; // while an operation holds the site, its row is its own business
        QVERIFY(held.tryAcquire(h->siteDir()).ok());
        const QList<Recovery::Outcome> busy = recover();
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.first().result, QStringLiteral("busy"));
        QCOMPARE(operations.find(early)->state, QStringLiteral("running"));
    }
    const QList<Recovery::Outcome> outcomes = recover();
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes.at(0).result, QStringLiteral("rolled_back"));
    QCOMPARE(outcomes.at(1).result, QStringLiteral("rolled_forward"));
    QCOMPARE(operations.find(early)->state, QStringLiteral("interrupted"));
    QCOMPARE(operations.find(late)->state, QStringLiteral("succeeded"));
    QCOMPARE(h->snapshot(), before);
    QVERIFY(recover().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
