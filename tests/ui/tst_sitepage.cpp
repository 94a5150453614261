// The Sites page as an administrator uses it: the grid of site cards and its filters, a
// site's page with its installed modules, and a module disabled and enabled again through
// the confirmation box — real engine operations on a copy of the demo sites, with packages
// from a registry packed on disk (TestRegistry).

#include "ConsoleServices.h"
#include "TestRegistry.h"
#include "TestSupport.h"
#include "health/HealthMonitor.h"
#include "inventory/Inventory.h"
#include "inventory/ScanJob.h"
#include "lifecycle/LocalPackageFetcher.h"
#include "lifecycle/ModuleState.h"
#include "lifecycle/Operation.h"
#include "lifecycle/Orchestrator.h"
#include "models/AuditTableModel.h"
#include "models/SiteFilterProxyModel.h"
#include "models/SiteModulesModel.h"
#include "models/SiteTableModel.h"
#include "sites/SitePage.h"
#include "sites/SitesPage.h"
#include "snapshot/SnapshotJob.h"
#include "store/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ms;
using namespace Qt::StringLiterals;

namespace {

/// Clicks the confirm button of the next confirmation box as soon as it shows.
void acceptNextConfirmation()
{
    QTimer::singleShot(0, [] {
        auto attempt = std::make_shared<std::function<void()>>();
        *attempt = [attempt] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box && box->objectName() == u"moduleConfirm"_s) {
                box->findChild<QPushButton*>(u"moduleConfirmYes"_s)->click();
                return;
            }
            QTimer::singleShot(20, *attempt);
        };
        (*attempt)();
    });
}

int comboIndex(QComboBox* combo, const QVariant& data)
{
    return combo->findData(data);
}

} // namespace

class TestSitePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_sites;
    TestRegistry m_registry;
    LocalPackageFetcher m_fetcher;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<SitesPage> m_page;

    QListView* grid() const { return m_page->findChild<QListView*>(u"siteGrid"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sites = m_tmp.filePath(u"sites"_s);
        QVERIFY(TestSupport::copyTree(TestSupport::sourcePath(u"resources/demo/sites"_s), m_sites));
        QString error;
        QVERIFY2(m_registry.build(TestSupport::fixturePath(u"lifecycle/registry.json"_s),
                                  m_tmp.filePath(u"registry"_s), &error),
                 qPrintable(error));
        auto services = ConsoleServices::open(m_tmp.filePath(u"mothership.db"_s));
        QVERIFY2(services.ok(), qPrintable(services.error().toString()));
        m_services = std::move(*services);
        m_fetcher.addRegistry(m_registry.catalog().registry(), m_registry.dir());
        m_services->orchestrator().setCatalog(m_registry.catalog());
        m_services->orchestrator().setFetcher(&m_fetcher);

        std::unique_ptr<ScanJob> scan(m_services->inventory().scanJob({m_sites}));
        scan->exec();
        QVERIFY(scan->succeeded());

        // One module on latinos, installed by the engine as the CLI would.
        OperationRequest install;
        install.site = u"latinos"_s;
        install.modules = {u"inventory@2.0.0"_s};
        install.core = *Version::parse(u"1.5.0"_s);
        std::unique_ptr<Operation> operation(m_services->orchestrator().submit(install));
        operation->exec();
        QVERIFY2(operation->succeeded(), qPrintable(operation->error().toString()));

        m_page = std::make_unique<SitesPage>(*m_services);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->reload();
        QTRY_COMPARE(m_page->model()->rowCount(), 5);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_services.reset();
    }

    void gridShowsACardPerSite()
    {
        QAbstractItemModelTester proxyTester(m_page->proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(m_page.get(), &SitesPage::loaded);
        m_page->reload();
        QTRY_COMPARE(loaded.count(), 1);
        QListView* view = grid();
        QVERIFY(view);
        QCOMPARE(view->viewMode(), QListView::IconMode);
        QVERIFY(view->uniformItemSizes());
        QCOMPARE(view->model()->rowCount(), 5);
        // Cards are painted by the delegate, not widgets: the grid has no index widgets.
        QVERIFY(!view->indexWidget(view->model()->index(0, 0)));
        const SiteTableModel* model = m_page->model();
        const QModelIndex latinos = model->index(model->rowOf(u"latinos"_s), 0);
        QCOMPARE(latinos.data(SiteTableModel::ModuleCountRole).toInt(), 1);
        QCOMPARE(latinos.data(SiteTableModel::ModuleNamesRole).toStringList(), QStringList {u"inventory"_s});
        QCOMPARE(model->index(model->rowOf(u"admin"_s), 0).data(SiteTableModel::ModuleCountRole).toInt(), 0);
        // The conflict is on the cards and the banner names the backup the fix keeps.
        QVERIFY(model->index(model->rowOf(u"capacita"_s), 0).data(SiteTableModel::ConflictRole).toBool());
        QVERIFY(m_page->findChild<QWidget*>(u"conflictBanner"_s)->isVisible());
        QVERIFY(m_page->findChild<QLabel*>(u"conflictBannerText"_s)
                    ->text()
                    .contains(u".env.&lt;UTC time&gt;.bak"_s));
        QVERIFY(!view->grab().isNull());
    }

    void filtersNarrowTheGrid()
    {
        QListView* view = grid();
        auto* module = m_page->findChild<QComboBox*>(u"moduleFilter"_s);
        auto* environment = m_page->findChild<QComboBox*>(u"environmentFilter"_s);
        auto* health = m_page->findChild<QComboBox*>(u"healthFilter"_s);
        auto* search = m_page->findChild<QLineEdit*>(u"siteSearch"_s);
        QVERIFY(module && environment && health && search);

        QTRY_VERIFY(comboIndex(module, u"inventory"_s) > 0);
        module->setCurrentIndex(comboIndex(module, u"inventory"_s));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(SiteTableModel::SiteNameRole).toString(), u"latinos"_s);
        module->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), 5);

        // The demo runs latinos in staging and the others in production.
        QVERIFY(comboIndex(environment, u"staging"_s) > 0);
        environment->setCurrentIndex(comboIndex(environment, u"staging"_s));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(SiteTableModel::SiteNameRole).toString(), u"latinos"_s);
        environment->setCurrentIndex(comboIndex(environment, u"production"_s));
        QCOMPARE(view->model()->rowCount(), 4);
        environment->setCurrentIndex(0);

        // Health follows the monitor's signal; the filter reads the cached state.
        health->setCurrentIndex(comboIndex(health, int(ScopeState::Down)));
        QCOMPARE(view->model()->rowCount(), 0);
        ScopeHealth down;
        down.site = u"salarium"_s;
        down.state = ScopeState::Down;
        down.reason = u"liveness: connection refused"_s;
        Q_EMIT m_services->health().scopeChanged(down);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(SiteTableModel::HealthReasonRole).toString(), down.reason);
        health->setCurrentIndex(comboIndex(health, -1));
        QCOMPARE(view->model()->rowCount(), 4);
        health->setCurrentIndex(0);

        QTest::keyClicks(search, u"trade.example"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(SiteTableModel::SiteNameRole).toString(), u"intellitrade"_s);
        search->clear();
        QCOMPARE(view->model()->rowCount(), 5);
    }

    void sitePageDisablesAndEnablesAModule()
    {
        QListView* view = grid();
        SitePage* site = m_page->sitePage();
        QAbstractItemModelTester modulesTester(site->modulesModel(),
                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Double-click the card.
        const int row = m_page->proxy()
                            ->mapFromSource(m_page->model()->index(m_page->model()->rowOf(u"latinos"_s), 0))
                            .row();
        const QModelIndex card = view->model()->index(row, 0);
        view->scrollTo(card);
        // The view takes a double click as a press on the card followed by the double click.
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, view->visualRect(card).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(card).center());
        auto* stack = m_page->findChild<QStackedWidget*>(u"sitesStack"_s);
        QTRY_COMPARE(stack->currentWidget()->objectName(), u"sitePage"_s);
        QCOMPARE(site->site(), u"latinos"_s);
        QVERIFY(m_page->findChild<QLabel*>(u"siteDetailsText"_s)->text().contains(u"Latinos Comunidad"_s));

        auto* table = site->findChild<QTableView*>(u"siteModules"_s);
        auto* tabs = site->findChild<QTabWidget*>(u"siteTabs"_s);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), u"Overview"_s);
        tabs->setCurrentIndex(tabs->indexOf(table->parentWidget()));
        QVERIFY(table->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 1);
        auto stateOf = [table] {
            return table->model()->index(0, 0).data(SiteModulesModel::StateRole).toInt();
        };
        QCOMPARE(stateOf(), int(ModuleState::Running));
        auto* enable = site->findChild<QPushButton*>(u"moduleEnable"_s);
        auto* disable = site->findChild<QPushButton*>(u"moduleDisable"_s);
        auto* rollback = site->findChild<QPushButton*>(u"moduleRollback"_s);
        auto* upgrade = site->findChild<QPushButton*>(u"moduleUpgrade"_s);
        QTRY_VERIFY(disable->isEnabled());
        QVERIFY(!enable->isEnabled());
        QVERIFY(!rollback->isEnabled()); // nothing earlier on disk
        QVERIFY(upgrade->isEnabled()); // the catalog has 2.1.0
        QVERIFY(upgrade->toolTip().contains(u"2.1.0"_s));

        // A cancelled confirmation changes nothing.
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        QSignalSpy finished(site, &SitePage::operationFinished);
        QTest::mouseClick(disable, Qt::LeftButton);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!site->isBusy());
        QCOMPARE(stateOf(), int(ModuleState::Running));

        acceptNextConfirmation();
        QTest::mouseClick(disable, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        QTRY_COMPARE(stateOf(), int(ModuleState::Installed));
        QTRY_VERIFY(enable->isEnabled());
        QVERIFY(!disable->isEnabled());
        QVERIFY(!site->findChild<QLabel*>(u"moduleStatus"_s)->text().isEmpty());

        acceptNextConfirmation();
        QTest::mouseClick(enable, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(finished.last().first().toBool());
        QTRY_COMPARE(stateOf(), int(ModuleState::Running));
        QTRY_VERIFY(disable->isEnabled());

        // The site's activity shows both, and only this site's entries.
        AuditTableModel* activity = site->activityModel();
        QTRY_VERIFY(activity->rowCount() >= 2);
        QStringList actions;
        for (const AuditRecord& r : activity->records()) {
            QCOMPARE(r.site, u"latinos"_s);
            actions << r.action;
        }
        QVERIFY2(actions.contains(u"disable"_s), qPrintable(actions.join(u", "_s)));
        QVERIFY2(actions.contains(u"enable"_s), qPrintable(actions.join(u", "_s)));
    }

    void upgradeThenRollBack()
    {
        SitePage* site = m_page->sitePage();
        auto* table = site->findChild<QTableView*>(u"siteModules"_s);
        auto* upgrade = site->findChild<QPushButton*>(u"moduleUpgrade"_s);
        auto* rollback = site->findChild<QPushButton*>(u"moduleRollback"_s);
        QSignalSpy finished(site, &SitePage::operationFinished);
        QTRY_VERIFY(upgrade->isEnabled());
        acceptNextConfirmation();
        QTest::mouseClick(upgrade, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(site->findChild<QLabel*>(u"moduleStatus"_s)->text()));
        QTRY_COMPARE(table->model()->index(0, SiteModulesModel::Version).data().toString(), u"2.1.0"_s);
        QTRY_VERIFY(rollback->isEnabled());
        QVERIFY(!upgrade->isEnabled());

        acceptNextConfirmation();
        QTest::mouseClick(rollback, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(finished.last().first().toBool());
        QTRY_COMPARE(table->model()->index(0, SiteModulesModel::Version).data().toString(), u"2.0.0"_s);
    }

    void installButtonsShowOnlyWhenConnected()
    {
        SitePage* site = m_page->sitePage();
        auto* install = site->findChild<QPushButton*>(u"siteInstall"_s);
        auto* upgradeAll = site->findChild<QPushButton*>(u"siteUpgradeAll"_s);
        QVERIFY(install->isHidden());
        QVERIFY(upgradeAll->isHidden());
        QSignalSpy requested(site, &SitePage::installRequested);
        QTRY_VERIFY(!install->isHidden());
        QVERIFY(upgradeAll->isHidden());
        QTest::mouseClick(install, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), u"latinos"_s);

        // Back to the grid.
        QTest::mouseClick(site->findChild<QPushButton*>(u"siteBack"_s), Qt::LeftButton);
        QVERIFY(!m_page->isSitePageShown());
        QCOMPARE(m_page->currentSite(), u"latinos"_s);
    }

    void healthPanelGoesIntoATab()
    {
        SitePage* site = m_page->sitePage();
        auto* panel = new QLabel(u"health of latinos"_s);
        panel->setObjectName(u"fakeHealthPanel"_s);
        site->setHealthPanel(panel);
        QCOMPARE(site->findChild<QLabel*>(u"fakeHealthPanel"_s), panel);
    }

    void readOnlySnapshotDisablesEveryAction()
    {
        const QString file = m_tmp.filePath(u"sites.snapshot"_s);
        SnapshotJob job(m_services->database(), file);
        job.exec();
        QVERIFY2(job.succeeded(), qPrintable(job.error().toString()));
        auto snapshot = ConsoleServices::openSnapshot(file);
        QVERIFY(snapshot.ok());
        SitesPage page(**snapshot);
        page.show();
        QSignalSpy loaded(&page, &SitesPage::loaded);
        page.reload();
        QTRY_VERIFY(loaded.count() >= 1);
        QVERIFY(page.openSite(u"latinos"_s));
        QTRY_COMPARE(page.sitePage()->modulesModel()->rowCount(), 1);
        for (const char* name :
             {"moduleEnable", "moduleDisable", "moduleUpgrade", "moduleRollback", "moduleUninstall"}) {
            auto* b = page.findChild<QPushButton*>(QString::fromLatin1(name));
            QVERIFY(!b->isEnabled());
            QVERIFY(b->toolTip().contains(u"read-only"_s));
        }
    }
};

QTEST_MAIN(TestSitePage)
#include "tst_sitepage.moc"
