// The dashboard against a real database with the demo sites: its totals, the last
// operations from the audit log, and the demo's port conflict as an attention item that
// takes the administrator to the Sites page and the port fix. Also the job tracker, the
// Health page and its models.

#include "ConsoleServices.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "audit/AuditLog.h"
#include "common/JobTracker.h"
#include "core/Job.h"
#include "dashboard/DashboardPage.h"
#include "dialogs/PortFixDialog.h"
#include "health/HealthPage.h"
#include "health/SiteHealthPanel.h"
#include "inventory/Inventory.h"
#include "models/ProbeStateModel.h"
#include "models/SiteHealthModel.h"
#include "sites/SitesPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ms;

namespace {

/// A job a test finishes by hand.
class ManualJob : public Job
{
public:
    using Job::Job;
    void start() override {}
    void step(qint64 done, qint64 total) { Q_EMIT progress(done, total, QStringLiteral("Copying")); }
    void end() { finish(); }
};

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_sites;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the console does: English with its plural forms ("2 jobs", not "2 job(s)").
        QVERIFY(Translations::install(*QCoreApplication::instance(), "en"));
        m_sites = m_tmp.filePath("sites");
        QVERIFY(TestSupport::copyTree(TestSupport::sourcePath("resources/demo/sites"), m_sites));
        // Two modules installed on salarium, as its lock file says.
        QVERIFY(TestSupport::writeFile(m_sites + "/salarium/modules.lock.json", R"({"schema": 1, "modules": [
            {"module_name": "payroll", "version": "2.0.0", "enabled": true},
            {"module_name": "reports", "version": "1.1.0", "enabled": false}]})"));
        auto services = ConsoleServices::open(m_tmp.filePath("mothership.db"));
        QVERIFY2(services.ok(), qPrintable(services.error().toString()));
        m_services = std::move(*services);
        auto scanned = m_services->inventory().addAndScan({m_sites});
        QVERIFY2(scanned.ok(), qPrintable(scanned.error().toString()));
        AuditEvent install;
        install.action = "install";
        install.site = "salarium";
        install.module = "payroll";
        install.toVersion = "2.0.0";
        install.outcome = AuditRecord::Outcome::Success;
        install.message = "installed";
        QVERIFY(m_services->audit().record(install).ok());
        AuditEvent note; // an event, not an operation: not counted
        note.action = "health.down";
        note.site = "latinos";
        QVERIFY(m_services->audit().record(note).ok());
        m_window = std::make_unique<MainWindow>(*m_services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }

    void dashboardIsTheFirstPage()
    {
        QCOMPARE(m_window->pageNames().value(0), QString("dashboard"));
        QVERIFY(m_window->pageNames().contains("health"));
        QVERIFY(m_window->showPage("dashboard"));
        QVERIFY(m_window->findChild<DashboardPage*>("dashboardPage")->isVisible());
    }

    void totalsComeFromTheDatabase()
    {
        DashboardPage* page = m_window->dashboardPage();
        QSignalSpy loaded(page, &DashboardPage::loaded);
        page->reload();
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(page->findChild<QLabel*>("totalSites")->text(), QString("5"));
        QCOMPARE(page->findChild<QLabel*>("totalModules")->text(), QString("2"));
        // The scan and the install; the health event is not an operation.
        QCOMPARE(page->findChild<QLabel*>("operationsToday")->text(), QString("2"));
        auto* recent = page->findChild<QTableView*>("recentOperations");
        QCOMPARE(recent->model()->rowCount(), 2);
        QCOMPARE(recent->model()->index(0, 3).data().toString(), QString("salarium"));
        // No probes have run: every site's state is unknown.
        QCOMPARE(page->findChild<QLabel*>("healthCount_unknown")->text(), QString("5"));
        QCOMPARE(page->findChild<QLabel*>("healthCount_up")->text(), QString("0"));
        // A workspace with sites offers no demo.
        QVERIFY(!page->findChild<QWidget*>("demoPanel")->isVisible());
    }

    void portConflictLeadsToTheFix()
    {
        DashboardPage* page = m_window->dashboardPage();
        auto* list = page->findChild<QListWidget*>("attentionList");
        QTRY_VERIFY(!page->attentionItems().isEmpty());
        int row = -1;
        for (int i = 0; i < page->attentionItems().size(); ++i) {
            if (page->attentionItems().at(i).kind == AttentionItem::Kind::PortConflict)
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(page->attentionItems().at(row).site, QString("capacita"));
        QVERIFY(list->item(row)->text().contains("3006"));

        QSignalSpy navigate(page, &DashboardPage::navigateRequested);
        const QRect rect = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(navigate.count(), 1);
        QCOMPARE(navigate.first().at(0).toString(), QString("sites"));
        QCOMPARE(m_window->currentPage(), QString("sites"));
        PortFixDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<PortFixDialog*>("portFixDialog")) != nullptr);
        dialog->close();
    }

    void emptyWorkspaceOffersTheDemo()
    {
        QTemporaryDir empty;
        auto services = ConsoleServices::open(empty.filePath("empty.db"));
        QVERIFY(services.ok());
        DashboardPage page(**services);
        page.show();
        QSignalSpy loaded(&page, &DashboardPage::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        auto* panel = page.findChild<QWidget*>("demoPanel");
        QVERIFY(panel->isVisible());
        QSignalSpy demo(&page, &DashboardPage::demoRequested);
        QTest::mouseClick(page.findChild<QPushButton*>("openDemo"), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        page.setOfferDemo(false); // --demo or a snapshot
        QVERIFY(!panel->isVisible());
    }

    void healthPageListsEverySite()
    {
        QVERIFY(m_window->showPage("health"));
        HealthPage* page = m_window->healthPage();
        QCOMPARE(page->objectName(), QString("healthPage"));
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_COMPARE(page->model()->rowCount(), 5);
        QVERIFY(page->selectSite("latinos"));
        QCOMPARE(page->panel()->site(), QString("latinos"));
        QVERIFY(page->findChild<QLabel*>("siteHealthTitle")->text().contains("latinos"));
        // The window choice reloads the charts.
        QSignalSpy loaded(page->panel(), &SiteHealthPanel::loaded);
        auto* window = page->findChild<QComboBox*>("healthWindow");
        QCOMPARE(window->count(), 3);
        window->setCurrentIndex(0);
        QTRY_VERIFY(loaded.count() >= 1);
        QVERIFY(!page->selectSite("nowhere"));
    }

    void siteHealthModelFollowsTheMonitor()
    {
        SiteHealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ProbeStatus ready;
        ready.key = "b/ready";
        ready.site = "b";
        ready.name = "ready";
        ready.state = ProbeState::Failing;
        ready.last.at = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
        ProbeStatus live = ready;
        live.key = "b/live";
        live.name = "live";
        live.state = ProbeState::Passing;
        ScopeHealth b;
        b.site = "b";
        b.state = ScopeState::NotReady;
        b.reason = "ready fails";
        BreakerStatus breaker;
        breaker.target = "localhost:3004";
        breaker.sites = {"b"};
        breaker.state = BreakerState::Open;
        model.update({"c", "a", "b"}, {b}, {ready, live}, {breaker});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rows().at(1).site, QString("b"));
        QCOMPARE(model.rows().at(1).failing, QStringList{"ready"});
        QCOMPARE(model.rows().at(1).state, ScopeState::NotReady);
        QCOMPARE(model.rows().at(1).openBreakers, 1);
        QCOMPARE(model.index(1, SiteHealthModel::State).data(Qt::ToolTipRole).toString(), QString("ready fails"));
        QCOMPARE(model.rows().at(0).probes, 0);
        model.update({"b", "d"}, {}, {}, {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rows().at(1).site, QString("d"));
        QCOMPARE(model.rows().at(0).state, ScopeState::Unknown);
    }

    void probeStateModelUpdatesInPlace()
    {
        ProbeStateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ProbeStatus a;
        a.key = "s/m/a";
        a.site = "s";
        a.module = "m";
        a.name = "a";
        ProbeStatus own = a;
        own.key = "s/own";
        own.module.clear();
        own.name = "own";
        model.setProbes({a, own});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProbeStateModel::Probe).data().toString(), QString("own")); // the site's own first
        QCOMPARE(model.index(1, ProbeStateModel::Probe).data().toString(), QString("m/a"));
        a.state = ProbeState::Failing;
        a.lastError = "connection refused";
        a.last.latencyUs = 12500;
        a.last.at = QDateTime::currentDateTimeUtc();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.update(a);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ProbeStateModel::LastError).data().toString(), QString("connection refused"));
        QVERIFY(model.index(1, ProbeStateModel::Latency).data().toString().startsWith("12.5"));
        ProbeStatus b = a;
        b.key = "s/m/b";
        b.name = "b";
        model.update(b);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf("s/m/b"), 2);
    }

    void followsADarkPalette()
    {
        // The window under a dark palette, as a dark desktop theme gives it: the dashboard's
        // cards, chart and sidebar turn dark too (nothing keeps a hard-coded light colour).
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2f, 0x2f, 0x2f));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        QApplication::setPalette(dark);
        QVERIFY(m_window->showPage("dashboard"));
        QTest::qWait(200);
        const QImage image = m_window->grab().toImage();
        // The site cards, the selected one included, are drawn from the same palette.
        QVERIFY(m_window->showPage("sites"));
        m_window->sitesPage()->showGrid();
        auto* siteGrid = m_window->findChild<QListView*>("siteGrid");
        siteGrid->setCurrentIndex(siteGrid->model()->index(0, 0));
        QTest::qWait(200);
        QVERIFY(siteGrid->isVisible());
        const QImage sites = m_window->grab().toImage();
        QApplication::setPalette(light);
        const QString dir = TestSupport::buildPath("screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(image.save(dir + "/dashboard-dark.png"));
        // Mostly dark: the average lightness of the picture is low.
        qint64 sum = 0, n = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4, ++n)
                sum += QColor(image.pixel(x, y)).lightness();
        }
        QVERIFY2(sum / n < 90, qPrintable(QString("average lightness %1").arg(sum / n)));
        QVERIFY(sites.save(dir + "/sites-dark.png"));
        const QRect grid = siteGrid->geometry();
        qint64 gridSum = 0, gridN = 0;
        const QPoint origin = siteGrid->mapTo(m_window.get(), QPoint(0, 0));
        for (int y = origin.y(); y < origin.y() + grid.height(); y += 4) {
            for (int x = origin.x(); x < origin.x() + grid.width(); x += 4, ++gridN)
                gridSum += QColor(sites.pixel(x, y)).lightness();
        }
        QVERIFY2(gridSum / gridN < 90, qPrintable(QString("site grid's average lightness %1").arg(gridSum / gridN)));
        QVERIFY(m_window->showPage("dashboard"));
        const QImage chart = m_window->findChild<QWidget*>("healthChart")->grab().toImage();
        QVERIFY(QColor(chart.pixel(chart.width() / 2, 8)).lightness() < 90);
    }

    void jobTrackerShowsRunningJobs()
    {
        auto* tracker = m_window->jobTracker();
        QVERIFY(!tracker->isVisible());
        ManualJob first, second;
        tracker->track(&first, "Copying the sites");
        QVERIFY(tracker->isVisible());
        QCOMPARE(tracker->findChild<QLabel*>("jobLabel")->text(), QString("Copying the sites"));
        first.step(1, 4);
        QCOMPARE(tracker->findChild<QProgressBar*>("jobProgress")->value(), 250);
        tracker->track(&second, "Writing the snapshot");
        QCOMPARE(tracker->runningCount(), 2);
        QVERIFY(tracker->findChild<QLabel*>("jobLabel")->text().contains("2 jobs"));
        QVERIFY(tracker->findChild<QWidget*>("jobListButton")->isVisible());
        first.end();
        QCOMPARE(tracker->runningTitles(), QStringList{"Writing the snapshot"});
        second.end();
        QCOMPARE(tracker->runningCount(), 0);
        QVERIFY(!tracker->isVisible());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
