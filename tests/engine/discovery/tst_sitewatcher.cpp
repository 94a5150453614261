#include "TestSupport.h"
#include "discovery/PortAllocator.h"
#include "discovery/SiteWatcher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ms::Site;
using ms::SiteWatcher;

class TestSiteWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startReturnsTheScanAndWatches();
    void seesAnEditInPlace_data();
    void seesAnEditInPlace();
    void seesAFileReplacedByAnEditorAndTheEditAfterIt();
    void seesANewSite();
    void seesAFolderBecomeASite();
    void seesASiteRemoved();
    void seesTheLastSiteFileRemoved();
    void collapsesABurstIntoOneReport();
    void stopEndsReports();

private:
    void editFile(const QString& path, const QByteArray& from, const QByteArray& to);

    QTemporaryDir m_tmp;
    QString m_apps; // a fresh copy of the fixture for every test and row
    int m_run = 0;
};

void TestSiteWatcher::init()
{
    QVERIFY(m_tmp.isValid());
    m_apps = m_tmp.filePath(QString("apps-%1").arg(++m_run));
    QVERIFY(TestSupport::copyTree(TestSupport::fixturePath("discovery/apps"), m_apps));
}

void TestSiteWatcher::editFile(const QString& path, const QByteArray& from, const QByteArray& to)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray data = f.readAll();
    QVERIFY(data.contains(from));
    data.replace(from, to);
    QVERIFY(f.seek(0));
    QVERIFY(f.resize(0));
    QCOMPARE(f.write(data), data.size());
}

void TestSiteWatcher::startReturnsTheScanAndWatches()
{
    SiteWatcher watcher({m_apps});
    const ms::ScanResult result = watcher.start();
    QCOMPARE(result.sites.size(), 5);
    QCOMPARE(watcher.sites().size(), 5);
    const QStringList watched = watcher.watchedPaths();
    QVERIFY(watched.contains(m_apps));
    QVERIFY(watched.contains(m_apps + "/docs")); // not a site yet, but could become one
    QVERIFY(watched.contains(m_apps + "/farm-north/.env"));
    QVERIFY(watched.contains(m_apps + "/clinic-east/site.json"));
    QVERIFY(!watched.contains(m_apps + "/.cache"));
}

void TestSiteWatcher::seesAnEditInPlace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("site");
    QTest::addColumn<int>("port");
    QTest::newRow(".env") << "farm-north/.env" << QByteArray("PORT=3101") << QByteArray("PORT=3102")
                          << "farm-north" << 3102;
    QTest::newRow("site.json") << "clinic-east/site.json" << QByteArray("\"port\": 3200")
                               << QByteArray("\"port\": 3201") << "clinic" << 3201;
    QTest::newRow("package.json gains nothing but is read")
        << "shop/package.json" << QByteArray("\"5.0.0\"") << QByteArray("\"5.0.1\"") << "shop"
        << ms::PortAllocator::hashedPort(u"shop");
}

void TestSiteWatcher::seesAnEditInPlace()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, site);
    QFETCH(int, port);
    SiteWatcher watcher({m_apps});
    watcher.start();
    QSignalSpy changed(&watcher, &SiteWatcher::siteChanged);
    editFile(m_apps + '/' + file, from, to);
    QTRY_COMPARE(changed.size(), 1);
    const Site s = changed.at(0).at(0).value<Site>();
    QCOMPARE(s.name, site);
    QCOMPARE(s.port, port);
}

void TestSiteWatcher::seesAFileReplacedByAnEditorAndTheEditAfterIt()
{
    SiteWatcher watcher({m_apps});
    watcher.setDebounceMs(100);
    watcher.start();
    QSignalSpy changed(&watcher, &SiteWatcher::siteChanged);
    const QString env = m_apps + "/warehouse/.env";

    // Save as editors do: a new file renamed over the old one.
    QByteArray data = TestSupport::readFile(env);
    data.replace("SERVER_PORT=3300", "SERVER_PORT=3310");
    QSaveFile save(env);
    QVERIFY(save.open(QIODevice::WriteOnly));
    save.write(data);
    QVERIFY(save.commit());
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().at(0).value<Site>().port, 3310);

    // The new file is watched again: an edit in place after the rename is seen too.
    QTRY_VERIFY(watcher.watchedPaths().contains(env));
    changed.clear();
    editFile(env, "SERVER_PORT=3310", "SERVER_PORT=3320");
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().at(0).value<Site>().port, 3320);
}

void TestSiteWatcher::seesANewSite()
{
    SiteWatcher watcher({m_apps});
    watcher.start();
    QSignalSpy added(&watcher, &SiteWatcher::siteAdded);
    QVERIFY(TestSupport::writeFile(m_apps + "/bakery/.env", "PORT=3900\nDOMAIN=bakery.example.org\n"));
    QTRY_COMPARE(added.size(), 1);
    const Site s = added.at(0).at(0).value<Site>();
    QCOMPARE(s.name, QString("bakery"));
    QCOMPARE(s.port, 3900);
    QCOMPARE(s.domains, QStringList {"bakery.example.org"});
    QCOMPARE(watcher.sites().size(), 6);
}

void TestSiteWatcher::seesAFolderBecomeASite()
{
    SiteWatcher watcher({m_apps});
    watcher.start();
    QSignalSpy added(&watcher, &SiteWatcher::siteAdded);
    QVERIFY(TestSupport::writeFile(m_apps + "/docs/package.json", R"({"name": "docs"})"));
    QTRY_COMPARE(added.size(), 1);
    const Site s = added.at(0).at(0).value<Site>();
    QCOMPARE(s.name, QString("docs"));
    QCOMPARE(s.portSource, ms::PortSource::Derived);
    QVERIFY(s.port >= ms::PortAllocator::FirstPort && s.port <= ms::PortAllocator::LastPort);
}

void TestSiteWatcher::seesASiteRemoved()
{
    SiteWatcher watcher({m_apps});
    watcher.start();
    QSignalSpy removed(&watcher, &SiteWatcher::siteRemoved);
    QVERIFY(QDir(m_apps + "/shop").removeRecursively());
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), QString("shop"));
    QCOMPARE(removed.at(0).at(1).toString(), m_apps + "/shop");
    QCOMPARE(watcher.sites().size(), 4);
}

void TestSiteWatcher::seesTheLastSiteFileRemoved()
{
    SiteWatcher watcher({m_apps});
    watcher.start();
    QSignalSpy changed(&watcher, &SiteWatcher::siteChanged);
    QSignalSpy removed(&watcher, &SiteWatcher::siteRemoved);
    QVERIFY(QFile::remove(m_apps + "/admin/package.json"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<Site>().sources, QStringList {".env"});
    QVERIFY(QFile::remove(m_apps + "/admin/.env"));
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), QString("admin"));
}

void TestSiteWatcher::collapsesABurstIntoOneReport()
{
    SiteWatcher watcher({m_apps});
    watcher.setDebounceMs(500);
    watcher.start();
    QSignalSpy changed(&watcher, &SiteWatcher::siteChanged);
    const QString env = m_apps + "/farm-north/.env";
    for (int i = 0; i < 5; ++i)
        editFile(env, "PORT=" + QByteArray::number(3101 + i), "PORT=" + QByteArray::number(3102 + i));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<Site>().port, 3106);
    QTest::qWait(2 * watcher.debounceMs()); // nothing more is coming
    QCOMPARE(changed.size(), 1);
}

void TestSiteWatcher::stopEndsReports()
{
    SiteWatcher watcher({m_apps});
    watcher.start();
    watcher.stop();
    QVERIFY(watcher.watchedPaths().isEmpty());
    QSignalSpy changed(&watcher, &SiteWatcher::siteChanged);
    editFile(m_apps + "/farm-north/.env", "PORT=3101", "PORT=3102");
    QTest::qWait(3 * watcher.debounceMs());
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(TestSiteWatcher)
#include "tst_sitewatcher.moc"
