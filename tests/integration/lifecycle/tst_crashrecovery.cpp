// THREATS.md 11, for real: `mothershipctl install` and `mothershipctl upgrade` run as child
// processes and are killed with SIGKILL at every step of the operation (the test hook
// MOTHERSHIP_FAULT=crash-after:<point>#<n>, see lifecycle/FaultInjection.h); then
// `mothershipctl recover` runs, and the site must be entirely in its old state (exactly as it
// was: files, lock, module_states rows) or entirely in its new one (as a run that was not
// killed leaves it), with the database agreeing with the disk, PRAGMA integrity_check ok, no
// journal left open and no staging left behind.
#include "SiteSnapshot.h"
#include "TestRegistry.h"
#include "TestSupport.h"
#include "inventory/Inventory.h"
#include "lifecycle/FaultInjection.h"
#include "lifecycle/PlatformCore.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "targets/LocalTarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

/// A database and the fixture site "clinic", registered, for one run.
struct World
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath("mothership.db"); }
    QString apps() const { return dir.filePath("apps"); }
    QString site() const { return dir.filePath("apps/clinic"); }
    int reloads() const { return int(TestSupport::readFile(dir.filePath("apps/reloads.log")).count('\n')); }
};

struct Run
{
    QProcess::ExitStatus status = QProcess::NormalExit;
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// The columns that say what state a module is in; time, operation and reason differ from
/// one world to another.
QList<QStringList> normalisedRows(const QList<QStringList>& rows)
{
    QList<QStringList> result;
    for (const QStringList& row : rows) {
        QStringList kept;
        for (const QString& cell : row) {
            if (!cell.startsWith("updated_at=") && !cell.startsWith("operation_id=")
                && !cell.startsWith("reason="))
                kept << cell;
        }
        result << kept;
    }
    return result;
}

SiteSnapshot normalised(SiteSnapshot s)
{
    s.stateRows = normalisedRows(s.stateRows);
    return s;
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void install();
    void upgrade();

private:
    bool setUp(World& world);
    Run ctl(const World& world, const QStringList& args, const QString& fault = {});
    /// Kills @p operation at every point and occurrence; @p prepare runs first in each world.
    void crashEverywhere(const QStringList& prepare, const QStringList& operation, int expectedCrashes);
    /// The database agrees with the disk, and nothing is left open or behind.
    void verifyConsistent(const World& world);

    QTemporaryDir m_registryDir;
    TestRegistry m_registry;
    QString m_ctl;
};

void TestCrashRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctl = TestSupport::programPath("mothershipctl");
    QVERIFY2(QFileInfo(m_ctl).isExecutable(), qPrintable(m_ctl));
    QString error;
    QVERIFY2(
        m_registry.build(TestSupport::fixturePath("lifecycle/registry.json"), m_registryDir.path(), &error),
        qPrintable(error));
}

bool TestCrashRecovery::setUp(World& world)
{
    if (!world.dir.isValid()
        || !TestSupport::copyTree(TestSupport::fixturePath("lifecycle/site"), world.site()))
        return false;
    auto db = ms::Database::open(world.db());
    if (!db)
        return false;
    ms::Inventory inventory(**db);
    return inventory.addAndScan({world.apps()}).ok()
        && ms::SettingsRepository(**db).setValue(ms::PlatformCore::settingKey(), "1.5.0").ok();
}

Run TestCrashRecovery::ctl(const World& world, const QStringList& args, const QString& fault)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("MOTHERSHIP_FAULT");
    if (!fault.isEmpty())
        env.insert("MOTHERSHIP_FAULT", fault);
    p.setProcessEnvironment(env);
    p.start(m_ctl, QStringList {"--db", world.db()} + args);
    Run run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        run.err = "did not finish";
        return run;
    }
    run.status = p.exitStatus();
    run.code = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

void TestCrashRecovery::verifyConsistent(const World& world)
{
    const SiteSnapshot now = SiteSnapshot::take(world.site(), world.db(), "clinic");
    QVERIFY2(now.leftovers().isEmpty(), qPrintable(now.leftovers().join(", ")));

    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", name);
        c.setDatabaseName(world.db());
        QVERIFY(c.open());
        QSqlQuery q(c);
        QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec("SELECT count(*) FROM operation_journal WHERE phase IN ('prepared', 'committed')")
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec("SELECT count(*) FROM operations WHERE state IN ('running', 'queued')") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // The lock file and the links are the truth; the rows must say the same.
        const ms::LocalTarget target(world.site());
        const auto lock = target.readLock();
        QVERIFY(lock);
        QVERIFY(
            q.exec("SELECT module, state, version, target_version FROM module_states WHERE site = 'clinic'"));
        QMap<QString, QStringList> rows;
        while (q.next())
            rows.insert(q.value(0).toString(),
                        {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        for (const ms::ModulesLock::Entry& e : lock->entries()) {
            QVERIFY2(rows.contains(e.moduleName), qPrintable(e.moduleName + " has no state row"));
            const QStringList row = rows.take(e.moduleName);
            QCOMPARE(row.at(0), e.enabled ? QStringLiteral("running") : QStringLiteral("installed"));
            QCOMPARE(row.at(1), e.version.toFullString());
            QCOMPARE(row.at(2), QString());
            const auto current = target.linkedVersion(e.moduleName, ms::LocalTarget::Link::Current);
            QVERIFY2(current && *current, qPrintable(e.moduleName + " has no current link"));
            QCOMPARE(**current, e.version);
        }
        QVERIFY2(rows.isEmpty(),
                 qPrintable("rows for modules the site does not have: " + rows.keys().join(", ")));
        // No module folder the lock does not know of.
        const QStringList folders
            = QDir(target.modulesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString& folder : folders)
            QVERIFY2(lock->find(folder), qPrintable(folder + " is on disk but not in the lock"));
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestCrashRecovery::crashEverywhere(const QStringList& prepare, const QStringList& operation,
                                        int expectedCrashes)
{
    // The new state, from a run nobody kills.
    World reference;
    QVERIFY(setUp(reference));
    const QStringList catalog {"--catalog", m_registry.catalogPath()};
    if (!prepare.isEmpty())
        QCOMPARE(ctl(reference, prepare + catalog).code, 0);
    const Run clean = ctl(reference, operation + catalog);
    QVERIFY2(clean.code == 0, clean.err.constData());
    const SiteSnapshot fresh = normalised(SiteSnapshot::take(reference.site(), reference.db(), "clinic"));
    verifyConsistent(reference);

    int crashes = 0;
    for (const QString& point : ms::FaultInjection::points()) {
        for (int n = 1;; ++n) {
            const QString fault = QStringLiteral("crash-after:%1#%2").arg(point).arg(n);
            World w;
            QVERIFY(setUp(w));
            if (!prepare.isEmpty())
                QCOMPARE(ctl(w, prepare + catalog).code, 0);
            const SiteSnapshot before = SiteSnapshot::take(w.site(), w.db(), "clinic");
            const int reloadsBefore = w.reloads();

            const Run killed = ctl(w, operation + catalog, fault);
            if (killed.status == QProcess::NormalExit) {
                // This point comes fewer than n times: the operation ran to its end.
                QVERIFY2(killed.code == 0, qPrintable(fault + ": " + QString::fromUtf8(killed.err)));
                QVERIFY2(n > 1, qPrintable(fault + " was never reached"));
                const SiteSnapshot after = normalised(SiteSnapshot::take(w.site(), w.db(), "clinic"));
                QVERIFY2(after == fresh, qPrintable(fault + "\n" + after.diff(fresh)));
                break;
            }
            ++crashes;
            QVERIFY2(killed.out.isEmpty() || !killed.out.contains("succeeded"), qPrintable(fault));

            const Run recovered = ctl(w, {"--json", "recover"});
            QVERIFY2(recovered.status == QProcess::NormalExit && recovered.code == 0,
                     qPrintable(fault + ": " + QString::fromUtf8(recovered.err + recovered.out)));
            const QJsonArray outcomes
                = QJsonDocument::fromJson(recovered.out).object().value("operations").toArray();
            QCOMPARE(outcomes.size(), 1);
            const bool forward = point == QStringLiteral("committed") || point == QStringLiteral("cleaned");
            QCOMPARE(outcomes.first().toObject().value("result").toString(),
                     forward ? QStringLiteral("rolled_forward") : QStringLiteral("rolled_back"));

            const SiteSnapshot after = SiteSnapshot::take(w.site(), w.db(), "clinic");
            if (forward) {
                QVERIFY2(normalised(after) == fresh,
                         qPrintable(fault + "\n" + normalised(after).diff(fresh)));
            } else {
                QVERIFY2(after == before, qPrintable(fault + "\n" + after.diff(before)));
                // A reload that may have loaded the new modules is followed by one that drops them.
                QCOMPARE(w.reloads(), reloadsBefore + (point == QStringLiteral("reloaded") ? 2 : 0));
            }
            verifyConsistent(w);
            if (QTest::currentTestFailed()) {
                qWarning("after %s", qPrintable(fault));
                return;
            }
            // Recovery is idempotent: a second run finds nothing.
            const Run again = ctl(w, {"--json", "recover"});
            QCOMPARE(QJsonDocument::fromJson(again.out).object().value("operations").toArray().size(), 0);
        }
    }
    QCOMPARE(crashes, expectedCrashes);
}

void TestCrashRecovery::install()
{
    // inventory then farm_manager: the per-module points twice, the others once.
    crashEverywhere({}, {"install", "clinic", "farm_manager@1.9.0"}, 18);
}

void TestCrashRecovery::upgrade()
{
    // inventory 2.0.0 → 2.1.0, then farm_manager 1.8.0 → 1.9.0.
    crashEverywhere({"install", "clinic", "inventory@2.0.0", "farm_manager@1.8.0"},
                    {"upgrade", "clinic", "farm_manager@1.9.0"}, 18);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
