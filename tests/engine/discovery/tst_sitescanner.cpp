#include "TestSupport.h"
#include "discovery/DotEnv.h"
#include "discovery/PortAllocator.h"
#include "discovery/SiteScanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ms::PortSource;
using ms::ScanOptions;
using ms::ScanResult;
using ms::Site;
using ms::SiteScanner;
using ms::SiteStatus;

Q_DECLARE_METATYPE(PortSource)
Q_DECLARE_METATYPE(SiteStatus)

namespace {

QString apps()
{
    return TestSupport::fixturePath("discovery/apps");
}

const Site* findSite(const ScanResult& result, const QString& name)
{
    for (const Site& s : result.sites) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList names(const ScanResult& result)
{
    QStringList out;
    for (const Site& s : result.sites)
        out << s.name;
    return out;
}

QStringList problemMessages(const ScanResult& result)
{
    QStringList out;
    for (const ms::ScanProblem& p : result.problems)
        out << p.toString();
    return out;
}

} // namespace

class TestSiteScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheSitesInAnAppsDir();
    void siteFields_data();
    void siteFields();
    void pluginsMergePackageJsonAndEnv();
    void siteJsonWins();
    void brokenSitesKeptWithWhatCouldBeRead_data();
    void brokenSitesKeptWithWhatCouldBeRead();
    void problemsNeverQuoteSecrets();
    void envRules_data();
    void envRules();
    void derivesPortsOnlyWhenAsked();
    void pluginScopeOption();
    void linksFollowedOnceAndLoopsSkipped();
    void missingAppsDirReportedOthersScanned();
    void sameDirectoryTwiceScannedOnce();
    void duplicateNamesAreErrors();
    void scanSiteOnAFolderThatIsNotASite();
};

void TestSiteScanner::findsTheSitesInAnAppsDir()
{
    const ScanResult result = SiteScanner::scan({apps()});
    // docs/ has no site file; .cache/ is hidden.
    QCOMPARE(names(result), QStringList({"admin", "clinic", "farm-north", "shop", "warehouse"}));
    QVERIFY2(result.problems.isEmpty(), qPrintable(problemMessages(result).join('\n')));
    for (const Site& s : result.sites) {
        QCOMPARE(s.status, SiteStatus::Ok);
        QCOMPARE(s.appsDir, apps());
        QVERIFY(s.path.startsWith(apps() + '/'));
    }
}

void TestSiteScanner::siteFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("port");
    QTest::addColumn<PortSource>("portSource");
    QTest::addColumn<QString>("portKey");
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("sources");
    QTest::newRow("admin: APP_PORT, BASE_URL, flags")
        << "admin"
        << "Platform Admin" << 3000 << PortSource::EnvFile << "APP_PORT" << QStringList {"admin.example.org"}
        << "production" << QStringList {"audit", "sso"} << "platform" << QStringList {".env", "package.json"};
    QTest::newRow("clinic: site.json wins")
        << "clinic"
        << "Clinic East" << 3200 << PortSource::SiteJson << "port"
        << QStringList {"clinic.example.org", "*.clinic.example.org"} << "staging" << QStringList {}
        << "healthcare" << QStringList {".env", "package.json", "site.json"};
    QTest::newRow("farm-north: PORT, domain list, comment after title")
        << "farm-north"
        << "Farm North" << 3101 << PortSource::EnvFile << "PORT"
        << QStringList {"farm-north.example.org", "www.farm-north.example.org"} << "production"
        << QStringList {"analytics", "export"} << "agriculture" << QStringList {".env", "package.json"};
    QTest::newRow("shop: package.json only, derived port")
        << "shop"
        << "shop" << ms::PortAllocator::hashedPort(u"shop") << PortSource::Derived << "" << QStringList {}
        << "production" << QStringList {} << "" << QStringList {"package.json"};
    QTest::newRow("warehouse: CRLF, export, HOST=0.0.0.0 skipped")
        << "warehouse"
        << "Warehouse & Logistics" << 3300 << PortSource::EnvFile << "SERVER_PORT"
        << QStringList {"warehouse.example.org"} << "staging" << QStringList {"barcodes"} << "logistics"
        << QStringList {".env"};
}

void TestSiteScanner::siteFields()
{
    QFETCH(QString, name);
    QFETCH(QString, title);
    QFETCH(int, port);
    QFETCH(PortSource, portSource);
    QFETCH(QString, portKey);
    QFETCH(QStringList, domains);
    QFETCH(QString, environment);
    QFETCH(QStringList, features);
    QFETCH(QString, context);
    QFETCH(QStringList, sources);
    const ScanResult result = SiteScanner::scan({apps()});
    const Site* s = findSite(result, name);
    QVERIFY(s);
    QCOMPARE(s->title, title);
    QCOMPARE(s->port, port);
    QCOMPARE(s->portSource, portSource);
    QCOMPARE(s->portKey, portKey);
    QCOMPARE(s->domains, domains);
    QCOMPARE(s->environment, environment);
    QCOMPARE(s->features, features);
    QCOMPARE(s->businessContext, context);
    QCOMPARE(s->sources, sources);
}

void TestSiteScanner::pluginsMergePackageJsonAndEnv()
{
    const ScanResult result = SiteScanner::scan({apps()});
    const Site* s = findSite(result, "farm-north");
    QVERIFY(s);
    QStringList got;
    for (const ms::SitePlugin& p : s->plugins)
        got << QString("%1 %2 %3 %4").arg(p.name, p.versionSpec, p.source, p.enabled ? "on" : "off");
    QCOMPARE(got,
             QStringList({"core ^1.6.0 package.json on", "crop_planner 0.9.x package.json on",
                          "farm_manager ^1.8.0 package.json on",
                          "inventory ^2.1.0 package.json off", // PLUGIN_INVENTORY_ENABLED=false
                          "weather  .env on"})); // only in .env
}

void TestSiteScanner::siteJsonWins()
{
    const ScanResult result = SiteScanner::scan({apps()});
    const Site* s = findSite(result, "clinic");
    QVERIFY(s);
    QCOMPARE(s->path, apps() + "/clinic-east");
    QCOMPARE(s->instances, 2);
    QCOMPARE(s->agent, QString("https://host-b.internal:7400"));
    QCOMPARE(s->reloadCommand, QString("systemctl reload clinic-east"));
    QCOMPARE(s->modulesDir, apps() + "/shared-modules/clinic");
    QCOMPARE(findSite(result, "admin")->modulesDir, apps() + "/admin/modules");
}

void TestSiteScanner::brokenSitesKeptWithWhatCouldBeRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<SiteStatus>("status");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("errorLines");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("title");
    QTest::newRow("good") << "good" << SiteStatus::Ok << "" << QList<int> {} << 5100 << "good";
    QTest::newRow("unterminated quote")
        << "bad-env" << SiteStatus::Error << ".env" << QList<int> {5} << 5200 << "Half Read";
    QTest::newRow("package.json not JSON")
        << "bad-package" << SiteStatus::Error << "package.json" << QList<int> {5} << 5300 << "bad-package";
    QTest::newRow("site.json wrong types")
        << "bad-sitejson" << SiteStatus::Error << "site.json" << QList<int> {3, 4, 5}
        << ms::PortAllocator::hashedPort(u"bad-sitejson") << "bad-sitejson";
    QTest::newRow("lines without =") << "bad-line" << SiteStatus::Error << ".env" << QList<int> {2, 4} << 5500
                                     << "Bad Line";
}

void TestSiteScanner::brokenSitesKeptWithWhatCouldBeRead()
{
    QFETCH(QString, name);
    QFETCH(SiteStatus, status);
    QFETCH(QString, file);
    QFETCH(QList<int>, errorLines);
    QFETCH(int, port);
    QFETCH(QString, title);
    const QString dir = TestSupport::fixturePath("discovery/apps-broken");
    const ScanResult result = SiteScanner::scan({dir});
    QCOMPARE(result.sites.size(), 5);
    const Site* s = findSite(result, name);
    QVERIFY(s);
    QCOMPARE(s->status, status);
    QCOMPARE(s->port, port);
    QCOMPARE(s->title, title);
    QList<int> lines;
    for (const ms::ScanProblem& p : s->problems) {
        if (!p.fatal)
            continue;
        QCOMPARE(p.file, s->path + '/' + file);
        QCOMPARE(p.site, name);
        lines << p.line;
        QVERIFY(std::any_of(result.problems.cbegin(), result.problems.cend(), [&](const ms::ScanProblem& q) {
            return q.file == p.file && q.line == p.line && q.message == p.message;
        }));
    }
    QCOMPARE(lines, errorLines);
}

void TestSiteScanner::problemsNeverQuoteSecrets()
{
    const QStringList dirs {apps(), TestSupport::fixturePath("discovery/apps-broken")};
    const ScanResult result = SiteScanner::scan(dirs);
    QVERIFY(!result.problems.isEmpty());
    // Every value of every .env in the fixtures that is not a field a Site carries.
    QStringList secrets;
    for (const QString& dir : dirs) {
        for (const QString& folder : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString path = dir + '/' + folder + "/.env";
            const ms::DotEnv env = ms::DotEnv::parseLenient(TestSupport::readFile(path), path);
            for (const ms::DotEnv::Entry& e : env.entries()) {
                if (e.key.contains("PASSWORD") || e.key.contains("SECRET") || e.key.contains("KEY")
                    || e.key == "DATABASE_URL")
                    secrets << e.value;
            }
        }
    }
    secrets << "never closed"; // the unterminated value in apps-broken/bad-env
    QVERIFY(secrets.size() >= 6);
    for (const ms::ScanProblem& p : result.problems) {
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!p.toString().contains(secret), qPrintable(p.file)); // never print the secret itself
    }
}

void TestSiteScanner::envRules_data()
{
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<QByteArray>("siteJson");
    QTest::addColumn<int>("port"); // -1: derived
    QTest::addColumn<QString>("portKey");
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("warnings");
    const QByteArray none;
    QTest::newRow("invalid PORT falls to APP_PORT") << QByteArray("PORT=abc\nAPP_PORT=4000\n") << none << 4000
                                                    << "APP_PORT" << QStringList {} << "production" << 1;
    QTest::newRow("SERVER_PORT before HTTP_PORT")
        << QByteArray("HTTP_PORT=8080\nSERVER_PORT=4001\n") << none << 4001 << "SERVER_PORT" << QStringList {}
        << "production" << 0;
    QTest::newRow("out of range: derived")
        << QByteArray("SERVER_PORT=70000\n") << none << -1 << "" << QStringList {} << "production" << 1;
    QTest::newRow("NODE_ENV dev") << QByteArray("NODE_ENV=dev\n") << none << -1 << "" << QStringList {}
                                  << "development" << 0;
    QTest::newRow("APP_ENV uat") << QByteArray("APP_ENV=uat\n") << none << -1 << "" << QStringList {}
                                 << "staging" << 0;
    QTest::newRow("NODE_ENV first") << QByteArray("APP_ENV=production\nNODE_ENV=test\n") << none << -1 << ""
                                    << QStringList {} << "development" << 0;
    QTest::newRow("unknown environment: default, warned")
        << QByteArray("ENVIRONMENT=weird\n") << none << -1 << "" << QStringList {} << "production" << 1;
    QTest::newRow("HOST bind address, BASE_URL used")
        << QByteArray("HOST=0.0.0.0\nBASE_URL=https://x.org:8443/app\n") << none << -1 << ""
        << QStringList {"x.org"} << "production" << 0;
    QTest::newRow("DOMAIN before HOSTNAME")
        << QByteArray("HOSTNAME=h.org\nDOMAIN=d.org, e.org\n") << none << -1 << ""
        << QStringList {"d.org", "e.org"} << "production" << 0;
    QTest::newRow("site.json wins over .env")
        << QByteArray("PORT=4003\nNODE_ENV=production\nDOMAIN=e.org\n")
        << QByteArray(R"({"port": 5000, "environment": "development", "domains": ["S.org"]})") << 5000
        << "port" << QStringList {"s.org"} << "development" << 0;
    QTest::newRow("site.json without port") << QByteArray("PORT=4002\n") << QByteArray(R"({"title": "T"})")
                                            << 4002 << "PORT" << QStringList {} << "production" << 0;
    QTest::newRow("PLUGIN flag neither true nor false")
        << QByteArray("PLUGIN_X_ENABLED=maybe\n") << none << -1 << "" << QStringList {} << "production" << 1;
}

void TestSiteScanner::envRules()
{
    QFETCH(QByteArray, env);
    QFETCH(QByteArray, siteJson);
    QFETCH(int, port);
    QFETCH(QString, portKey);
    QFETCH(QStringList, domains);
    QFETCH(QString, environment);
    QFETCH(int, warnings);
    QTemporaryDir dir;
    QVERIFY(TestSupport::writeFile(dir.filePath("site/.env"), env));
    if (!siteJson.isEmpty())
        QVERIFY(TestSupport::writeFile(dir.filePath("site/site.json"), siteJson));
    const ScanResult result = SiteScanner::scan({dir.path()});
    QCOMPARE(result.sites.size(), 1);
    const Site& s = result.sites.constFirst();
    QCOMPARE(s.port, port == -1 ? ms::PortAllocator::hashedPort(u"site") : port);
    QCOMPARE(s.portSource,
             port == -1              ? PortSource::Derived
                 : portKey == "port" ? PortSource::SiteJson
                                     : PortSource::EnvFile);
    QCOMPARE(s.portKey, portKey);
    QCOMPARE(s.domains, domains);
    QCOMPARE(s.environment, environment);
    QCOMPARE(s.problems.size(), warnings);
    QCOMPARE(s.status, warnings ? SiteStatus::Warning : SiteStatus::Ok);
}

void TestSiteScanner::derivesPortsOnlyWhenAsked()
{
    ScanOptions options;
    options.derivePorts = false;
    const ScanResult result = SiteScanner::scan({apps()}, options);
    const Site* shop = findSite(result, "shop");
    QVERIFY(shop);
    QCOMPARE(shop->port, 0);
    QCOMPARE(shop->portSource, PortSource::None);
}

void TestSiteScanner::pluginScopeOption()
{
    ScanOptions options;
    options.pluginScope = "@acme";
    const ScanResult result = SiteScanner::scan({apps()}, options);
    QStringList got;
    for (const ms::SitePlugin& p : findSite(result, "farm-north")->plugins)
        got << p.name + ' ' + p.source;
    QCOMPARE(got, QStringList({"farm_manager .env", "inventory .env", "weather .env"}));
}

void TestSiteScanner::linksFollowedOnceAndLoopsSkipped()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("apps");
    QVERIFY(TestSupport::copyTree(apps(), dir));
    QVERIFY(TestSupport::writeFile(tmp.filePath("outside/ext/.env"), "PORT=6100\n"));
    QVERIFY(QFile::link(".", dir + "/self"));
    QVERIFY(QFile::link("..", dir + "/up"));
    QVERIFY(QFile::link("farm-north", dir + "/farm-alias"));
    QVERIFY(QFile::link(tmp.filePath("outside/ext"), dir + "/external"));
    QVERIFY(QFile::link("nowhere", dir + "/dangling"));
    QVERIFY(QFile::link("loop-b", dir + "/loop-a"));
    QVERIFY(QFile::link("loop-a", dir + "/loop-b"));

    const ScanResult result = SiteScanner::scan({dir});
    QCOMPARE(names(result), QStringList({"admin", "clinic", "external", "farm-north", "shop", "warehouse"}));
    QCOMPARE(findSite(result, "external")->path, dir + "/external");
    QCOMPARE(findSite(result, "farm-north")->path, dir + "/farm-north");
    QStringList linkProblems;
    for (const ms::ScanProblem& p : result.problems) {
        QVERIFY(!p.fatal);
        linkProblems << QFileInfo(p.file).fileName();
    }
    linkProblems.sort();
    QVERIFY2(linkProblems.size() == 6, qPrintable(problemMessages(result).join('\n')));
    QCOMPARE(linkProblems, QStringList({"dangling", "farm-alias", "loop-a", "loop-b", "self", "up"}));
}

void TestSiteScanner::missingAppsDirReportedOthersScanned()
{
    const ScanResult result = SiteScanner::scan({"/nonexistent/apps", apps()});
    QCOMPARE(result.sites.size(), 5);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.constFirst().file, QString("/nonexistent/apps"));
    QVERIFY(result.problems.constFirst().fatal);
}

void TestSiteScanner::sameDirectoryTwiceScannedOnce()
{
    QTemporaryDir tmp;
    QVERIFY(QFile::link(apps(), tmp.filePath("alias")));
    const ScanResult result = SiteScanner::scan({apps(), tmp.filePath("alias"), apps() + "/"});
    QCOMPARE(result.sites.size(), 5);
}

void TestSiteScanner::duplicateNamesAreErrors()
{
    QTemporaryDir tmp;
    QVERIFY(TestSupport::writeFile(tmp.filePath("a/shop/.env"), "PORT=7001\n"));
    QVERIFY(TestSupport::writeFile(tmp.filePath("b/shop/.env"), "PORT=7002\n"));
    const ScanResult result = SiteScanner::scan({tmp.filePath("b"), tmp.filePath("a")});
    QCOMPARE(result.sites.size(), 2);
    QCOMPARE(result.sites.at(0).path, tmp.filePath("a/shop"));
    QCOMPARE(result.sites.at(0).status, SiteStatus::Ok);
    QCOMPARE(result.sites.at(1).status, SiteStatus::Error);
    QVERIFY(result.sites.at(1).problems.constFirst().message.contains(tmp.filePath("a/shop")));
}

void TestSiteScanner::scanSiteOnAFolderThatIsNotASite()
{
    QVERIFY(!SiteScanner::scanSite(apps() + "/docs", apps()).has_value());
    QVERIFY(!SiteScanner::scanSite(apps() + "/gone", apps()).has_value());
    const std::optional<Site> shop = SiteScanner::scanSite(apps() + "/shop", apps());
    QVERIFY(shop.has_value());
    QCOMPARE(shop->port, 0); // derivation needs every site: scan() or PortAllocator
}

QTEST_GUILESS_MAIN(TestSiteScanner)
#include "tst_sitescanner.moc"
