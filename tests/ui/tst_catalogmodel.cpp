// CatalogModel and CatalogFilterModel over the demo registry's real, signed catalog (built
// by resources/CMakeLists.txt), under QAbstractItemModelTester.

#include "ConsoleServices.h"
#include "TestSupport.h"
#include "inventory/Inventory.h"
#include "inventory/ScanJob.h"
#include "models/CatalogFilterModel.h"
#include "models/CatalogModel.h"
#include "registry/MinisignPublicKey.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ms;

namespace {

QString registryDir()
{
    return TestSupport::buildPath("resources/demo/registry");
}

std::shared_ptr<const Catalog> demoCatalog()
{
    auto parsed = Catalog::parse(TestSupport::readFile(registryDir() + "/catalog.json"));
    if (!parsed)
        qFatal("the demo catalog does not parse: %s", qPrintable(parsed.error().toString()));
    return std::make_shared<const Catalog>(*parsed);
}

CatalogModel::Installation at(const QString& site, const char* version)
{
    return {site, *Version::parse(QString::fromLatin1(version)), true, QStringLiteral("running")};
}

QStringList names(const QAbstractItemModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data(CatalogModel::ModuleNameRole).toString();
    return list;
}

} // namespace

class TestCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void columnsFromTheCatalogAndTheSites()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setCatalog(demoCatalog());
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.columnCount(), int(CatalogModel::ColumnCount));

        const int farm = model.rowOf("farm_manager");
        const int inventory = model.rowOf("inventory");
        const int reports = model.rowOf("reports");
        QVERIFY(farm >= 0 && inventory >= 0 && reports >= 0);
        QCOMPARE(model.rowOf("no_such_module"), -1);
        QCOMPARE(model.index(farm, CatalogModel::LatestColumn).data().toString(), QString("1.9.0"));
        // A prerelease is not what "latest" offers a site.
        QCOMPARE(model.index(inventory, CatalogModel::LatestColumn).data().toString(), QString("2.3.1"));
        QCOMPARE(model.index(reports, CatalogModel::LicenseColumn).data().toString(), QString("Required"));
        QVERIFY(model.index(reports, 0).data(CatalogModel::LicenseRequiredRole).toBool());
        QVERIFY(!model.index(farm, 0).data(CatalogModel::LicenseRequiredRole).toBool());
        QCOMPARE(model.index(reports, CatalogModel::KindColumn).data().toString(), QString("Shared"));
        QVERIFY(model.index(reports, 0).data(CatalogModel::TagsRole).toStringList().contains("analytics"));
        QVERIFY(model.tags().contains("analytics"));
        QCOMPARE(model.updateCount(), 0);
        QCOMPARE(model.index(farm, CatalogModel::InstalledColumn).data().toString(), QString());

        QSignalSpy updates(&model, &CatalogModel::updatesChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setInstalled({{"farm_manager", {at("latinos", "1.8.0"), at("salarium", "1.9.0")}},
                            {"reports", {at("latinos", "1.2.0")}}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(updates.last().first().toInt(), 1);
        QCOMPARE(model.updateCount(), 1);
        // (The English plural forms come from the translations, which this test does not load.)
        QVERIFY(model.index(farm, CatalogModel::InstalledColumn).data().toString().startsWith("2 site"));
        QCOMPARE(model.index(farm, 0).data(CatalogModel::InstalledCountRole).toInt(), 2);
        QVERIFY(model.index(farm, 0).data(CatalogModel::UpdateAvailableRole).toBool());
        QCOMPARE(model.index(farm, CatalogModel::UpdateColumn).data().toString(),
                 QString("Update available"));
        QVERIFY(model.index(reports, CatalogModel::InstalledColumn).data().toString().startsWith("1 site"));
        QVERIFY(!model.index(reports, 0).data(CatalogModel::UpdateAvailableRole).toBool());
        QCOMPARE(model.updatesFor("latinos"), QStringList {"farm_manager"});
        QCOMPARE(model.updatesFor("salarium"), QStringList());
        QCOMPARE(model.installations("farm_manager").size(), 2);

        // A new catalog is a reset; what is installed stays joined.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCatalog(demoCatalog());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.updateCount(), 1);
        model.setCatalog(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.updateCount(), 0);
    }

    void filtersAndSearch()
    {
        CatalogModel model;
        CatalogFilterModel filter(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCatalog(demoCatalog());
        model.setInstalled(
            {{"farm_manager", {at("latinos", "1.8.0")}}, {"reports", {at("latinos", "1.2.0")}}});
        QCOMPARE(filter.rowCount(), 12);
        QCOMPARE(names(filter).first(), QString("auth_sso")); // by name

        // Search as you type: every prefix narrows, best match first.
        filter.setSearchText("f");
        const int f = filter.rowCount();
        filter.setSearchText("far");
        QVERIFY(filter.rowCount() <= f);
        filter.setSearchText("farm");
        QStringList found = names(filter);
        QCOMPARE(found.first(), QString("farm_manager"));
        QVERIFY(found.contains("legacy_farm"));
        QVERIFY(!found.contains("payroll"));
        filter.setSearchText("spreadsheets"); // in reports' description only
        QCOMPARE(names(filter), QStringList {"reports"});
        filter.setSearchText("zzzz_nothing");
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText("  ");
        QCOMPARE(filter.rowCount(), 12);

        filter.setKind(int(ModuleKind::Shared));
        QVERIFY(names(filter).contains("reports"));
        QVERIFY(!names(filter).contains("farm_manager"));
        filter.setKind(std::nullopt);
        filter.setTag("analytics");
        QVERIFY(names(filter).contains("reports"));
        QVERIFY(!names(filter).contains("payroll"));
        filter.setTag({});

        filter.setInstalledOnly(true);
        QCOMPARE(names(filter), (QStringList {"farm_manager", "reports"}));
        filter.setUpdatesOnly(true);
        QCOMPARE(names(filter), QStringList {"farm_manager"});
        // Filters follow what the sites run.
        model.setInstalled({{"farm_manager", {at("latinos", "1.9.0")}}});
        QCOMPARE(filter.rowCount(), 0);
        filter.setUpdatesOnly(false);
        QCOMPARE(names(filter), QStringList {"farm_manager"});
        filter.setInstalledOnly(false);

        // Search survives a new catalog (positions are looked up again).
        filter.setSearchText("payroll");
        model.setCatalog(demoCatalog());
        QCOMPARE(names(filter), QStringList {"payroll"});
    }

    void followsTheRegistriesAndTheSites()
    {
        QTemporaryDir tmp;
        QVERIFY(
            TestSupport::copyTree(TestSupport::sourcePath("resources/demo/sites"), tmp.filePath("sites")));
        auto services = ConsoleServices::open(tmp.filePath("mothership.db"));
        QVERIFY2(services.ok(), qPrintable(services.error().toString()));
        ConsoleServices& s = **services;
        CatalogModel model(s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);

        auto key = MinisignPublicKey::load(TestSupport::sourcePath("resources/demo/keys/demo-registry.pub"));
        QVERIFY2(key.ok(), qPrintable(key.error().toString()));
        QVERIFY(s.registries().add("demo", QUrl::fromLocalFile(registryDir()).toString(), {*key}).ok());
        std::unique_ptr<RegistrySyncJob> refresh(s.registries().refresh());
        refresh->exec();
        QVERIFY2(!refresh->error().isError(), qPrintable(refresh->error().toString()));
        QTRY_COMPARE(model.rowCount(), 12);

        // Sites with a modules.lock.json are read off the GUI thread after a scan.
        TestSupport::writeFile(
            tmp.filePath("sites/latinos/modules.lock.json"),
            R"({"schema":1,"modules":[{"module_name":"farm_manager","version":"1.7.0","enabled":true}]})");
        QSignalSpy loaded(&model, &CatalogModel::installedLoaded);
        std::unique_ptr<Job> scan(s.inventory().scanJob({tmp.filePath("sites")}));
        scan->exec();
        QVERIFY(scan->succeeded());
        QTRY_VERIFY(loaded.count() >= 1);
        QTRY_COMPARE(
            model.index(model.rowOf("farm_manager"), 0).data(CatalogModel::InstalledCountRole).toInt(), 1);
        QCOMPARE(model.updatesFor("latinos"), QStringList {"farm_manager"});
        QCOMPARE(model.installations("farm_manager").first().site, QString("latinos"));
    }
};

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
