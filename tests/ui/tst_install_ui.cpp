// One-click install from the Modules page, through the real window: a registry served over
// loopback HTTP (the demo registry built and signed at build time), the demo vendor's
// license key typed into the dialog, checked, kept in the keychain (gnome-keyring under
// dbus-run-session), and the operation run with its steps shown. Then a tampered package:
// the dialog says what failed and that the site is as it was. Cancel during a download (a
// server that trickles one byte at a time), and "Upgrade all" from a site's page.

#include "ConsoleServices.h"
#include "MainWindow.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "dialogs/InstallDialog.h"
#include "inventory/Inventory.h"
#include "lifecycle/LicenseGate.h"
#include "lifecycle/Operation.h"
#include "lifecycle/Orchestrator.h"
#include "models/CatalogModel.h"
#include "modules/ModulesPage.h"
#include "registry/MinisignPublicKey.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "secrets/SecretStore.h"
#include "sites/SitePage.h"
#include "sites/SitesPage.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace ms;
using namespace Qt::StringLiterals;

class TestInstallUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_sites;
    TestHttpServer m_server;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T* find(const QString& name) const
    {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->objectName() == name && qobject_cast<T*>(top))
                return qobject_cast<T*>(top);
            if (T* w = top->findChild<T*>(name))
                return w;
        }
        return nullptr;
    }

    QStringList installed(const QString& site) const
    {
        QStringList list;
        const auto modules = m_services->orchestrator().modules(site);
        if (!modules)
            return {modules.error().toString()};
        for (const ModuleStatus& m : *modules)
            list << m.module + '@' + m.version.toString();
        list.sort();
        return list;
    }

    /// Selects @p module on the Modules page and opens the install dialog from its button.
    InstallDialog* openDialogFor(const QString& module)
    {
        auto* page = find<ModulesPage>("modulesPage");
        auto* search = find<QLineEdit>("catalogSearch");
        auto* view = find<QTableView>("catalogView");
        search->clear();
        QTest::keyClicks(search, module);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(CatalogModel::ModuleNameRole).toString() == module) {
                view->selectRow(row);
                break;
            }
        }
        if (page->currentModule() != module)
            return nullptr;
        auto* button = find<QPushButton>("installButton");
        if (!button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return find<InstallDialog>("installDialog");
    }

    static void checkSite(InstallDialog* dialog, const QString& site)
    {
        auto* sites = dialog->findChild<QListWidget*>("installSites");
        QTRY_VERIFY(sites->count() >= 5);
        for (int i = 0; i < sites->count(); ++i) {
            if (sites->item(i)->data(Qt::UserRole).toString() == site)
                sites->item(i)->setCheckState(Qt::Checked);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_sites = m_tmp.filePath("sites");
        QVERIFY(TestSupport::copyTree(TestSupport::sourcePath("resources/demo/sites"), m_sites));
        const QString registry = TestSupport::buildPath("resources/demo/registry");
        QVERIFY2(QFileInfo::exists(registry + "/catalog.json.minisig"), qPrintable(registry));
        QVERIFY(m_server.start());
        m_server.serveDirectory(registry, "/");

        auto services = ConsoleServices::open(m_tmp.filePath("mothership.db"));
        QVERIFY2(services.ok(), qPrintable(services.error().toString()));
        m_services = std::move(*services);
        auto key = MinisignPublicKey::load(TestSupport::sourcePath("resources/demo/keys/demo-registry.pub"));
        QVERIFY2(key.ok(), qPrintable(key.error().toString()));
        QVERIFY(m_services->registries().add("demo", m_server.url("/").toString(), {*key}).ok());
        const QByteArray jwk
            = TestSupport::readFile(TestSupport::sourcePath("resources/demo/keys/a64-vendor.jwk"));
        QVERIFY(m_services->orchestrator().licenses().trust("a64", jwk, "a64-vendor.jwk").ok());

        m_window = std::make_unique<MainWindow>(*m_services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy scanned(m_window.get(), &MainWindow::scanFinished);
        m_window->scan({m_sites});
        QTRY_COMPARE(scanned.count(), 1);
        std::unique_ptr<RegistrySyncJob> refresh(m_services->registries().refresh());
        refresh->exec();
        QVERIFY2(!refresh->error().isError(), qPrintable(refresh->error().toString()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }

    void thePageListsTheCatalog()
    {
        QVERIFY(m_window->pageNames().contains("modules"));
        QCOMPARE(m_window->pageNames().indexOf("modules"), m_window->pageNames().indexOf("sites") + 1);
        QVERIFY(m_window->showPage("modules"));
        auto* view = find<QTableView>("catalogView");
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QTRY_COMPARE(view->model()->rowCount(), 12);
        QVERIFY(find<QComboBox>("tagFilter")->isVisible()); // the demo catalog has tags
        QVERIFY(!find<QLabel>("updatesBadge")->isVisible()); // nothing installed yet
        QVERIFY(!find<QPushButton>("installButton")->isEnabled()); // nothing selected
    }

    void aWrongLicenseKeyIsRefusedBeforeAnythingIsDownloaded()
    {
        InstallDialog* dialog = openDialogFor("reports");
        QVERIFY(dialog);
        checkSite(dialog, "capacita");
        auto* plan = dialog->findChild<QTreeWidget*>("installPlan");
        QTRY_VERIFY(plan->topLevelItemCount() >= 1);
        QLineEdit* key = nullptr;
        QTRY_VERIFY((key = dialog->findChild<QLineEdit*>("licenseKey")) != nullptr);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        auto* run = dialog->findChild<QPushButton*>("installRun");
        QTRY_VERIFY(run->isEnabled());
        m_server.clearRequests();
        QTest::keyClicks(key, "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJhNjQifQ.bm90LWEtc2lnbmF0dXJl");
        QSignalSpy finished(dialog, &InstallDialog::operationFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog->findChild<QLabel*>("licenseStatus")->text().contains("refused"));
        QVERIFY(dialog->findChild<QPushButton*>("installDetails")->isVisible());
        for (const TestHttpServer::Request& r : m_server.requests())
            QVERIFY2(!r.path.endsWith(".tar.gz"), r.path.constData());
        QCOMPARE(installed("capacita"), QStringList());
        QTest::mouseClick(dialog->findChild<QPushButton*>("installClose"), Qt::LeftButton);
        QTRY_VERIFY(!find<InstallDialog>("installDialog"));
    }

    void installALicensedModuleOnASite()
    {
        InstallDialog* dialog = openDialogFor("reports");
        QVERIFY(dialog);
        auto* version = dialog->findChild<QComboBox*>("installVersion");
        QVERIFY(version->currentText().contains("1.2.0")); // latest by default
        checkSite(dialog, "capacita");
        auto* plan = dialog->findChild<QTreeWidget*>("installPlan");
        QTRY_COMPARE(plan->topLevelItemCount(), 1);
        QCOMPARE(plan->topLevelItem(0)->text(0), QString("capacita"));
        QCOMPARE(plan->topLevelItem(0)->text(2), QString("reports"));
        QCOMPARE(plan->topLevelItem(0)->text(3), QString("1.2.0"));
        QLineEdit* key = nullptr;
        QTRY_VERIFY((key = dialog->findChild<QLineEdit*>("licenseKey")) != nullptr);
        const QByteArray token
            = TestSupport::readFile(TestSupport::sourcePath("resources/demo/licenses/reports.license"))
                  .trimmed();
        QTest::keyClicks(key, QString::fromLatin1(token));
        auto* run = dialog->findChild<QPushButton*>("installRun");
        QTRY_VERIFY(run->isEnabled());
        QSignalSpy finished(dialog, &InstallDialog::operationFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(dialog->findChild<QLabel*>("installResult")->text()));

        // The steps were shown, the site runs it, the key went to the keychain only.
        auto* steps = dialog->findChild<QListWidget*>("installSteps");
        QStringList shown;
        for (int i = 0; i < steps->count(); ++i)
            shown << steps->item(i)->text();
        QVERIFY2(shown.join('\n').contains("Downloading reports"), qPrintable(shown.join('\n')));
        QVERIFY2(shown.join('\n').contains("Activating reports"), qPrintable(shown.join('\n')));
        QCOMPARE(dialog->findChild<QProgressBar*>("installProgress")->value(), 1);
        QVERIFY(dialog->findChild<QPushButton*>("installClose")->isVisible());
        QVERIFY(!dialog->findChild<QPushButton*>("installCancel")->isVisible());
        QCOMPARE(installed("capacita"), QStringList {"reports@1.2.0"});
        auto stored = m_services->secrets().readBlocking(SecretStore::licenseKey("capacita", "reports"));
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(stored->trimmed(), token);
        QVERIFY(!TestSupport::readFile(m_tmp.filePath("mothership.db")).contains(token));

        // The page follows: installed on one site, shown in the details.
        auto* page = find<ModulesPage>("modulesPage");
        const int row = page->model()->rowOf("reports");
        QTRY_COMPARE(page->model()->index(row, 0).data(CatalogModel::InstalledCountRole).toInt(), 1);
        QTRY_VERIFY(find<QTextBrowser>("moduleDetails")->toPlainText().contains("capacita: 1.2.0"));
        QTest::mouseClick(dialog->findChild<QPushButton*>("installClose"), Qt::LeftButton);
        QTRY_VERIFY(!find<InstallDialog>("installDialog"));
    }

    void aTamperedPackageFailsAndLeavesTheSiteAsItWas()
    {
        // payroll needs documents: documents goes in first, then payroll's package is bad.
        QByteArray bytes = TestSupport::readFile(
            TestSupport::buildPath("resources/demo/registry/payroll/2.1.0/payroll-2.1.0.tar.gz"));
        QVERIFY(bytes.size() > 100);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        TestHttpServer::Route tampered;
        tampered.body = bytes;
        m_server.setRoute("/payroll/2.1.0/payroll-2.1.0.tar.gz", tampered);
        const QStringList before = installed("salarium");

        InstallDialog* dialog = openDialogFor("payroll");
        QVERIFY(dialog);
        checkSite(dialog, "salarium");
        auto* plan = dialog->findChild<QTreeWidget*>("installPlan");
        QTRY_COMPARE(plan->topLevelItemCount(), 2);
        QCOMPARE(plan->topLevelItem(0)->text(2), QString("documents"));
        QVERIFY(!dialog->findChild<QLineEdit*>("licenseKey"));
        auto* run = dialog->findChild<QPushButton*>("installRun");
        QTRY_VERIFY(run->isEnabled());
        QSignalSpy finished(dialog, &InstallDialog::operationFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        const QString result = dialog->findChild<QLabel*>("installResult")->text();
        QVERIFY2(result.contains("Failed on salarium"), qPrintable(result));
        QVERIFY2(result.contains("as it was before"), qPrintable(result));
        QVERIFY(dialog->findChild<QPushButton*>("installDetails")->isVisible());
        QCOMPARE(installed("salarium"), before);
        QVERIFY(!QFileInfo::exists(m_sites + "/salarium/modules/documents/current"));
        m_server.removeRoute("/payroll/2.1.0/payroll-2.1.0.tar.gz");
        QTest::mouseClick(dialog->findChild<QPushButton*>("installClose"), Qt::LeftButton);
    }

    void cancelDuringTheDownloadLeavesTheSiteAsItWas()
    {
        // A package that would take over a minute to arrive: one byte every 100 ms.
        const QByteArray path = "/events/1.1.0/events-1.1.0.tar.gz";
        TestHttpServer::Route slow;
        slow.body = TestSupport::readFile(TestSupport::buildPath("resources/demo/registry" + QString::fromLatin1(path)));
        QVERIFY(slow.body.size() > 100);
        slow.mode = TestHttpServer::Mode::Trickle;
        m_server.setRoute(path, slow);
        const QStringList before = installed("latinos");

        InstallDialog* dialog = openDialogFor("events");
        QVERIFY(dialog);
        checkSite(dialog, "latinos");
        auto* plan = dialog->findChild<QTreeWidget*>("installPlan");
        QTRY_COMPARE(plan->topLevelItemCount(), 1);
        auto* run = dialog->findChild<QPushButton*>("installRun");
        QTRY_VERIFY(run->isEnabled());
        QSignalSpy finished(dialog, &InstallDialog::operationFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        auto requested = [this, &path] {
            for (const TestHttpServer::Request& r : m_server.requests()) {
                if (r.path == path)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(requested(), 30000);
        auto* cancel = dialog->findChild<QPushButton*>("installCancel");
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        const QString result = dialog->findChild<QLabel*>("installResult")->text();
        QVERIFY2(result.contains("Cancelled on latinos"), qPrintable(result));
        QVERIFY2(result.contains("as it was before"), qPrintable(result));
        QVERIFY(dialog->isVisible()); // Cancel stops the work; the dialog stays to say so
        QCOMPARE(installed("latinos"), before);
        QVERIFY(!QFileInfo::exists(m_sites + "/latinos/modules/events"));
        m_server.removeRoute(path);
        QTest::mouseClick(dialog->findChild<QPushButton*>("installClose"), Qt::LeftButton);
        QTRY_VERIFY(!find<InstallDialog>("installDialog"));
    }

    void upgradeAllFromASitePage()
    {
        // intellitrade runs two modules a version behind, installed as the CLI would.
        OperationRequest install;
        install.site = "intellitrade";
        install.modules = {"documents@1.1.0", "newsletter@0.9.0"};
        std::unique_ptr<Operation> operation(m_services->orchestrator().submit(install));
        operation->exec();
        QVERIFY2(operation->succeeded(), qPrintable(operation->error().toString()));
        QCOMPARE(installed("intellitrade"), (QStringList {"documents@1.1.0", "newsletter@0.9.0"}));

        QVERIFY(m_window->navigateTo("sites", "intellitrade"));
        SitePage* site = m_window->sitesPage()->sitePage();
        QTRY_COMPARE(site->site(), QString("intellitrade"));
        auto* upgradeAll = site->findChild<QPushButton*>("siteUpgradeAll");
        QTRY_VERIFY(upgradeAll->isVisible() && upgradeAll->isEnabled());
        QTest::mouseClick(upgradeAll, Qt::LeftButton);
        InstallDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = find<InstallDialog>("installDialog")) != nullptr);

        // The plan names both upgrades, from which version to which.
        auto* plan = dialog->findChild<QTreeWidget*>("installPlan");
        QTRY_COMPARE(plan->topLevelItemCount(), 2);
        QStringList planned;
        for (int i = 0; i < plan->topLevelItemCount(); ++i)
            planned << plan->topLevelItem(i)->text(2) + '@' + plan->topLevelItem(i)->text(3);
        planned.sort();
        QCOMPARE(planned, (QStringList {u"documents@1.1.0 → 1.2.0"_s, u"newsletter@0.9.0 → 0.9.3"_s}));
        auto* run = dialog->findChild<QPushButton*>("installRun");
        QTRY_VERIFY(run->isEnabled());
        QSignalSpy finished(dialog, &InstallDialog::operationFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(dialog->findChild<QLabel*>("installResult")->text()));
        QCOMPARE(installed("intellitrade"), (QStringList {"documents@1.2.0", "newsletter@0.9.3"}));

        // The site page shows the new versions without being asked.
        auto* modules = site->findChild<QTableView*>("siteModules");
        auto shows = [modules](const QString& text) {
            for (int r = 0; r < modules->model()->rowCount(); ++r) {
                for (int c = 0; c < modules->model()->columnCount(); ++c) {
                    if (modules->model()->index(r, c).data().toString() == text)
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY(shows("1.2.0") && shows("0.9.3"));
        QTest::mouseClick(dialog->findChild<QPushButton*>("installClose"), Qt::LeftButton);
        QTRY_VERIFY(!find<InstallDialog>("installDialog"));
    }
};

QTEST_MAIN(TestInstallUi)
#include "tst_install_ui.moc"
