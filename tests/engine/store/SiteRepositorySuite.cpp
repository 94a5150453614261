#include "SiteRepositorySuite.h"

#include "RawConnection.h"
#include "store/SiteRepository.h"

#include <QTest>

using ms::ErrorCode;
using ms::PortSource;
using ms::Site;
using ms::SiteRepository;
using ms::SiteStatus;
using Summary = ms::SiteRepository::ScanSummary;

QT_BEGIN_NAMESPACE
namespace QTest {
template<> char* toString(const Summary& s)
{
    return qstrdup(QStringLiteral("{added %1, updated %2, missing %3, unchanged %4}")
                       .arg(s.added)
                       .arg(s.updated)
                       .arg(s.missing)
                       .arg(s.unchanged)
                       .toUtf8()
                       .constData());
}
} // namespace QTest
QT_END_NAMESPACE

namespace {

const QString appsDir = QStringLiteral("/srv/apps");
const QString otherAppsDir = QStringLiteral("/srv/more-apps");

// A site with every field the scanner fills set to something distinct.
Site makeSite(const QString& name, int port, const QString& dir = appsDir)
{
    Site site;
    site.name = name;
    site.title = name + QStringLiteral(" Farms");
    site.path = dir + QLatin1Char('/') + name;
    site.appsDir = dir;
    // Not sorted: the order a site declares is kept.
    site.domains = {QStringLiteral("www.%1.test").arg(name), QStringLiteral("%1.test").arg(name),
                    QStringLiteral("*.%1.example.org").arg(name)};
    site.port = port;
    site.portSource = PortSource::EnvFile;
    site.portKey = QStringLiteral("SERVER_PORT");
    site.environment = QStringLiteral("production");
    site.features = {QStringLiteral("analytics"), QStringLiteral("chat")};
    site.plugins = {
        {QStringLiteral("farm_manager"), QStringLiteral("@paulovila/farm-manager"), QStringLiteral("^1.2.0"),
         QStringLiteral("package.json"), true},
        {QStringLiteral("inventory"), QString(), QString(), QStringLiteral(".env"), false},
    };
    site.businessContext = QStringLiteral("agriculture");
    site.instances = 2;
    site.agent = QStringLiteral("https://agent.%1.test:7443").arg(name);
    site.reloadCommand = QStringLiteral("systemctl reload %1").arg(name);
    site.modulesDir = site.path + QStringLiteral("/modules");
    site.sources = {QStringLiteral(".env"), QStringLiteral("package.json"), QStringLiteral("site.json")};
    site.status = SiteStatus::Warning;
    site.problems
        = {{name, site.path + QStringLiteral("/.env"), 7, QStringLiteral("PORT is set twice"), false}};
    return site;
}

void compareScannedFields(const Site& actual, const Site& expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.path, expected.path);
    QCOMPARE(actual.appsDir, expected.appsDir);
    QCOMPARE(actual.domains, expected.domains);
    QCOMPARE(actual.port, expected.port);
    QCOMPARE(actual.portSource, expected.portSource);
    QCOMPARE(actual.portKey, expected.portKey);
    QCOMPARE(actual.environment, expected.environment);
    QCOMPARE(actual.features, expected.features);
    QCOMPARE(actual.plugins.size(), expected.plugins.size());
    for (qsizetype i = 0; i < expected.plugins.size(); ++i) {
        QCOMPARE(actual.plugins.at(i).name, expected.plugins.at(i).name);
        QCOMPARE(actual.plugins.at(i).packageName, expected.plugins.at(i).packageName);
        QCOMPARE(actual.plugins.at(i).versionSpec, expected.plugins.at(i).versionSpec);
        QCOMPARE(actual.plugins.at(i).source, expected.plugins.at(i).source);
        QCOMPARE(actual.plugins.at(i).enabled, expected.plugins.at(i).enabled);
    }
    QCOMPARE(actual.businessContext, expected.businessContext);
    QCOMPARE(actual.instances, expected.instances);
    QCOMPARE(actual.agent, expected.agent);
    QCOMPARE(actual.reloadCommand, expected.reloadCommand);
    QCOMPARE(actual.modulesDir, expected.modulesDir);
    QCOMPARE(actual.sources, expected.sources);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.problems.size(), expected.problems.size());
    for (qsizetype i = 0; i < expected.problems.size(); ++i) {
        QCOMPARE(actual.problems.at(i).site, expected.problems.at(i).site);
        QCOMPARE(actual.problems.at(i).file, expected.problems.at(i).file);
        QCOMPARE(actual.problems.at(i).line, expected.problems.at(i).line);
        QCOMPARE(actual.problems.at(i).message, expected.problems.at(i).message);
        QCOMPARE(actual.problems.at(i).fatal, expected.problems.at(i).fatal);
    }
}

Site stored(SiteRepository& sites, const QString& name)
{
    auto found = sites.findByName(name);
    if (!found) {
        QTest::qFail(qPrintable(found.error().toString()), __FILE__, __LINE__);
        return {};
    }
    return *found;
}

} // namespace

void SiteRepositorySuite::startsEmpty()
{
    SiteRepository sites(db());
    const auto all = sites.list();
    QVERIFY(all);
    QVERIFY(all->isEmpty());
}

void SiteRepositorySuite::scanInsertsNewSites()
{
    SiteRepository sites(db());
    const Site alpha = makeSite(QStringLiteral("alpha"), 3101);
    const Site beta = makeSite(QStringLiteral("beta"), 3102);
    const auto summary = sites.applyScan({appsDir}, {beta, alpha});
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QCOMPARE(*summary, (Summary {2, 0, 0, 0}));

    const auto all = sites.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("alpha"));
    compareScannedFields(all->at(0), alpha);
    compareScannedFields(all->at(1), beta);
    for (const Site& site : *all) {
        QVERIFY(site.id > 0);
        QCOMPARE(site.firstSeen, startTime());
        QCOMPARE(site.lastSeen, startTime());
        QVERIFY(site.titleOverride.isEmpty());
    }
    QVERIFY(all->at(0).id != all->at(1).id);
}

void SiteRepositorySuite::domainsAndPluginsRoundTrip()
{
    SiteRepository sites(db());
    Site bare = makeSite(QStringLiteral("bare"), 3200);
    bare.domains.clear();
    bare.plugins.clear();
    bare.features.clear();
    bare.sources = {QStringLiteral(".env")};
    bare.problems.clear();
    bare.agent.clear();
    bare.status = SiteStatus::Ok;
    const Site full = makeSite(QStringLiteral("full"), 3201);
    QVERIFY(sites.applyScan({appsDir}, {bare, full}));

    const Site byName = stored(sites, QStringLiteral("full"));
    compareScannedFields(byName, full);
    const auto byId = sites.findById(byName.id);
    QVERIFY(byId);
    compareScannedFields(*byId, full);
    compareScannedFields(stored(sites, QStringLiteral("bare")), bare);

    RawConnection raw(m_location);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM site_domains")).toInt(), 3);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM site_plugins")).toInt(), 2);
}

void SiteRepositorySuite::rescanUpdatesInPlace()
{
    SiteRepository sites(db());
    QVERIFY(sites.applyScan(
        {appsDir}, {makeSite(QStringLiteral("alpha"), 3101), makeSite(QStringLiteral("beta"), 3102)}));
    const Site before = stored(sites, QStringLiteral("alpha"));

    m_clock.advanceSecs(3600);
    Site changed = makeSite(QStringLiteral("alpha"), 3111);
    changed.portSource = PortSource::SiteJson;
    changed.portKey = QStringLiteral("port");
    changed.domains = {QStringLiteral("alpha.test")};
    changed.plugins.removeLast();
    changed.plugins.first().versionSpec = QStringLiteral("^2.0.0");
    changed.features = {QStringLiteral("chat")};
    changed.status = SiteStatus::Ok;
    changed.problems.clear();
    const auto summary = sites.applyScan({appsDir}, {changed, makeSite(QStringLiteral("beta"), 3102)});
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QCOMPARE(*summary, (Summary {0, 1, 0, 1}));

    const Site after = stored(sites, QStringLiteral("alpha"));
    compareScannedFields(after, changed);
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.firstSeen, startTime());
    QCOMPARE(after.lastSeen, startTime().addSecs(3600));

    RawConnection raw(m_location);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM site_domains WHERE site_id = %1").arg(after.id))
                 .toInt(),
             1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM site_plugins WHERE site_id = %1").arg(after.id))
                 .toInt(),
             1);
}

void SiteRepositorySuite::unchangedRescanOnlyMovesLastSeen()
{
    SiteRepository sites(db());
    const Site alpha = makeSite(QStringLiteral("alpha"), 3101);
    QVERIFY(sites.applyScan({appsDir}, {alpha}));
    m_clock.advanceSecs(90);
    const auto summary = sites.applyScan({appsDir}, {alpha});
    QVERIFY(summary);
    QCOMPARE(*summary, (Summary {0, 0, 0, 1}));
    const Site after = stored(sites, QStringLiteral("alpha"));
    compareScannedFields(after, alpha);
    QCOMPARE(after.firstSeen, startTime());
    QCOMPARE(after.lastSeen, startTime().addSecs(90));
}

void SiteRepositorySuite::absentSitesAreMarkedMissing()
{
    SiteRepository sites(db());
    const Site elsewhere = makeSite(QStringLiteral("gamma"), 3103, otherAppsDir);
    QVERIFY(sites.applyScan(
        {appsDir, otherAppsDir},
        {makeSite(QStringLiteral("alpha"), 3101), makeSite(QStringLiteral("beta"), 3102), elsewhere}));

    m_clock.advanceSecs(60);
    // Only /srv/apps is rescanned, spelled with a trailing slash; gamma lives elsewhere.
    const auto summary
        = sites.applyScan({appsDir + QLatin1Char('/')}, {makeSite(QStringLiteral("alpha"), 3101)});
    QVERIFY(summary);
    QCOMPARE(*summary, (Summary {0, 0, 1, 1}));

    const Site beta = stored(sites, QStringLiteral("beta"));
    QCOMPARE(beta.status, SiteStatus::Missing);
    QCOMPARE(beta.lastSeen, startTime());
    QCOMPARE(beta.domains.size(), 3);
    QCOMPARE(beta.plugins.size(), 2);
    compareScannedFields(stored(sites, QStringLiteral("gamma")), elsewhere);

    // Still missing on the next scan: counted again, nothing else changes.
    const auto again = sites.applyScan({appsDir}, {makeSite(QStringLiteral("alpha"), 3101)});
    QVERIFY(again);
    QCOMPARE(*again, (Summary {0, 0, 1, 1}));
    QCOMPARE(stored(sites, QStringLiteral("beta")).status, SiteStatus::Missing);
}

void SiteRepositorySuite::missingSiteTakesItsScannedStatusWhenItReappears()
{
    SiteRepository sites(db());
    QVERIFY(sites.applyScan(
        {appsDir}, {makeSite(QStringLiteral("alpha"), 3101), makeSite(QStringLiteral("beta"), 3102)}));
    const qint64 betaId = stored(sites, QStringLiteral("beta")).id;
    QVERIFY(sites.applyScan({appsDir}, {makeSite(QStringLiteral("alpha"), 3101)}));
    QCOMPARE(stored(sites, QStringLiteral("beta")).status, SiteStatus::Missing);

    m_clock.advanceSecs(120);
    Site back = makeSite(QStringLiteral("beta"), 3102);
    back.status = SiteStatus::Ok;
    back.problems.clear();
    const auto summary = sites.applyScan({appsDir}, {makeSite(QStringLiteral("alpha"), 3101), back});
    QVERIFY(summary);
    QCOMPARE(*summary, (Summary {0, 1, 0, 1}));
    const Site beta = stored(sites, QStringLiteral("beta"));
    compareScannedFields(beta, back);
    QCOMPARE(beta.id, betaId);
    QCOMPARE(beta.firstSeen, startTime());
    QCOMPARE(beta.lastSeen, startTime().addSecs(120));
}

void SiteRepositorySuite::titleOverrideSurvivesRescan()
{
    SiteRepository sites(db());
    QVERIFY(sites.applyScan({appsDir}, {makeSite(QStringLiteral("alpha"), 3101)}));
    QVERIFY(sites.setTitleOverride(QStringLiteral("alpha"), QStringLiteral("  Alpha Orchards ")).ok());

    Site retitled = makeSite(QStringLiteral("alpha"), 3101);
    retitled.title = QStringLiteral("Alpha (from site.json)");
    const auto summary = sites.applyScan({appsDir}, {retitled});
    QVERIFY(summary);
    QCOMPARE(*summary, (Summary {0, 1, 0, 0}));
    Site alpha = stored(sites, QStringLiteral("alpha"));
    QCOMPARE(alpha.title, retitled.title);
    QCOMPARE(alpha.titleOverride, QStringLiteral("Alpha Orchards"));
    QCOMPARE(alpha.displayTitle(), QStringLiteral("Alpha Orchards"));

    QVERIFY(sites.setTitleOverride(QStringLiteral("alpha"), QString()).ok());
    alpha = stored(sites, QStringLiteral("alpha"));
    QVERIFY(alpha.titleOverride.isEmpty());
    QCOMPARE(alpha.displayTitle(), retitled.title);
}

void SiteRepositorySuite::duplicateNamesAreRefusedAndNothingIsWritten()
{
    SiteRepository sites(db());
    const auto summary = sites.applyScan(
        {appsDir},
        {makeSite(QStringLiteral("alpha"), 3101), makeSite(QStringLiteral("alpha"), 3102, otherAppsDir)});
    QVERIFY(!summary);
    QCOMPARE(summary.error().code(), ErrorCode::Conflict);
    QCOMPARE(summary.error().subject(), QStringLiteral("alpha"));
    QVERIFY(sites.list()->isEmpty());
}

void SiteRepositorySuite::removeTakesDomainsAndPluginsAlong()
{
    SiteRepository sites(db());
    QVERIFY(sites.applyScan(
        {appsDir}, {makeSite(QStringLiteral("alpha"), 3101), makeSite(QStringLiteral("beta"), 3102)}));
    QVERIFY(sites.remove(QStringLiteral("alpha")).ok());

    const auto gone = sites.findByName(QStringLiteral("alpha"));
    QCOMPARE(gone.error().code(), ErrorCode::NotFound);
    RawConnection raw(m_location);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM site_domains")).toInt(), 3);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM site_plugins")).toInt(), 2);
    compareScannedFields(stored(sites, QStringLiteral("beta")), makeSite(QStringLiteral("beta"), 3102));
}

void SiteRepositorySuite::unknownSitesAreNotFound()
{
    SiteRepository sites(db());
    QVERIFY(sites.applyScan({appsDir}, {makeSite(QStringLiteral("alpha"), 3101)}));
    const QString unknown = QStringLiteral("nowhere");
    for (const ms::Status& status :
         {ms::Status(sites.findByName(unknown).error()), sites.setTitleOverride(unknown, QStringLiteral("T")),
          sites.remove(unknown),
          sites.updatePort(unknown, 4000, PortSource::SiteJson, QStringLiteral("port"))}) {
        QCOMPARE(status.error().code(), ErrorCode::NotFound);
        QCOMPARE(status.error().subject(), unknown);
    }
    QCOMPARE(sites.findById(stored(sites, QStringLiteral("alpha")).id + 1000).error().code(),
             ErrorCode::NotFound);
}

void SiteRepositorySuite::updatePortRecordsWhereItCameFrom()
{
    SiteRepository sites(db());
    QVERIFY(sites.applyScan({appsDir}, {makeSite(QStringLiteral("alpha"), 3101)}));
    QVERIFY(sites.updatePort(QStringLiteral("alpha"), 4101, PortSource::Derived, QString()).ok());
    Site alpha = stored(sites, QStringLiteral("alpha"));
    QCOMPARE(alpha.port, 4101);
    QCOMPARE(alpha.portSource, PortSource::Derived);
    QVERIFY(alpha.portKey.isEmpty());

    const ms::Status outOfRange
        = sites.updatePort(QStringLiteral("alpha"), 70000, PortSource::EnvFile, QStringLiteral("PORT"));
    QCOMPARE(outOfRange.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(outOfRange.error().subject(), QStringLiteral("port"));
    QCOMPARE(stored(sites, QStringLiteral("alpha")).port, 4101);
}
