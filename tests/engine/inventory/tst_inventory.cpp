#include "inventory/Inventory.h"

#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "inventory/ScanJob.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ms;

/// The inventory over the demo workspace copied to a temporary directory, on a SQLite file.
class TestInventory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_sites;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Inventory> m_inventory;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_sites = m_tmp.filePath(QStringLiteral("sites-%1").arg(QTest::currentTestFunction()));
        QVERIFY(TestSupport::copyTree(TestSupport::sourcePath("resources/demo/sites"), m_sites));
        auto db = Database::open(m_tmp.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(*db);
        m_audit = std::make_unique<AuditLog>(*m_db);
        m_inventory = std::make_unique<Inventory>(*m_db, m_audit.get());
    }

    void cleanup()
    {
        m_inventory.reset();
        m_audit.reset();
        m_db.reset();
    }

    void scansTheDemoAndAudits()
    {
        QSignalSpy changed(m_inventory.get(), &Inventory::sitesChanged);
        auto outcome = m_inventory->addAndScan({m_sites});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().toString()));
        QCOMPARE(outcome->summary.added, 5);
        QVERIFY(outcome->problems.isEmpty());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(*m_inventory->appsDirs(), QStringList{m_sites});
        auto sites = m_inventory->sites();
        QCOMPARE(sites->size(), 5);
        QCOMPARE(m_inventory->site("intellitrade")->port, 3004);
        QCOMPARE(m_inventory->site("admin")->domains, QStringList({"admin.example.com", "*.admin.example.com"}));

        auto entries = m_audit->entries({.action = "inventory.scan"});
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->first().message.contains(m_sites));
    }

    void rescanUpdatesInPlaceAndMarksMissing()
    {
        QVERIFY(m_inventory->addAndScan({m_sites}).ok());
        const qint64 id = m_inventory->site("latinos")->id;
        QVERIFY(m_inventory->setTitleOverride("latinos", "Latinos (override)").ok());
        QVERIFY(TestSupport::writeFile(m_sites + "/latinos/.env", "PORT=3013\nSITE_TITLE=Renamed\n"));
        QVERIFY(QDir(m_sites + "/salarium").removeRecursively());
        auto again = m_inventory->rescan();
        QVERIFY(again.ok());
        QCOMPARE(again->summary.missing, 1);
        const Site latinos = *m_inventory->site("latinos");
        QCOMPARE(latinos.id, id);
        QCOMPARE(latinos.port, 3013);
        QCOMPARE(latinos.title, QString("Renamed"));
        QCOMPARE(latinos.displayTitle(), QString("Latinos (override)"));
        QCOMPARE(m_inventory->site("salarium")->status, SiteStatus::Missing);
        QCOMPARE(m_inventory->sites()->size(), 5);
    }

    void findsAndFixesTheDemoConflict()
    {
        QVERIFY(m_inventory->addAndScan({m_sites}).ok());
        auto report = m_inventory->ports();
        QVERIFY(report.ok());
        const auto shared = std::find_if(report->conflicts.cbegin(), report->conflicts.cend(),
                                         [](const PortConflict& c) { return c.kind == ConflictKind::SharedPort; });
        QVERIFY(shared != report->conflicts.cend());
        QCOMPARE(shared->port, 3006);
        QCOMPARE(shared->sites, QStringList({"admin", "capacita"}));
        QCOMPARE(report->plan.moves.size(), 1);
        QCOMPARE(report->plan.moves.first().site, QString("capacita"));
        QCOMPARE(report->plan.moves.first().to, 3007);

        const QByteArray before = TestSupport::readFile(m_sites + "/capacita/.env");
        auto fixed = m_inventory->fixPorts();
        QVERIFY2(fixed.ok(), qPrintable(fixed.error().toString()));
        QVERIFY(fixed->applied.ok());
        QCOMPARE(fixed->applied.changes.size(), 1);
        QCOMPARE(TestSupport::readFile(fixed->applied.changes.first().backupPath), before);
        QVERIFY(TestSupport::readFile(m_sites + "/capacita/.env").contains("\nPORT=3007\n"));
        QCOMPARE(m_inventory->site("capacita")->port, 3007);
        auto after = m_inventory->ports();
        QVERIFY(std::none_of(after->conflicts.cbegin(), after->conflicts.cend(),
                             [](const PortConflict& c) { return c.kind == ConflictKind::SharedPort; }));
        auto audited = m_audit->entries({.action = "ports.fix"});
        QCOMPARE(audited->size(), 1);
        QCOMPARE(audited->first().site, QString("capacita"));
        QCOMPARE(audited->first().toVersion, QString("3007"));
    }

    void aPortListeningElsewhereIsAConflict()
    {
        // Something that is not a site holds latinos' port.
        QTcpServer squatter;
        if (!squatter.listen(QHostAddress::LocalHost, 3003))
            QSKIP("port 3003 is busy on this machine");
        QVERIFY(m_inventory->addAndScan({m_sites}).ok());
        auto report = m_inventory->ports();
        QVERIFY(report.ok());
        QVERIFY(std::any_of(report->conflicts.cbegin(), report->conflicts.cend(), [](const PortConflict& c) {
            return c.port == 3003 && (c.kind == ConflictKind::PortTaken || c.kind == ConflictKind::InUseOnMachine);
        }));
    }

    void contextWithFallback()
    {
        QVERIFY(m_inventory->addAndScan({m_sites}).ok());
        QCOMPARE(m_inventory->byDomain("trade.example.com")->site, QString("intellitrade"));
        QCOMPARE(m_inventory->byDomain("eu.admin.example.com")->kind, ContextMatchKind::WildcardDomain);
        QCOMPARE(m_inventory->byPort(3005)->site, QString("salarium"));
        QCOMPARE(m_inventory->byContext("latinos")->site, QString("latinos"));
        const ContextMatch none = *m_inventory->byDomain("nowhere.test");
        QCOMPARE(none.kind, ContextMatchKind::Fallback);
        QCOMPARE(none.site, QString("admin"));
        QVERIFY(SettingsRepository(*m_db).setValue(Inventory::FallbackSiteSetting, "latinos").ok());
        QCOMPARE(m_inventory->byDomain("nowhere.test")->site, QString("latinos"));
    }

    void scanJobRunsOffThisThread()
    {
        ScanJob* job = m_inventory->scanJob({m_sites});
        QSignalSpy finished(job, &Job::finished);
        job->start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->outcome().summary.added, 5);
        delete job;
    }

    void watchingPicksUpAnEdit()
    {
        QVERIFY(m_inventory->addAndScan({m_sites}).ok());
        m_inventory->setWatching(true);
        QSignalSpy changed(m_inventory.get(), &Inventory::sitesChanged);
        QVERIFY(TestSupport::writeFile(m_sites + "/latinos/.env", "PORT=3023\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory->site("latinos")->port, 3023, 5000);
        QVERIFY(changed.count() >= 1);
        m_inventory->setWatching(false);
    }

    void badDirectoryIsNamed()
    {
        auto outcome = m_inventory->addAndScan({m_tmp.filePath("nope")});
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code(), ErrorCode::NotFound);
        QCOMPARE(outcome.error().subject(), m_tmp.filePath("nope"));
        QVERIFY(m_inventory->appsDirs()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
