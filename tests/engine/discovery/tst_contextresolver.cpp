#include "TestSupport.h"
#include "discovery/ContextResolver.h"
#include "discovery/SiteScanner.h"

#include <QTest>

using ms::ContextMatch;
using ms::ContextMatchKind;
using ms::ContextResolver;
using ms::Site;

Q_DECLARE_METATYPE(ContextMatchKind)

namespace {

Site site(const QString& name, const QStringList& domains, int port, const QString& context = {})
{
    Site s;
    s.name = name;
    s.domains = domains;
    s.port = port;
    s.businessContext = context;
    return s;
}

QList<Site> inventory()
{
    return {site("admin", {"admin.example.org"}, 3000, "platform"),
            site("shop", {"shop.example.org", "*.shop.example.org"}, 3100, "retail"),
            site("catchall", {"*.example.org"}, 3200, "Agriculture"),
            site("farm", {"Farm.Example.NET"}, 3300, "agriculture"),
            site("clinic", {"clinic.example.org"}, 3400, "healthcare")};
}

} // namespace

class TestContextResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byDomain_data();
    void byDomain();
    void byPort_data();
    void byPort();
    void byContext_data();
    void byContext();
    void withoutFallbackNothingAnswers();
    void fallbackMustBeASite();
    void sameDomainTwiceIsAmbiguous();
    void resolvesScannedSites();
};

void TestContextResolver::byDomain_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("site");
    QTest::addColumn<ContextMatchKind>("kind");
    QTest::addColumn<QString>("matched");
    using K = ContextMatchKind;
    QTest::newRow("exact") << "shop.example.org"
                           << "shop" << K::ExactDomain << "shop.example.org";
    QTest::newRow("case and port") << "SHOP.Example.ORG:8080"
                                   << "shop" << K::ExactDomain << "shop.example.org";
    QTest::newRow("site declared in capitals") << "farm.example.net"
                                               << "farm" << K::ExactDomain << "farm.example.net";
    QTest::newRow("url") << "https://clinic.example.org/login"
                         << "clinic" << K::ExactDomain << "clinic.example.org";
    QTest::newRow("exact beats wildcard") << "admin.example.org"
                                          << "admin" << K::ExactDomain << "admin.example.org";
    QTest::newRow("most specific wildcard") << "eu.shop.example.org"
                                            << "shop" << K::WildcardDomain << "*.shop.example.org";
    QTest::newRow("deep name") << "a.b.shop.example.org"
                               << "shop" << K::WildcardDomain << "*.shop.example.org";
    QTest::newRow("broader wildcard") << "blog.example.org"
                                      << "catchall" << K::WildcardDomain << "*.example.org";
    QTest::newRow("wildcard is not the apex") << "example.org"
                                              << "admin" << K::Fallback << "example.org";
    QTest::newRow("unknown") << "unknown.net"
                             << "admin" << K::Fallback << "unknown.net";
    QTest::newRow("empty") << ""
                           << "admin" << K::Fallback << "";
}

void TestContextResolver::byDomain()
{
    QFETCH(QString, request);
    QFETCH(QString, site);
    QFETCH(ContextMatchKind, kind);
    QFETCH(QString, matched);
    const ContextResolver resolver(inventory(), "admin");
    const ContextMatch m = resolver.byDomain(request);
    QCOMPARE(m.site, site);
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.matched, matched);
    QVERIFY(m.found());
    QVERIFY(m.ambiguous.isEmpty());
}

void TestContextResolver::byPort_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("site");
    QTest::addColumn<ContextMatchKind>("kind");
    QTest::newRow("admin's own") << 3000 << "admin" << ContextMatchKind::Port;
    QTest::newRow("shop") << 3100 << "shop" << ContextMatchKind::Port;
    QTest::newRow("nobody") << 9999 << "admin" << ContextMatchKind::Fallback;
}

void TestContextResolver::byPort()
{
    QFETCH(int, port);
    QFETCH(QString, site);
    QFETCH(ContextMatchKind, kind);
    const ContextMatch m = ContextResolver(inventory(), "admin").byPort(port);
    QCOMPARE(m.site, site);
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.matched, QString::number(port));
}

void TestContextResolver::byContext_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("site");
    QTest::addColumn<ContextMatchKind>("kind");
    QTest::addColumn<QStringList>("ambiguous");
    QTest::newRow("exact") << "retail"
                           << "shop" << ContextMatchKind::BusinessContext << QStringList {};
    QTest::newRow("case-insensitive") << " HealthCare "
                                      << "clinic" << ContextMatchKind::BusinessContext << QStringList {};
    QTest::newRow("two sites: first by name")
        << "agriculture"
        << "catchall" << ContextMatchKind::BusinessContext << QStringList {"farm"};
    QTest::newRow("unknown") << "mining"
                             << "admin" << ContextMatchKind::Fallback << QStringList {};
}

void TestContextResolver::byContext()
{
    QFETCH(QString, context);
    QFETCH(QString, site);
    QFETCH(ContextMatchKind, kind);
    QFETCH(QStringList, ambiguous);
    const ContextMatch m = ContextResolver(inventory(), "admin").byContext(context);
    QCOMPARE(m.site, site);
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.ambiguous, ambiguous);
}

void TestContextResolver::withoutFallbackNothingAnswers()
{
    const ContextResolver resolver(inventory());
    const ContextMatch m = resolver.byDomain(u"unknown.net");
    QVERIFY(!m.found());
    QCOMPARE(m.kind, ContextMatchKind::None);
    QVERIFY(m.site.isEmpty());
    QCOMPARE(resolver.byDomain(u"shop.example.org").site, QString("shop"));
}

void TestContextResolver::fallbackMustBeASite()
{
    const ContextMatch m = ContextResolver(inventory(), "no-such-site").byPort(1);
    QCOMPARE(m.kind, ContextMatchKind::None);
}

void TestContextResolver::sameDomainTwiceIsAmbiguous()
{
    QList<Site> sites = inventory();
    sites.append(site("beta", {"shop.example.org"}, 3500));
    const ContextMatch m = ContextResolver(sites, "admin").byDomain(u"shop.example.org");
    QCOMPARE(m.site, QString("beta"));
    QCOMPARE(m.ambiguous, QStringList {"shop"});
}

void TestContextResolver::resolvesScannedSites()
{
    const ms::ScanResult scan = ms::SiteScanner::scan({TestSupport::fixturePath("discovery/apps")});
    const ContextResolver resolver(scan.sites, "admin");
    QCOMPARE(resolver.byDomain(u"https://www.farm-north.example.org/").site, QString("farm-north"));
    QCOMPARE(resolver.byDomain(u"ward-3.clinic.example.org").site, QString("clinic"));
    QCOMPARE(resolver.byDomain(u"ward-3.clinic.example.org").kind, ContextMatchKind::WildcardDomain);
    QCOMPARE(resolver.byPort(3300).site, QString("warehouse"));
    QCOMPARE(resolver.byContext(u"logistics").site, QString("warehouse"));
    QCOMPARE(resolver.byDomain(u"elsewhere.org").kind, ContextMatchKind::Fallback);
}

QTEST_GUILESS_MAIN(TestContextResolver)
#include "tst_contextresolver.moc"
