#include "TestSupport.h"
#include "discovery/PackageJson.h"

#include <QTest>

using ms::PackageJson;
using ms::SitePlugin;

class TestPackageJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopedDependenciesArePlugins();
    void pluginNames_data();
    void pluginNames();
    void configurableScope_data();
    void configurableScope();
    void invalidJsonNamesLineAndColumn_data();
    void invalidJsonNamesLineAndColumn();
    void lenientReportsTheLine();
    void wrongTypesAreWarnings_data();
    void wrongTypesAreWarnings();
};

void TestPackageJson::scopedDependenciesArePlugins()
{
    const auto pkg = PackageJson::read(TestSupport::fixturePath("discovery/apps/farm-north/package.json"));
    QVERIFY2(pkg.ok(), qPrintable(pkg.error().toString()));
    QCOMPARE(pkg->name(), QString("farm-north"));
    QCOMPARE(pkg->version(), QString("1.3.0"));
    QStringList names, packages, specs;
    for (const SitePlugin& p : pkg->plugins()) {
        names << p.name;
        packages << p.packageName;
        specs << p.versionSpec;
        QCOMPARE(p.source, QString("package.json"));
        QVERIFY(p.enabled);
    }
    // devDependencies are not what the site runs; express, pg and dotenv are not modules.
    QCOMPARE(names, QStringList({"core", "crop_planner", "farm_manager", "inventory"}));
    QCOMPARE(packages,
             QStringList({"@paulovila/core", "@paulovila/crop.planner", "@paulovila/farm-manager",
                          "@paulovila/inventory"}));
    QCOMPARE(specs, QStringList({"^1.6.0", "0.9.x", "^1.8.0", "^2.1.0"}));
    QVERIFY(pkg->problems().isEmpty());
}

void TestPackageJson::pluginNames_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("name");
    QTest::newRow("dash") << "@paulovila/farm-manager"
                          << "@paulovila/"
                          << "farm_manager";
    QTest::newRow("dot and case") << "@paulovila/Crop.Planner"
                                  << "@paulovila/"
                                  << "crop_planner";
    QTest::newRow("scope without slash") << "@paulovila/core"
                                         << "@paulovila"
                                         << "core";
    QTest::newRow("other scope") << "@acme/core"
                                 << "@paulovila/"
                                 << "";
    QTest::newRow("longer scope name") << "@paulovilax/core"
                                       << "@paulovila"
                                       << "";
    QTest::newRow("scope only") << "@paulovila/"
                                << "@paulovila/"
                                << "";
    QTest::newRow("unscoped") << "express"
                              << "@paulovila/"
                              << "";
}

void TestPackageJson::pluginNames()
{
    QFETCH(QString, package);
    QFETCH(QString, scope);
    QFETCH(QString, name);
    QCOMPARE(PackageJson::pluginName(package, scope), name);
}

void TestPackageJson::configurableScope_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("plugins");
    QTest::newRow("default") << PackageJson::defaultScope() << QStringList {"billing"};
    QTest::newRow("acme with slash") << "@acme/" << QStringList {"billing", "reports"};
    QTest::newRow("acme without slash") << "@acme" << QStringList {"billing", "reports"};
    QTest::newRow("nobody") << "@nobody/" << QStringList {};
}

void TestPackageJson::configurableScope()
{
    QFETCH(QString, scope);
    QFETCH(QStringList, plugins);
    const QByteArray json = R"({"dependencies": {"@acme/reports": "1.x", "@paulovila/billing": "^2.0.0"},
                               "optionalDependencies": {"@acme/billing": "^3.0.0", "@acme/reports": "2.x"}})";
    const auto pkg = PackageJson::parse(json, "package.json", scope);
    QVERIFY(pkg.ok());
    QStringList names;
    for (const SitePlugin& p : pkg->plugins())
        names << p.name;
    QCOMPARE(names, plugins);
    // A package in both lists keeps the spec from "dependencies".
    for (const SitePlugin& p : pkg->plugins()) {
        if (p.packageName == "@acme/reports")
            QCOMPARE(p.versionSpec, QString("1.x"));
    }
}

void TestPackageJson::invalidJsonNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("position");
    QTest::newRow("broken fixture: missing comma")
        << TestSupport::readFile(TestSupport::fixturePath("discovery/apps-broken/bad-package/package.json"))
        << "5:5";
    QTest::newRow("trailing comma") << QByteArray("{\n  \"a\": 1,\n}\n") << "3:1";
    QTest::newRow("unterminated string: end of input") << QByteArray("{\n  \"name\": \"x\n}") << "3:2";
    QTest::newRow("empty") << QByteArray("") << "1:1";
    QTest::newRow("utf-8 counts characters") << QByteArray("{\"n\": \"\xC3\xA9\xC3\xA9\" x}") << "1:12";
    QTest::newRow("array root") << QByteArray("[1, 2]") << "1:1";
}

void TestPackageJson::invalidJsonNamesLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, position);
    const auto pkg = PackageJson::parse(json, "/apps/x/package.json");
    QVERIFY(!pkg.ok());
    QCOMPARE(pkg.error().code(), ms::ErrorCode::Parse);
    QCOMPARE(pkg.error().subject(), "/apps/x/package.json:" + position);
}

void TestPackageJson::lenientReportsTheLine()
{
    const QString path = TestSupport::fixturePath("discovery/apps-broken/bad-package/package.json");
    const PackageJson pkg = PackageJson::parseLenient(TestSupport::readFile(path), path);
    QVERIFY(pkg.plugins().isEmpty());
    QCOMPARE(pkg.problems().size(), 1);
    QCOMPARE(pkg.problems().constFirst().line, 5);
    QVERIFY(pkg.problems().constFirst().fatal);
    QVERIFY(pkg.problems().constFirst().message.contains("column 5"));
}

void TestPackageJson::wrongTypesAreWarnings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("plugins");
    QTest::newRow("dependencies array")
        << QByteArray("{\n\"name\": \"a\",\n\"dependencies\": [\"@paulovila/x\"]\n}") << "\"dependencies\""
        << 3 << 0;
    QTest::newRow("version not a string")
        << QByteArray("{\"dependencies\": {\"@paulovila/x\": 1, \"@paulovila/y\": \"^1\"}}")
        << "\"dependencies.@paulovila/x\"" << 1 << 1;
    QTest::newRow("name a number") << QByteArray("{\n\n\"name\": 5}") << "\"name\"" << 3 << 0;
}

void TestPackageJson::wrongTypesAreWarnings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(int, line);
    QFETCH(int, plugins);
    const auto pkg = PackageJson::parse(json, "package.json");
    QVERIFY(pkg.ok());
    QCOMPARE(pkg->plugins().size(), plugins);
    QCOMPARE(pkg->problems().size(), 1);
    const ms::ScanProblem& p = pkg->problems().constFirst();
    QVERIFY2(p.message.contains(field), qPrintable(p.message));
    QCOMPARE(p.line, line);
    QVERIFY(!p.fatal);
}

QTEST_GUILESS_MAIN(TestPackageJson)
#include "tst_packagejson.moc"
