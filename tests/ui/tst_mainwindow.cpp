// The console's window driven as an administrator would: scan the demo sites, see the
// conflict, fix it through the dialog, and plan an install.

#include "ConsoleServices.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "activity/ActivityPage.h"
#include "dialogs/InstallPlanDialog.h"
#include "dialogs/PortFixDialog.h"
#include "inventory/Inventory.h"
#include "models/AuditTableModel.h"
#include "models/SiteFilterProxyModel.h"
#include "models/SiteTableModel.h"
#include "sites/SitesPage.h"
#include "store/SettingsRepository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ms;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_sites;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T* find(const QString& name) const
    {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (T* w = top->findChild<T*>(name))
                return w;
            if (top->objectName() == name)
                return qobject_cast<T*>(top);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sites = m_tmp.filePath("sites");
        QVERIFY(TestSupport::copyTree(TestSupport::sourcePath("resources/demo/sites"), m_sites));
        auto services = ConsoleServices::open(m_tmp.filePath("mothership.db"));
        QVERIFY2(services.ok(), qPrintable(services.error().toString()));
        m_services = std::move(*services);
        m_window = std::make_unique<MainWindow>(*m_services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }

    void scanShowsTheSitesAndTheConflict()
    {
        QVERIFY(m_window->showPage("sites")); // the dashboard comes first
        QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
        m_window->scan({m_sites});
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().toBool());
        auto* table = find<QListView>("siteGrid");
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 5);
        auto* banner = find<QWidget>("conflictBanner");
        QTRY_VERIFY(banner->isVisible());
        QTRY_VERIFY(find<QLabel>("statusSummary")->text().contains("conflict"));

        // Search narrows the grid; every field counts.
        auto* search = find<QLineEdit>("siteSearch");
        QTest::keyClicks(search, "trade.example");
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QString("intellitrade"));
        search->clear();
        QCOMPARE(table->model()->rowCount(), 5);

        // Enter on a card opens the site's page with its details; Back returns to the grid.
        SitesPage* page = m_window->sitesPage();
        const QModelIndex card
            = page->proxy()->mapFromSource(page->model()->index(page->model()->rowOf("latinos"), 0));
        table->setCurrentIndex(card);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(page->isSitePageShown());
        QTRY_VERIFY(find<QLabel>("siteDetailsText")->text().contains("Latinos Comunidad"));
        QCOMPARE(m_window->sitesPage()->currentSite(), QString("latinos"));
        QTest::mouseClick(find<QPushButton>("siteBack"), Qt::LeftButton);
        QVERIFY(!page->isSitePageShown());
    }

    void fixTheConflictFromTheBanner()
    {
        QTest::mouseClick(find<QPushButton>("bannerFixButton"), Qt::LeftButton);
        PortFixDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = find<PortFixDialog>("portFixDialog")) != nullptr);
        auto* moves = dialog->findChild<QTreeWidget*>("moveList");
        QTRY_COMPARE(moves->topLevelItemCount(), 1);
        QCOMPARE(moves->topLevelItem(0)->text(0), QString("capacita"));
        QCOMPARE(moves->topLevelItem(0)->text(2), QString("3007"));
        auto* apply = dialog->findChild<QPushButton*>("applyPortFix");
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        auto* result = dialog->findChild<QLabel*>("fixResult");
        QTRY_VERIFY(result->text().contains(".bak"));
        QTRY_COMPARE(moves->topLevelItemCount(), 0);
        QVERIFY(TestSupport::readFile(m_sites + "/capacita/.env").contains("\nPORT=3007\n"));
        dialog->close();
        QTRY_VERIFY(!find<QWidget>("conflictBanner")->isVisible());
        const SiteTableModel* model = m_window->sitesPage()->model();
        QTRY_COMPARE(model->site("capacita")->port, 3007);
    }

    void planAnInstall()
    {
        QVERIFY(SettingsRepository(m_services->database()).setValue("platform.core_version", "1.4.0").ok());
        m_window->findChild<QAction*>("actionPlanInstall")->trigger();
        InstallPlanDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = find<InstallPlanDialog>("installPlanDialog")) != nullptr);
        auto* site = dialog->findChild<QComboBox*>("planSite");
        QTRY_COMPARE(site->count(), 5);
        site->setCurrentIndex(site->findData("intellitrade"));
        // The version installed in the site's node_modules outranks the setting.
        QTRY_COMPARE(dialog->findChild<QLineEdit*>("planCore")->text(), QString("1.4.2"));
        site->setCurrentIndex(site->findData("latinos"));
        QTRY_COMPARE(dialog->findChild<QLineEdit*>("planCore")->text(), QString("1.3.5"));
        site->setCurrentIndex(site->findData("intellitrade"));
        QTRY_COMPARE(dialog->findChild<QLineEdit*>("planCore")->text(), QString("1.4.2"));
        dialog->findChild<QLineEdit*>("planCatalog")->setText(TestSupport::fixturePath("catalogs/main.json"));
        dialog->findChild<QLineEdit*>("planRequests")->setText("farm_manager@^1.8");
        QTest::mouseClick(dialog->findChild<QPushButton*>("planResolve"), Qt::LeftButton);
        auto* plan = dialog->findChild<QTableWidget*>("planTable");
        QTRY_COMPARE(plan->rowCount(), 2);
        QCOMPARE(plan->item(1, 1)->text(), QString("farm_manager"));
        QVERIFY(plan->item(0, 3)->text().startsWith("required by farm_manager"));

        // No solution: the explanation says why.
        dialog->findChild<QLineEdit*>("planRequests")->setText("farm_manager@^1.8 legacy_farm");
        QTest::mouseClick(dialog->findChild<QPushButton*>("planResolve"), Qt::LeftButton);
        auto* explanation = dialog->findChild<QPlainTextEdit*>("planExplanation");
        QTRY_VERIFY(explanation->isVisible());
        QVERIFY(explanation->toPlainText().contains("legacy_farm"));
        dialog->close();
    }

    void activityShowsWhatWasDone()
    {
        QVERIFY(m_window->showPage("activity"));
        QCOMPARE(m_window->currentPage(), QString("activity"));
        auto* table = find<QTableView>("activityTable");
        QVERIFY(table->isVisible());
        QTRY_VERIFY(table->model()->rowCount() >= 2);
        // Newest first: the port fix, then the scan.
        QCOMPARE(table->model()->index(0, AuditTableModel::Action).data().toString(), QString("Port fix"));
        QCOMPARE(table->model()->index(0, AuditTableModel::Site).data().toString(), QString("capacita"));
        QCOMPARE(table->model()->index(0, AuditTableModel::Change).data().toString(), QString("3006 → 3007"));
        table->selectRow(0);
        QTRY_VERIFY(find<QPlainTextEdit>("activityDetails")->toPlainText().contains(".bak"));

        QSignalSpy verified(m_window->activityPage(), &ActivityPage::verified);
        QTest::mouseClick(find<QPushButton>("activityVerify"), Qt::LeftButton);
        QTRY_COMPARE(verified.count(), 1);
        QVERIFY(verified.first().first().toBool());
        QVERIFY(find<QLabel>("activityChain")->text().contains("intact"));

        // Filters narrow the table.
        QTest::keyClicks(find<QLineEdit>("activitySite"), "capacita");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        auto* outcome = find<QComboBox>("activityOutcome");
        outcome->setCurrentIndex(outcome->findData("failure"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        outcome->setCurrentIndex(0);
        QTRY_COMPARE(table->model()->rowCount(), 1);

        QSignalSpy exported(m_window->activityPage(), &ActivityPage::exported);
        m_window->activityPage()->exportCsvTo(m_tmp.filePath("audit.csv"));
        QTRY_COMPARE(exported.count(), 1);
        const QByteArray csv = TestSupport::readFile(m_tmp.filePath("audit.csv"));
        QVERIFY(csv.startsWith("id,time,actor,action"));
        QVERIFY(csv.contains("ports.fix"));
        QVERIFY(!csv.contains("inventory.scan")); // the site filter applies to the export
        find<QLineEdit>("activitySite")->clear();
        QVERIFY(m_window->showPage("sites"));
        QVERIFY(!m_window->showPage("nowhere"));
        // Settings comes last in the sidebar.
        QCOMPARE(m_window->pageNames().last(), QString("settings"));
        QVERIFY(m_window->showPage("settings"));
        QVERIFY(find<QWidget>("settingsPage")->isVisible());
        QVERIFY(m_window->showPage("sites"));
    }

    void snapshotExportThenOpenIsReadOnly()
    {
        // A new conflict, recorded before the snapshot is taken.
        QVERIFY(TestSupport::writeFile(m_sites + "/latinos/.env", "PORT=3004\n"));
        QSignalSpy scanned(m_window.get(), &MainWindow::scanFinished);
        m_window->scan();
        QTRY_COMPARE(scanned.count(), 1);
        const QString file = m_tmp.filePath("console.snapshot");
        QSignalSpy exported(m_window.get(), &MainWindow::snapshotExported);
        m_window->exportSnapshot(file);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(exported.first().first().toBool());

        MainWindow* snapshot = MainWindow::openSnapshotWindow(file);
        QVERIFY(snapshot);
        QVERIFY(QTest::qWaitForWindowExposed(snapshot));
        auto* banner = snapshot->findChild<QLabel*>("snapshotBanner");
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains("Read-only snapshot"));
        QVERIFY(!snapshot->findChild<QAction*>("actionRescan")->isEnabled());
        QVERIFY(!snapshot->findChild<QAction*>("actionAddAppsDir")->isEnabled());
        auto* table = snapshot->findChild<QListView*>("siteGrid");
        QTRY_COMPARE(table->model()->rowCount(), 5);
        // The fix dialog shows the plan but cannot apply it.
        snapshot->findChild<QAction*>("actionPortConflicts")->trigger();
        PortFixDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = snapshot->findChild<PortFixDialog*>("portFixDialog")) != nullptr);
        QTRY_COMPARE(dialog->findChild<QTreeWidget*>("moveList")->topLevelItemCount(), 1);
        QVERIFY(dialog->findChild<QLabel*>("fixResult")->text().contains("read-only"));
        QVERIFY(!dialog->findChild<QPushButton*>("applyPortFix")->isEnabled());
        dialog->close();
        snapshot->close();
    }

    void changesOnDiskAppearWithoutARestart()
    {
        m_services->inventory().setWatching(true);
        QVERIFY(TestSupport::writeFile(m_sites + "/latinos/.env", "PORT=3033\nSITE_TITLE=\"Latinos Hoy\"\n"));
        const SiteTableModel* model = m_window->sitesPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->site("latinos")->port, 3033, 5000);
        QCOMPARE(model->site("latinos")->displayTitle(), QString("Latinos Hoy"));
        m_services->inventory().setWatching(false);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
