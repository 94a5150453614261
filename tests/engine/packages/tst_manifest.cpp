#include "TestSupport.h"
#include "packages/Manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ms::ErrorCode;
using ms::HealthProbe;
using ms::LicenseType;
using ms::Manifest;
using ms::ModuleKind;
using ms::ValidationReport;

namespace {

QString manifestPath(const QString& name)
{
    return TestSupport::fixturePath(QStringLiteral("manifests/") + name);
}

QString describe(const ValidationReport& report)
{
    return report.lines().join('\n');
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void full();
    void minimal();
    void prerelease();
    void roundTrip_data();
    void roundTrip();
    void unknownFieldsKeptAndWarned();
    void invalid_data();
    void invalid();
    void reportsEveryProblem();
    void notJson_data();
    void notJson();
    void loadNamesTheFile();
    void loadRefusesHugeFiles();
    void packagePaths_data();
    void packagePaths();
    void moduleNames_data();
    void moduleNames();
    void warnings();
};

void TestManifest::full()
{
    ValidationReport report;
    const auto m = Manifest::load(manifestPath("valid/full.json"), &report);
    QVERIFY2(m.ok(), qPrintable(m.error().detail()));
    QVERIFY2(report.errors().isEmpty() && report.warnings().isEmpty(), qPrintable(describe(report)));

    QCOMPARE(m->moduleName(), QString("farm_manager"));
    QCOMPARE(m->displayName(), QString("Farm Manager"));
    QCOMPARE(m->version().toString(), QString("1.8.0"));
    QCOMPARE(m->author(), QString("A64 Platform Team"));
    QCOMPARE(m->kind(), ModuleKind::Business);
    QCOMPARE(m->routePrefix(), QString("/api/v1/farm"));
    QCOMPARE(m->dependencies().keys(), QStringList({"core", "inventory"}));
    QCOMPARE(m->dependencies().value("inventory").text(), QString("^2.1.0"));
    QVERIFY(m->coreRequirement().contains(*ms::Version::parse(u"1.3.0")));
    QVERIFY(!m->coreRequirement().contains(*ms::Version::parse(u"1.2.9")));
    QCOMPARE(m->conflicts().keys(), QStringList({"legacy_farm"}));
    QVERIFY(m->conflicts().value("legacy_farm").isAny());
    QCOMPARE(m->databaseCollections(), QStringList({"farms", "blocks"}));
    QCOMPARE(m->permissions(), QStringList({"farm.view", "farm.edit"}));
    QVERIFY(m->licenseRequired());
    QCOMPARE(m->licenseType(), LicenseType::PerInstallation);
    QCOMPARE(m->configSchema().value("properties").toObject().keys(),
             QStringList({"code_pattern", "max_blocks", "units"}));
    QCOMPARE(m->hooks().value("selftest"), QString("bin/selftest"));
    QCOMPARE(m->hooks().value("post_install"), QString("scripts/migrate.sh"));

    QCOMPARE(m->health().size(), 4);
    const HealthProbe& ready = m->health().at(0);
    QCOMPARE(ready.name, QString("ready"));
    QCOMPARE(ready.type, HealthProbe::Type::Readiness);
    QCOMPARE(ready.check, HealthProbe::Check::Http);
    QCOMPARE(ready.http.path, QString("/api/v1/farm/health"));
    QCOMPARE(ready.http.method, QString("GET"));
    QCOMPARE(ready.periodS, 10);
    QCOMPARE(ready.timeoutS, 1); // Kubernetes' default
    QCOMPARE(ready.failureThreshold, 3);
    QVERIFY(ready.acceptsStatus(204));
    QVERIFY(ready.acceptsStatus(302));
    QVERIFY(!ready.acceptsStatus(500));

    const HealthProbe& alive = m->health().at(1);
    QCOMPARE(alive.check, HealthProbe::Check::Tcp);
    QCOMPARE(alive.tcpPort, 8080);
    QCOMPARE(alive.timeoutS, 2);

    const HealthProbe& boot = m->health().at(2);
    QCOMPARE(boot.type, HealthProbe::Type::Startup);
    QCOMPARE(boot.argv, QStringList({"bin/selftest", "--quick"}));
    QCOMPARE(boot.initialDelayS, 5);
    QCOMPARE(boot.failureThreshold, 30);

    const HealthProbe& api = m->health().at(3);
    QCOMPARE(api.http.method, QString("HEAD"));
    QCOMPARE(api.http.port, 9000);
    QCOMPARE(api.http.headers.value("X-Probe"), QString("mothership"));
    QCOMPARE(api.successThreshold, 2);
    QVERIFY(api.acceptsStatus(204));
    QVERIFY(!api.acceptsStatus(201));
}

void TestManifest::minimal()
{
    const auto m = Manifest::load(manifestPath("valid/minimal.json"));
    QVERIFY2(m.ok(), qPrintable(m.error().detail()));
    QVERIFY(m->dependencies().isEmpty());
    QVERIFY(m->coreRequirement().isAny());
    QVERIFY(!m->licenseRequired());
    QCOMPARE(m->licenseType(), LicenseType::None);
    QVERIFY(m->health().isEmpty());
    QVERIFY(m->routePrefix().isEmpty());
}

void TestManifest::prerelease()
{
    const auto m = Manifest::load(manifestPath("valid/prerelease.json"));
    QVERIFY2(m.ok(), qPrintable(m.error().detail()));
    QCOMPARE(m->version().toFullString(), QString("2.0.0-beta.1+build.7"));
    QCOMPARE(m->kind(), ModuleKind::Shared);
    QVERIFY(m->coreRequirement().contains(*ms::Version::parse(u"2.0.0-rc.2")));
    QVERIFY(!m->coreRequirement().contains(*ms::Version::parse(u"1.9.0-rc.1")));
}

void TestManifest::roundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("full") << "valid/full.json";
    QTest::newRow("minimal") << "valid/minimal.json";
    QTest::newRow("prerelease") << "valid/prerelease.json";
    QTest::newRow("unknown fields") << "valid/unknown_fields.json";
}

void TestManifest::roundTrip()
{
    QFETCH(QString, fixture);
    const auto first = Manifest::load(manifestPath(fixture));
    QVERIFY2(first.ok(), qPrintable(first.error().detail()));
    const QByteArray json = QJsonDocument(first->toJson()).toJson();
    const auto second = Manifest::parse(json);
    QVERIFY2(second.ok(), qPrintable(second.error().detail()));
    QCOMPARE(second->toJson(), first->toJson());
    QVERIFY(*second == *first);

    // Everything the author wrote is still there (defaults may have been added).
    const QJsonObject original = TestSupport::readJson(manifestPath(fixture)).object();
    const QJsonObject written = first->toJson();
    for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
        if (it.key() == "health")
            continue; // probes gain their defaults; compared below
        QVERIFY2(written.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    const QJsonArray probes = original.value("health").toArray();
    for (qsizetype i = 0; i < probes.size(); ++i) {
        const QJsonObject in = probes.at(i).toObject();
        const QJsonObject out = written.value("health").toArray().at(i).toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
            if (it.value().isObject()) {
                const QJsonObject sub = it.value().toObject();
                for (auto s = sub.constBegin(); s != sub.constEnd(); ++s) {
                    const QJsonValue got = out.value(it.key()).toObject().value(s.key());
                    // expect_status may be written as one number or a list; toJson() writes a list.
                    const bool same
                        = got == s.value() || (s.value().isDouble() && got == QJsonArray {s.value()});
                    QVERIFY2(same, qPrintable(it.key() + "." + s.key()));
                }
            } else {
                QVERIFY2(out.value(it.key()) == it.value(), qPrintable(it.key()));
            }
        }
    }
}

void TestManifest::unknownFieldsKeptAndWarned()
{
    ValidationReport report;
    const auto m = Manifest::load(manifestPath("valid/unknown_fields.json"), &report);
    QVERIFY2(m.ok(), qPrintable(m.error().detail()));
    QVERIFY(report.errors().isEmpty());

    QStringList warned;
    for (const ms::FieldIssue& w : report.warnings())
        warned << w.path;
    warned.sort();
    QCOMPARE(warned,
             QStringList({"farm_colour", "health[0].grace", "health[0].http.verify_tls", "x_vendor"}));
    QCOMPARE(report.warnings().first().message, QString("unknown field, kept as is"));

    QCOMPARE(m->unknownFields().value("farm_colour").toString(), QString("green"));
    const QJsonObject json = m->toJson();
    QCOMPARE(json.value("farm_colour").toString(), QString("green"));
    QCOMPARE(json.value("x_vendor").toObject().value("build").toInt(), 42);
    const QJsonObject probe = json.value("health").toArray().at(0).toObject();
    QCOMPARE(probe.value("grace").toInt(), 3);
    QCOMPARE(probe.value("http").toObject().value("verify_tls"), QJsonValue(false));
}

void TestManifest::invalid_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    auto row = [](const char* fixture, const char* path, const char* message) {
        QTest::newRow(fixture) << QString(fixture) << QString(path) << QString(message);
    };
    row("module_name_pattern", "module_name", "\"Farm\" must match ^[a-z][a-z0-9_]{1,63}$");
    row("module_name_missing", "module_name", "required field is missing");
    row("module_name_core", "module_name", "\"core\" is the platform itself; a module needs another name");
    row("module_name_not_string", "module_name", "must be a string, not a number");
    row("display_name_empty", "display_name", "must not be empty");
    row("version_invalid", "version", "\"1.8\" is not a valid version (MAJOR.MINOR.PATCH, such as 1.8.0)");
    row("kind_unknown", "kind", "\"plugin\" is not one of core, shared, business");
    row("route_prefix_relative", "route_prefix",
        "\"api/v1/farm\" must be an absolute URL path such as /api/v1/farm");
    row("route_prefix_dotdot", "route_prefix",
        "\"/api/../admin\" must be an absolute URL path such as /api/v1/farm");
    row("dependencies_core_range", "dependencies.core", "\"~>1.2-\" is not a valid range");
    row("dependencies_name", "dependencies.Inventory",
        "\"Inventory\" is not a valid module name (^[a-z][a-z0-9_]{1,63}$)");
    row("dependencies_self", "dependencies.farm_manager", "a module cannot depend on itself");
    row("dependencies_not_string", "dependencies.inventory",
        "must be a version range (a string), not a number");
    row("dependencies_not_object", "dependencies",
        "must be an object of module names and version ranges, not an array");
    row("conflicts_core", "conflicts.core",
        "the platform core cannot be a conflict; constrain it in dependencies.core");
    row("conflicts_range", "conflicts.legacy_farm", "\"latest\" is not a valid range");
    row("database_collections_duplicate", "database_collections[2]", "\"farms\" is listed twice");
    row("database_collections_name", "database_collections[1]",
        "\"Blocks!\" must match ^[a-z][a-z0-9_]{0,63}$");
    row("permissions_not_array", "permissions", "must be an array, not a string");
    row("permissions_name", "permissions[1]",
        "\"Farm View\" must match ^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$");
    row("license_required_not_bool", "license_required", "must be true or false, not a string");
    row("license_type_unknown", "license_type",
        "\"per_user\" is not one of per_installation, per_site, subscription");
    row("license_type_missing", "license_type", "required when license_required is true");
    row("config_schema_not_object", "config_schema", "must be an object, not an array");
    row("config_schema_root_type", "config_schema.type",
        "must be \"object\": a module's configuration is an object");
    row("config_schema_property_type", "config_schema.properties.units.type",
        "\"strng\" is not one of object, array, string, number, integer, boolean, null");
    row("config_schema_pattern", "config_schema.properties.code.pattern",
        "\"([A-Z\" is not a valid regular expression");
    row("config_schema_default_enum", "config_schema.properties.units.default",
        "is not one of the enum values");
    row("config_schema_min_max", "config_schema.properties.blocks.minimum", "10 is greater than maximum (5)");
    row("config_schema_items", "config_schema.properties.tags.items",
        "must be a schema (an object), not a string");
    row("health_not_array", "health", "must be an array, not an object");
    row("health_type", "health[0].type", "\"ready\" is not one of startup, readiness, liveness");
    row("health_no_check", "health[0]", "needs exactly one of http, tcp or command");
    row("health_two_checks", "health[0]", "has http and tcp; a probe checks exactly one way");
    row("health_http_path", "health[0].http.path",
        "\"health\" must be an absolute request path such as /health");
    row("health_http_method", "health[0].http.method", "\"DELETE\" is not one of GET, HEAD, POST");
    row("health_http_status", "health[0].http.expect_status[1]", "must be an HTTP status from 100 to 599");
    row("health_http_header", "health[0].http.headers[\"Bad Header\"]",
        "\"Bad Header\" is not a valid header name");
    row("health_tcp_port", "health[0].tcp.port", "must be a whole number from 1 to 65535, not 70000");
    row("health_command_argv", "health[0].command.argv", "must name at least the program to run");
    row("health_period", "health[0].period_s", "must be a whole number from 1 to 86400, not 0");
    row("health_timeout_fraction", "health[0].timeout_s", "must be a whole number from 1 to 3600, not 1.5");
    row("health_success_threshold", "health[1].success_threshold",
        "must be 1 for a liveness probe (one success is enough to pass)");
    row("health_duplicate_name", "health[1].name", "\"ready\" is already the name of health[0]");
    row("hooks_dotdot", "hooks.selftest", "\"../../bin/sh\" leaves the package (\"..\" is not allowed)");
    row("hooks_absolute", "hooks.selftest",
        "\"/usr/bin/selftest\" is absolute; it must be a path inside the package");
    row("hooks_backslash", "hooks.selftest",
        "\"bin\\selftest\" contains \"\\\"; folders are separated by \"/\"");
    row("hooks_not_string", "hooks.selftest", "must be a path inside the package (a string), not an array");
    row("hooks_name", "hooks[\"Pre Install\"]",
        "\"Pre Install\" is not a valid hook name (^[a-z][a-z0-9_]{0,63}$)");
}

void TestManifest::invalid()
{
    QFETCH(QString, fixture);
    QFETCH(QString, path);
    QFETCH(QString, message);

    ValidationReport report;
    const auto m = Manifest::load(manifestPath("invalid/" + fixture + ".json"), &report);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code(), ErrorCode::Validation);
    // One broken field, one error: nothing else in the fixture is wrong.
    QVERIFY2(report.errors().size() == 1, qPrintable(describe(report)));
    QCOMPARE(report.errors().first().path, path);
    QVERIFY2(report.errors().first().message.startsWith(message),
             qPrintable(report.errors().first().message));

    // The error names the file; its message quotes the problem; its detail lists it.
    QCOMPARE(m.error().subject(), manifestPath("invalid/" + fixture + ".json"));
    QVERIFY2(m.error().message().contains(path + ": " + message), qPrintable(m.error().message()));
    QVERIFY(m.error().detail().split('\n').contains(report.errors().first().toString()));
}

void TestManifest::reportsEveryProblem()
{
    ValidationReport report;
    const auto m = Manifest::load(manifestPath("invalid/many_problems.json"), &report);
    QVERIFY(!m.ok());
    QStringList paths;
    for (const ms::FieldIssue& e : report.errors())
        paths << e.path;
    paths.sort();
    const QStringList expected {"dependencies.core", "health[0].type", "hooks.selftest",
                                "license_type",      "module_name",    "version"};
    QVERIFY2(paths == expected, qPrintable(describe(report)));
    QCOMPARE(report.warnings().size(), 1);
    QCOMPARE(report.warnings().first().toString(), QString("farm_colour: unknown field, kept as is"));

    const QStringList detail = m.error().detail().split('\n');
    QCOMPARE(detail.size(), 7);
    QVERIFY(detail.contains("dependencies.core: \"~>1.2-\" is not a valid range"));
    QVERIFY(detail.contains("health[0].type: \"ready\" is not one of startup, readiness, liveness"));
    QVERIFY(detail.contains("module_name: \"Farm\" must match ^[a-z][a-z0-9_]{1,63}$"));
    QVERIFY(detail.contains("warning: farm_colour: unknown field, kept as is"));
    QVERIFY(m.error().message().startsWith("The manifest has 6 problems; the first: "));
}

void TestManifest::notJson_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << "invalid/not_json.json"
                            << "at line 3, column";
    QTest::newRow("array") << "invalid/not_object.json"
                           << "the manifest must be a JSON object";
}

void TestManifest::notJson()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    ValidationReport report;
    const auto m = Manifest::load(manifestPath(fixture), &report);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code(), ErrorCode::Parse);
    QVERIFY2(m.error().message().contains(message), qPrintable(m.error().message()));
    QCOMPARE(report.errors().size(), 1);
}

void TestManifest::loadNamesTheFile()
{
    const auto m = Manifest::load(manifestPath("valid/does_not_exist.json"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code(), ErrorCode::Io);
    QCOMPARE(m.error().subject(), manifestPath("valid/does_not_exist.json"));
}

void TestManifest::loadRefusesHugeFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("manifest.json");
    QByteArray big = "{\"module_name\": \"farm_manager\", \"description\": \"";
    big += QByteArray(Manifest::MaxFileSize, 'x');
    big += "\"}";
    QVERIFY(TestSupport::writeFile(path, big));
    const auto m = Manifest::load(path);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code(), ErrorCode::Io);
    QCOMPARE(Manifest::parse(big).error().code(), ErrorCode::Parse);
}

void TestManifest::packagePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "bin/selftest" << true;
    QTest::newRow("dotfile") << "bin/.hidden" << true;
    QTest::newRow("dots in name") << "bin/..x" << true;
    QTest::newRow("parent") << "bin/../../etc/passwd" << false;
    QTest::newRow("only parent") << ".." << false;
    QTest::newRow("absolute") << "/bin/sh" << false;
    QTest::newRow("drive") << "C:/bin/sh" << false;
    QTest::newRow("backslash parent") << "bin\\..\\..\\sh" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("double slash") << "bin//selftest" << false;
    QTest::newRow("trailing slash") << "bin/" << false;
    QTest::newRow("dot segment") << "./bin/selftest" << false;
    QTest::newRow("newline") << "bin/self\ntest" << false;
}

void TestManifest::packagePaths()
{
    QFETCH(QString, path);
    QFETCH(bool, ok);
    QString problem;
    QCOMPARE(Manifest::isPackagePath(path, &problem), ok);
    QCOMPARE(problem.isEmpty(), ok);
}

void TestManifest::moduleNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("snake") << "farm_manager" << true;
    QTest::newRow("digits") << "v2_api" << true;
    QTest::newRow("two chars") << "ab" << true;
    QTest::newRow("one char") << "a" << false;
    QTest::newRow("64 chars") << QString(64, 'a') << true;
    QTest::newRow("65 chars") << QString(65, 'a') << false;
    QTest::newRow("upper") << "Farm" << false;
    QTest::newRow("leading digit") << "2farm" << false;
    QTest::newRow("dash") << "farm-manager" << false;
    QTest::newRow("leading underscore") << "_farm" << false;
}

void TestManifest::moduleNames()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(Manifest::isValidModuleName(name), ok);
}

void TestManifest::warnings()
{
    // Valid, but worth telling the author about.
    QJsonObject o = TestSupport::readJson(manifestPath("valid/minimal.json")).object();
    o.insert("license_type", "per_site");
    o.insert("dependencies", QJsonObject {{"legacy_farm", ">=2.0.0"}});
    o.insert("conflicts", QJsonObject {{"legacy_farm", "<2.0.0"}});
    o.insert("health",
             QJsonArray {QJsonObject {{"name", "ready"},
                                      {"type", "readiness"},
                                      {"tcp", QJsonObject {{"port", 80}}},
                                      {"period_s", 5},
                                      {"timeout_s", 10}}});
    o.insert("config_schema",
             QJsonObject {{"type", "object"},
                          {"x-widget", "slider"},
                          {"required", QJsonArray {"units"}},
                          {"properties", QJsonObject {{"size", QJsonObject {{"type", "integer"}}}}}});
    ValidationReport report;
    const auto m = Manifest::fromJson(o, &report);
    QVERIFY2(m.ok(), qPrintable(m.error().detail()));
    QStringList got;
    for (const ms::FieldIssue& w : report.warnings())
        got << w.toString();
    got.sort();
    QCOMPARE(got,
             QStringList({
                 "config_schema.required[0]: \"units\" is not one of the properties",
                 "config_schema.x-widget: unknown schema keyword, kept as is",
                 "conflicts.legacy_farm: legacy_farm is both a dependency and a conflict; only versions "
                 "outside \"<2.0.0\" can satisfy it",
                 "health[0].timeout_s: 10 s is longer than period_s (5 s); checks will overlap",
                 "license_type: has no effect while license_required is false",
             }));
    QCOMPARE(m->licenseType(), LicenseType::PerSite);
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
