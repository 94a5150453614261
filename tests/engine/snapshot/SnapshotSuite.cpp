#include "SnapshotSuite.h"

#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "inventory/Inventory.h"
#include "snapshot/Snapshot.h"
#include "store/SiteRepository.h"

#include <QDir>
#include <QTest>

using namespace ms;

void SnapshotSuite::populate()
{
    const QString sites = m_files.filePath(QStringLiteral("sites-%1").arg(QTest::currentTestFunction()));
    QVERIFY(TestSupport::copyTree(TestSupport::sourcePath("resources/demo/sites"), sites));
    AuditLog audit(db());
    Inventory inventory(db(), &audit);
    QVERIFY(inventory.addAndScan({sites}).ok());
    QVERIFY(inventory.setTitleOverride("latinos", "Latinos (edited)").ok());
}

void SnapshotSuite::exportsOneSelfContainedFile()
{
    populate();
    const QString file = m_files.filePath("inventory.snapshot");
    auto info = Snapshot::exportTo(db(), file);
    QVERIFY2(info.ok(), qPrintable(info.error().toString()));
    QVERIFY(info->rows > 10);
    QCOMPARE(info->takenAt, startTime());
    QVERIFY(!info->host.isEmpty());
    QVERIFY(!info->source.isEmpty());
    // One file: no journal, no WAL beside it, nothing left from the build.
    const QStringList beside = QDir(m_files.path()).entryList({"inventory.snapshot*"}, QDir::Files | QDir::Hidden);
    QCOMPARE(beside, QStringList{"inventory.snapshot"});
    auto read = Snapshot::readInfo(file);
    QVERIFY(read.ok());
    QCOMPARE(read->takenAt, info->takenAt);
    QCOMPARE(read->rows, info->rows);
    QCOMPARE(read->schemaVersion, ms::Database::latestSchemaVersion());
}

void SnapshotSuite::opensReadOnlyWithTheSameContent()
{
    populate();
    const QString file = m_files.filePath("inventory.snapshot");
    QVERIFY(Snapshot::exportTo(db(), file).ok());
    const QByteArray bytes = TestSupport::readFile(file);

    auto snapshot = Snapshot::open(file);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().toString()));
    Database& copy = (*snapshot)->database();
    QVERIFY(copy.isReadOnly());
    auto original = SiteRepository(db()).list();
    auto copied = SiteRepository(copy).list();
    QVERIFY(copied.ok());
    QCOMPARE(copied->size(), original->size());
    QCOMPARE(SiteRepository(copy).findByName("latinos")->displayTitle(), QString("Latinos (edited)"));
    QCOMPARE(SiteRepository(copy).findByName("capacita")->port, 3006);
    auto audit = AuditLog(copy).verify();
    QVERIFY(audit.ok());
    QVERIFY2(audit->intact, qPrintable(audit->problem));

    // Every write is refused, on this thread and on others.
    const Status written = SiteRepository(copy).setTitleOverride("latinos", "changed");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ErrorCode::Database);
    const bool otherThreadWrote = onPoolThread([&copy] {
        AuditEvent e;
        e.action = "tamper";
        return AuditLog(copy).record(e).ok();
    });
    QVERIFY(!otherThreadWrote);
    QCOMPARE(SiteRepository(copy).findByName("latinos")->displayTitle(), QString("Latinos (edited)"));
    snapshot->reset();
    QCOMPARE(TestSupport::readFile(file), bytes);
}

void SnapshotSuite::snapshotIsConsistentWhileOthersWrite()
{
    populate();
    // A second program appends to the audit log while the snapshot is taken: the snapshot
    // holds a prefix of the chain that still verifies, never a torn one.
    std::unique_ptr<Database> other = openAgain();
    QVERIFY(other);
    std::atomic<bool> stop = false;
    auto writer = QtConcurrent::run([&] {
        AuditLog log(*other);
        int n = 0;
        while (!stop) {
            AuditEvent e;
            e.action = "health.down";
            e.site = "capacita";
            n += log.record(e).ok() ? 1 : 0;
        }
        return n;
    });
    const QString file = m_files.filePath("busy.snapshot");
    QList<Result<SnapshotInfo>> results;
    for (int i = 0; i < 3; ++i)
        results << Snapshot::exportTo(db(), file + QString::number(i));
    stop = true;
    QVERIFY(writer.result() > 0);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(results[i].ok(), qPrintable(results[i].error().toString()));
        auto snapshot = Snapshot::open(file + QString::number(i));
        QVERIFY(snapshot.ok());
        auto v = AuditLog((*snapshot)->database()).verify();
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
    }
}

void SnapshotSuite::failureLeavesNothingBehind()
{
    populate();
    const QString missing = m_files.filePath("no/such/folder/x.snapshot");
    auto info = Snapshot::exportTo(db(), missing);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code(), ErrorCode::Io);
    QVERIFY(info.error().subject().endsWith("no/such/folder"));

    // An existing snapshot survives a failed export over it: the target is not writable
    // as a file (it is a directory), and the partial file is removed.
    const QString dirAsTarget = m_files.filePath("occupied");
    QVERIFY(QDir().mkpath(dirAsTarget + "/inside"));
    QVERIFY(!Snapshot::exportTo(db(), dirAsTarget).ok());
    QVERIFY(QFileInfo(dirAsTarget).isDir());
    QCOMPARE(QDir(m_files.path()).entryList({"occupied.partial*"}, QDir::Files | QDir::Hidden), QStringList());
}

void SnapshotSuite::refusesAFileThatIsNotASnapshot()
{
    const QString notSqlite = m_files.filePath("notes.txt");
    QVERIFY(TestSupport::writeFile(notSqlite, "hello"));
    auto a = Snapshot::open(notSqlite);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().subject(), notSqlite);
    QVERIFY(!Snapshot::open(m_files.filePath("absent.snapshot")).ok());
    // A Mothership database is not a snapshot either.
    if (db().backend() == Database::Backend::Sqlite) {
        auto b = Snapshot::open(db().location().databaseName());
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code(), ErrorCode::Parse);
    }
}
