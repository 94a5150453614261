// The Settings page: apps directories added and removed through the inventory, a registry
// added with its real minisign key and refreshed from its signed catalog (the demo
// registry), the keychain's state, the language setting and the data locations.

#include "ConsoleServices.h"
#include "DemoWorkspace.h"
#include "TestSupport.h"
#include "inventory/Inventory.h"
#include "registry/MinisignPublicKey.h"
#include "registry/RegistryService.h"
#include "settings/SettingsPage.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace ms;
using namespace Qt::StringLiterals;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<SettingsPage> m_page;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        auto services = ConsoleServices::open(m_tmp.filePath(u"mothership.db"_s));
        QVERIFY2(services.ok(), qPrintable(services.error().toString()));
        m_services = std::move(*services);
        m_page = std::make_unique<SettingsPage>(*m_services);
        m_page->resize(900, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_services.reset();
    }

    void addAndRemoveAnAppsDirectory()
    {
        const QString sites = m_tmp.filePath(u"sites"_s);
        QVERIFY(TestSupport::copyTree(TestSupport::sourcePath(u"resources/demo/sites"_s), sites));
        auto* list = m_page->findChild<QListWidget*>(u"appsDirList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 0);
        QVERIFY(m_page->findChild<QPushButton*>(u"appsDirAdd"_s)->isEnabled());
        QVERIFY(!m_page->findChild<QPushButton*>(u"appsDirRemove"_s)->isEnabled());

        m_page->addAppsDirectory(sites);
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QDir::cleanPath(sites));
        QTRY_VERIFY(m_page->findChild<QLabel*>(u"appsDirStatus"_s)->text().contains(u"5 new"_s));
        QCOMPARE(m_services->inventory().sites()->size(), 5);

        list->setCurrentRow(0);
        QVERIFY(m_page->findChild<QPushButton*>(u"appsDirRemove"_s)->isEnabled());
        m_page->removeAppsDirectory(list->item(0)->text());
        QTRY_COMPARE(list->count(), 0);
        QCOMPARE(m_services->inventory().appsDirs()->size(), 0);
    }

    void addAndRefreshARegistry()
    {
        auto demo = DemoWorkspace::prepare(m_tmp.filePath(u"demo"_s));
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        auto* registries = m_page->findChild<QTreeWidget*>(u"registryList"_s);
        QCOMPARE(registries->topLevelItemCount(), 0);
        QVERIFY(!m_page->findChild<QPushButton*>(u"registryRefresh"_s)->isEnabled());

        // A bad key file is refused in words.
        QVERIFY(!m_page->addRegistry(u"demo"_s, QUrl::fromLocalFile(demo->registry).toString(),
                                     m_tmp.filePath(u"nothing.pub"_s), 5));
        QVERIFY(!m_page->findChild<QLabel*>(u"registryStatus"_s)->text().isEmpty());

        QVERIFY(m_page->addRegistry(u"demo"_s, QUrl::fromLocalFile(demo->registry).toString(),
                                    demo->registryKey, 5));
        QTRY_COMPARE(registries->topLevelItemCount(), 1);
        QTreeWidgetItem* row = registries->topLevelItem(0);
        QCOMPARE(row->text(0), u"demo"_s);
        QCOMPARE(row->text(2), u"5"_s);
        const QString keyId = MinisignPublicKey::load(demo->registryKey)->keyIdHex();
        QCOMPARE(row->text(3), keyId);
        QCOMPARE(row->text(4), u"never"_s);

        auto* refresh = m_page->findChild<QPushButton*>(u"registryRefresh"_s);
        QTRY_VERIFY(refresh->isEnabled());
        QSignalSpy loaded(m_page.get(), &SettingsPage::registriesLoaded);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(registries->topLevelItemCount() == 1
                                     && registries->topLevelItem(0)->text(5).startsWith(u"Updated"_s),
                                 15000);
        QVERIFY(registries->topLevelItem(0)->text(4) != u"never"_s);
        QVERIFY(m_services->registries().catalog()
                && !m_services->registries().catalog()->modules().isEmpty());
    }

    void keychainStateIsShown()
    {
        auto* state = m_page->findChild<QLabel*>(u"keychainStatus"_s);
        QVERIFY(state);
        // Probed when the page showed; whichever backend answered, the page names it.
        QTRY_VERIFY_WITH_TIMEOUT(!state->text().contains(u"Checking"_s), 15000);
        QVERIFY(!state->text().isEmpty());
        QVERIFY(!state->text().contains(u"Not checked"_s));
    }

    void languageIsStoredForTheNextStart()
    {
        auto* combo = m_page->findChild<QComboBox*>(u"languageCombo"_s);
        QVERIFY(combo);
        const int spanish = combo->findData(u"es"_s);
        QVERIFY(spanish > 0);
        combo->setCurrentIndex(spanish);
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"es"_s);
        combo->setCurrentIndex(0);
        QVERIFY(!QSettings().contains(u"language"_s));
        QVERIFY(m_page->findChild<QLabel*>(u"languageNote"_s)->text().contains(u"next time"_s));
    }

    void dataLocations()
    {
        auto* database = m_page->findChild<QLabel*>(u"databaseLocation"_s);
        QCOMPARE(database->text(), m_tmp.filePath(u"mothership.db"_s));
        QVERIFY(m_page->findChild<QPushButton*>(u"openDatabaseFolder"_s)->isEnabled());
        QVERIFY(!m_page->findChild<QLabel*>(u"cacheLocation"_s)->text().isEmpty());
        QVERIFY(!m_page->findChild<QLabel*>(u"configLocation"_s)->text().isEmpty());
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
