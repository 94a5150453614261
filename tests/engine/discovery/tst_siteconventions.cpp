#include "discovery/SiteConventions.h"

#include <QTest>

using ms::SiteConventions;

class TestSiteConventions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostOf_data();
    void hostOf();
    void hostsOf_data();
    void hostsOf();
    void environmentName_data();
    void environmentName();
    void flag_data();
    void flag();
};

void TestSiteConventions::hostOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::newRow("plain") << "example.org"
                           << "example.org";
    QTest::newRow("case and blanks") << "  Shop.Example.ORG "
                                     << "shop.example.org";
    QTest::newRow("port") << "shop.example.org:8443"
                          << "shop.example.org";
    QTest::newRow("url") << "https://admin.example.org:8443/console?x=1#y"
                         << "admin.example.org";
    QTest::newRow("credentials dropped") << "https://user:p%40ss@db.example.org/x"
                                         << "db.example.org";
    QTest::newRow("trailing dot") << "example.org."
                                  << "example.org";
    QTest::newRow("wildcard") << "*.example.org"
                              << "*.example.org";
    QTest::newRow("bad wildcard") << "a*.example.org"
                                  << "";
    QTest::newRow("ipv6 with port") << "[::1]:3000"
                                    << "[::1]";
    QTest::newRow("bare ipv6") << "::"
                               << "::";
    QTest::newRow("ipv4") << "10.0.0.5:80"
                          << "10.0.0.5";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("spaces inside") << "not a host"
                                   << "";
    QTest::newRow("path only") << "/var/run"
                               << "";
}

void TestSiteConventions::hostOf()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QCOMPARE(SiteConventions::hostOf(text), host);
}

void TestSiteConventions::hostsOf_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("one") << "a.org" << QStringList {"a.org"};
    QTest::newRow("comma list") << "a.org, https://b.org:8080/x ,c.org"
                                << QStringList {"a.org", "b.org", "c.org"};
    QTest::newRow("duplicates") << "a.org,A.ORG:80" << QStringList {"a.org"};
    QTest::newRow("bind addresses are not domains") << "0.0.0.0" << QStringList {};
    QTest::newRow("localhost") << "http://localhost:3000" << QStringList {};
    QTest::newRow("ipv6 any") << "::" << QStringList {};
    QTest::newRow("mixed") << "127.0.0.1,site.org" << QStringList {"site.org"};
    QTest::newRow("empty items") << ",,a.org," << QStringList {"a.org"};
}

void TestSiteConventions::hostsOf()
{
    QFETCH(QString, list);
    QFETCH(QStringList, hosts);
    QCOMPARE(SiteConventions::hostsOf(list), hosts);
}

void TestSiteConventions::environmentName_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("name");
    QTest::newRow("development") << "development"
                                 << "development";
    QTest::newRow("dev") << "dev"
                         << "development";
    QTest::newRow("local") << "Local"
                           << "development";
    QTest::newRow("test") << "test"
                          << "development";
    QTest::newRow("staging") << "STAGING"
                             << "staging";
    QTest::newRow("preprod") << "preprod"
                             << "staging";
    QTest::newRow("uat") << " uat "
                         << "staging";
    QTest::newRow("production") << "production"
                                << "production";
    QTest::newRow("prod") << "prod"
                          << "production";
    QTest::newRow("live") << "live"
                          << "production";
    QTest::newRow("unknown") << "prod-eu"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestSiteConventions::environmentName()
{
    QFETCH(QString, value);
    QFETCH(QString, name);
    QCOMPARE(SiteConventions::environmentName(value), name);
}

void TestSiteConventions::flag_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 neither
    QTest::newRow("true") << "true" << 1;
    QTest::newRow("TRUE") << "TRUE" << 1;
    QTest::newRow("1") << "1" << 1;
    QTest::newRow("yes") << " yes " << 1;
    QTest::newRow("on") << "on" << 1;
    QTest::newRow("false") << "false" << 0;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("off") << "Off" << 0;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("word") << "enabled" << -1;
}

void TestSiteConventions::flag()
{
    QFETCH(QString, value);
    QFETCH(int, expected);
    const std::optional<bool> f = SiteConventions::flag(value);
    QCOMPARE(f ? int(*f) : -1, expected);
}

QTEST_GUILESS_MAIN(TestSiteConventions)
#include "tst_siteconventions.moc"
