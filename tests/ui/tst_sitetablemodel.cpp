#include "models/AuditTableModel.h"
#include "models/SiteTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ms;

namespace {

Site site(const QString& name, int port, const QString& title = {})
{
    Site s;
    s.name = name;
    s.title = title.isEmpty() ? name : title;
    s.port = port;
    s.portSource = PortSource::EnvFile;
    s.environment = QStringLiteral("production");
    return s;
}

} // namespace

class TestSiteTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updatesRowByRowNotByReset()
    {
        SiteTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSites({site("salarium", 3005), site("admin", 3006), site("latinos", 3003)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, SiteTableModel::Name).data().toString(), QString("admin"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // latinos goes, capacita comes, salarium changes port, admin is unchanged.
        model.setSites({site("admin", 3006), site("capacita", 3007), site("salarium", 3015)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowOf("capacita"), 1);
        QCOMPARE(model.rowOf("latinos"), -1);
        QCOMPARE(model.index(2, SiteTableModel::Port).data().toString(), QString("3015"));
        model.setSites({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rolesAndConflicts()
    {
        SiteTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Site derived = site("docs", 4321);
        derived.portSource = PortSource::Derived;
        Site missing = site("old", 3100);
        missing.status = SiteStatus::Missing;
        model.setSites({site("admin", 3006, "Platform Admin"), derived, missing});
        QCOMPARE(model.index(0, SiteTableModel::Title).data().toString(), QString("Platform Admin"));
        QVERIFY(model.index(1, SiteTableModel::Port).data().toString().contains("derived"));
        QCOMPARE(model.index(2, SiteTableModel::Status).data().toString(), QString("Missing"));
        QCOMPARE(model.index(0, 0).data(SiteTableModel::SiteNameRole).toString(), QString("admin"));
        QVERIFY(!model.index(0, 0).data(SiteTableModel::ConflictRole).toBool());
        model.setConflicted({"admin"});
        QVERIFY(model.index(0, 0).data(SiteTableModel::ConflictRole).toBool());
        QVERIFY(!model.index(0, SiteTableModel::Port).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(SiteTableModel::Domains, Qt::Horizontal).toString(), QString("Domains"));
    }

    void auditModel()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditRecord fix;
        fix.id = 7;
        fix.at = QDateTime::currentDateTimeUtc();
        fix.action = "ports.fix";
        fix.site = "capacita";
        fix.fromVersion = "3006";
        fix.toVersion = "3007";
        fix.outcome = AuditRecord::Outcome::Success;
        AuditRecord failed = fix;
        failed.id = 8;
        failed.action = "install";
        failed.outcome = AuditRecord::Outcome::Failure;
        model.setRecords({failed, fix});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AuditTableModel::Action).data().toString(), QString("Install"));
        QCOMPARE(model.index(1, AuditTableModel::Action).data().toString(), QString("Port fix"));
        QCOMPARE(model.index(0, AuditTableModel::Outcome).data().toString(), QString("Failed"));
        QCOMPARE(model.index(1, 0).data(AuditTableModel::RecordIdRole).toLongLong(), 7);
        QCOMPARE(AuditTableModel::actionText("something.new"), QString("something.new"));
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void thousandSites()
    {
        SiteTableModel model;
        QList<Site> sites;
        for (int i = 0; i < 1000; ++i)
            sites << site(QStringLiteral("site%1").arg(i, 4, 10, QLatin1Char('0')), 3000 + i);
        model.setSites(sites);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.rowOf("site0999"), 999);
        sites.removeAt(500);
        model.setSites(sites);
        QCOMPARE(model.rowCount(), 999);
        QCOMPARE(model.rowOf("site0500"), -1);
    }
};

QTEST_MAIN(TestSiteTableModel)
#include "tst_sitetablemodel.moc"
