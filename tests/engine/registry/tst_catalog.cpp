#include "TestSupport.h"
#include "registry/Catalog.h"
#include "registry/CatalogReader.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using ms::Catalog;
using ms::CatalogReader;
using ms::CatalogModule;
using ms::CatalogVersion;
using ms::ErrorCode;
using ms::ValidationReport;
using ms::Version;

namespace {

ms::Result<Catalog> load(const QString& name, ValidationReport* report = nullptr)
{
    return Catalog::parse(TestSupport::readFile(TestSupport::fixturePath("catalogs/" + name)), report);
}

QStringList versionsOf(const CatalogModule* m)
{
    QStringList out;
    if (m) {
        for (const CatalogVersion& v : m->versions)
            out << v.version.toString();
    }
    return out;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesMain();
    void versionsNewestFirst();
    void perVersionFields();
    void timestamps_data();
    void timestamps();
    void invalid_data();
    void invalid();
    void reportsEveryProblem();
    void newerSchemaIsUnsupported();
    void notJson();
    void unknownFieldsWarned();
    void mergeByPriority();
    void mergeOrderMatters();
    void mergeOfMergedViews();
    void expiry();
    void partsGiveTheSameResult_data();
    void partsGiveTheSameResult();
    void directReaderGivesTheSameCatalog_data();
    void directReaderGivesTheSameCatalog();
    void directReaderReadsEveryField();
};

void TestCatalog::parsesMain()
{
    ValidationReport report;
    const auto c = load("main.json", &report);
    QVERIFY2(c.ok(), qPrintable(c.error().detail()));
    QVERIFY2(report.warnings().isEmpty(), qPrintable(report.lines().join('\n')));
    QCOMPARE(c->schema(), 1);
    QCOMPARE(c->registry(), QString("a64-main"));
    QCOMPARE(c->registries(), QStringList({"a64-main"}));
    QVERIFY(!c->isMerged());
    QCOMPARE(c->serial(), 42);
    QCOMPARE(c->expires(), QDateTime(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC));

    QStringList names;
    for (const CatalogModule& m : c->modules())
        names << m.moduleName;
    QCOMPARE(names, QStringList({"farm_manager", "inventory", "legacy_farm", "reports"}));

    const CatalogModule* farm = c->module("farm_manager");
    QVERIFY(farm);
    QCOMPARE(farm->displayName, QString("Farm Manager"));
    QCOMPARE(farm->kind, ms::ModuleKind::Business);
    QCOMPARE(farm->tags, QStringList({"farm", "agriculture"}));
    QCOMPARE(farm->registry, QString("a64-main"));
    QCOMPARE(c->module("inventory")->kind, ms::ModuleKind::Shared);
    QVERIFY(!c->module("weather"));
    QVERIFY(!c->module("Farm_Manager"));
}

void TestCatalog::versionsNewestFirst()
{
    const auto c = load("main.json");
    QVERIFY(c.ok());
    QCOMPARE(versionsOf(c->module("farm_manager")), QStringList({"1.9.0-beta.1", "1.8.1", "1.8.0", "1.7.0"}));
    QCOMPARE(versionsOf(c->module("inventory")), QStringList({"2.3.0", "2.1.0", "2.0.0", "1.4.0"}));
}

void TestCatalog::perVersionFields()
{
    const auto c = load("main.json");
    QVERIFY(c.ok());
    const CatalogVersion* v = c->find("farm_manager", *Version::parse(u"1.8.0"));
    QVERIFY(v);
    QCOMPARE(v->path, QString("farm_manager/1.8.0/farm_manager-1.8.0.tar.gz"));
    QCOMPARE(v->sha256.size(), 64);
    QVERIFY(v->size > 0);
    QCOMPARE(v->dependencies.value("inventory").text(), QString("^2.1.0"));
    QCOMPARE(v->coreRequirement().text(), QString(">=1.3.0"));
    QVERIFY(v->conflicts.value("legacy_farm").isAny());
    QVERIFY(v->licenseRequired);
    QVERIFY(!v->yanked);
    QCOMPARE(v->releasedAt, QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC));

    QVERIFY(c->find("farm_manager", *Version::parse(u"1.8.1"))->yanked);
    const CatalogVersion* old = c->find("farm_manager", *Version::parse(u"1.7.0"));
    QVERIFY(old->conflicts.isEmpty());
    QVERIFY(!old->licenseRequired);
    QVERIFY(c->find("inventory", *Version::parse(u"2.0.0"))->coreRequirement().isAny());
    QVERIFY(!c->find("farm_manager", *Version::parse(u"1.8.2")));
    QVERIFY(!c->find("weather", *Version::parse(u"1.0.0")));
    // Offsets and sub-millisecond fractions are accepted and read as UTC.
    QCOMPARE(c->find("legacy_farm", *Version::parse(u"0.9.0"))->releasedAt,
             QDateTime(QDate(2024, 3, 1), QTime(6, 0, 0, 123), Qt::UTC));
}

void TestCatalog::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zulu") << "2026-05-01T12:00:00Z" << true;
    QTest::newRow("offset") << "2026-05-01T12:00:00+02:00" << true;
    QTest::newRow("fraction") << "2026-05-01T12:00:00.5Z" << true;
    QTest::newRow("no offset") << "2026-05-01T12:00:00" << false;
    QTest::newRow("date only") << "2026-05-01" << false;
    QTest::newRow("space") << "2026-05-01 12:00:00Z" << false;
    QTest::newRow("month 13") << "2026-13-01T12:00:00Z" << false;
    QTest::newRow("empty") << "" << false;
}

void TestCatalog::timestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Catalog::parseTimestamp(text).isValid(), valid);
}

void TestCatalog::invalid_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    auto row = [](const char* fixture, const char* path, const char* message) {
        QTest::newRow(fixture) << QString(fixture) << QString(path) << QString(message);
    };
    row("sha256", "modules[3].versions[0].sha256", "not 64 hex digits");
    row("sha256_not_hex", "modules[3].versions[1].sha256", "not 64 hex digits");
    row("version", "modules[1].versions[2].version", "\"2.3\" is not a valid version");
    row("duplicate_version", "modules[1].versions[4].version", "\"2.1.0\" is already listed at versions[1]");
    row("duplicate_module", "modules[4].module_name", "\"reports\" is already listed at modules[2]");
    row("path_dotdot", "modules[0].versions[1].path",
        "\"../../etc/passwd\" leaves the package (\"..\" is not allowed)");
    row("path_absolute", "modules[0].versions[1].path",
        "\"/srv/registry/farm_manager-1.8.0.tar.gz\" is absolute; it must be a path inside the package");
    row("size", "modules[2].versions[0].size", "must be a whole number from 1 to 9007199254740991, not -5");
    row("dependency_range", "modules[0].versions[0].dependencies.inventory",
        "\"^2.0.0 ||| 3\" is not a valid range");
    row("conflict_name", "modules[0].versions[1].conflicts.Legacy-Farm",
        "\"Legacy-Farm\" is not a valid module name (^[a-z][a-z0-9_]{1,63}$)");
    row("yanked", "modules[0].versions[3].yanked", "must be true or false, not a string");
    row("license_required", "modules[0].versions[1].license_required", "must be true or false, not a number");
    row("released_at", "modules[1].versions[0].released_at",
        "\"2026-01-15 09:30\" is not an RFC 3339 date and time such as 2026-05-01T12:00:00Z");
    row("expires", "expires", "\"2026-06-30\" is not an RFC 3339 date and time such as 2026-05-01T12:00:00Z");
    row("serial_missing", "serial", "required field is missing");
    row("serial_fraction", "serial", "must be a whole number from 0 to 9007199254740991, not 4.5");
    row("registry_empty", "registry", "must not be empty");
    row("module_core", "modules[2].module_name", "\"core\" is not a valid module name");
    row("module_kind", "modules[2].kind", "\"plugin\" is not one of core, shared, business");
    row("versions_empty", "modules[2].versions", "must list at least one version");
    row("versions_missing", "modules[2].versions", "required field is missing");
    row("modules_not_array", "modules", "must be an array, not an object");
    row("depends_on_itself", "modules[2].versions[0].dependencies.reports",
        "a module cannot depend on itself");
}

void TestCatalog::invalid()
{
    QFETCH(QString, fixture);
    QFETCH(QString, path);
    QFETCH(QString, message);
    ValidationReport report;
    const auto c = load("invalid/" + fixture + ".json", &report);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code(), ErrorCode::Validation);
    QVERIFY2(report.errors().size() == 1, qPrintable(report.lines().join('\n')));
    QCOMPARE(report.errors().first().path, path);
    QVERIFY2(report.errors().first().message.startsWith(message),
             qPrintable(report.errors().first().message));
    QCOMPARE(c.error().subject(), path);
    QVERIFY(c.error().message().contains(path + ": " + message));
}

void TestCatalog::reportsEveryProblem()
{
    ValidationReport report;
    const auto c = load("invalid/many_problems.json", &report);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().detail().split('\n'),
             QStringList({
                 "serial: must be a whole number from 0 to 9007199254740991, not -1",
                 "modules[0].versions[0].sha256: not 64 hex digits",
                 "modules[1].versions[3].version: \"one\" is not a valid version",
                 "modules[3].module_name: \"Legacy\" is not a valid module name (^[a-z][a-z0-9_]{1,63}$, not "
                 "\"core\")",
             }));
    QVERIFY(c.error().message().startsWith("The catalog has 4 problems; the first: serial: "));
}

void TestCatalog::newerSchemaIsUnsupported()
{
    const auto c = load("invalid/schema_newer.json");
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code(), ErrorCode::Unsupported);
    QCOMPARE(c.error().subject(), QString("schema"));
    QVERIFY(c.error().message().contains("catalog schema 2 is newer than this program reads (1)"));
}

void TestCatalog::notJson()
{
    const auto c = load("invalid/not_json.json");
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code(), ErrorCode::Parse);
    QVERIFY(c.error().message().startsWith("the catalog is not valid JSON"));
    QCOMPARE(Catalog::parse("[1, 2]").error().code(), ErrorCode::Parse);
    QCOMPARE(Catalog::parse(QByteArray()).error().code(), ErrorCode::Parse);
}

void TestCatalog::unknownFieldsWarned()
{
    QJsonObject root = TestSupport::readJson(TestSupport::fixturePath("catalogs/main.json")).object();
    root.insert("mirrors", QJsonArray {"https://mirror.example"});
    QJsonArray modules = root.value("modules").toArray();
    QJsonObject reports = modules.at(2).toObject();
    QJsonArray versions = reports.value("versions").toArray();
    QJsonObject v = versions.at(0).toObject();
    v.insert("changelog", "fixes");
    versions.replace(0, v);
    reports.insert("versions", versions);
    modules.replace(2, reports);
    root.insert("modules", modules);

    ValidationReport report;
    const auto c = Catalog::fromJson(root, &report);
    QVERIFY2(c.ok(), qPrintable(c.error().detail()));
    QStringList warned;
    for (const ms::FieldIssue& w : report.warnings())
        warned << w.path;
    QCOMPARE(warned, QStringList({"modules[2].versions[0].changelog", "mirrors"}));
}

void TestCatalog::mergeByPriority()
{
    const auto main = load("main.json");
    const auto mirror = load("mirror.json");
    QVERIFY(main.ok() && mirror.ok());
    const Catalog merged = Catalog::merge({*main, *mirror});

    QVERIFY(merged.isMerged());
    QCOMPARE(merged.registries(), QStringList({"a64-main", "a64-mirror"}));
    QCOMPARE(merged.registry(), QString("a64-main"));
    // The whole module comes from the higher-priority registry: the mirror's 2.0.0 is not
    // mixed into main's farm_manager.
    const CatalogModule* farm = merged.module("farm_manager");
    QVERIFY(farm);
    QCOMPARE(farm->registry, QString("a64-main"));
    QCOMPARE(farm->displayName, QString("Farm Manager"));
    QCOMPARE(versionsOf(farm), QStringList({"1.9.0-beta.1", "1.8.1", "1.8.0", "1.7.0"}));
    QCOMPARE(farm->shadowedRegistries, QStringList({"a64-mirror"}));
    QVERIFY(!merged.find("farm_manager", *Version::parse(u"2.0.0")));

    // A module only the mirror has comes from the mirror.
    const CatalogModule* weather = merged.module("weather");
    QVERIFY(weather);
    QCOMPARE(weather->registry, QString("a64-mirror"));
    QVERIFY(weather->shadowedRegistries.isEmpty());
    QCOMPARE(merged.module("inventory")->registry, QString("a64-main"));
    QCOMPARE(merged.modules().size(), 5);
    // The merged view is only as fresh as its stalest part.
    QCOMPARE(merged.expires(), mirror->expires());
}

void TestCatalog::mergeOrderMatters()
{
    const auto main = load("main.json");
    const auto mirror = load("mirror.json");
    QVERIFY(main.ok() && mirror.ok());
    const Catalog merged = Catalog::merge({*mirror, *main});
    const CatalogModule* farm = merged.module("farm_manager");
    QCOMPARE(farm->registry, QString("a64-mirror"));
    QCOMPARE(versionsOf(farm), QStringList({"2.0.0", "1.8.0"}));
    QCOMPARE(farm->shadowedRegistries, QStringList({"a64-main"}));
    QCOMPARE(merged.module("inventory")->registry, QString("a64-main"));
}

void TestCatalog::mergeOfMergedViews()
{
    const auto main = load("main.json");
    const auto mirror = load("mirror.json");
    const auto community = load("community.json");
    QVERIFY(main.ok() && mirror.ok() && community.ok());
    const Catalog merged = Catalog::merge({Catalog::merge({*main, *mirror}), *community});
    QCOMPARE(merged.registries(), QStringList({"a64-main", "a64-mirror", "community"}));
    QCOMPARE(merged.module("farm_manager")->shadowedRegistries, QStringList({"a64-mirror", "community"}));
    QCOMPARE(merged.module("weather")->registry, QString("a64-mirror"));
    QCOMPARE(versionsOf(merged.module("weather")), QStringList({"1.0.0"}));
    QCOMPARE(merged.module("weather")->shadowedRegistries, QStringList({"community"}));
}

void TestCatalog::expiry()
{
    const auto c = load("main.json");
    QVERIFY(c.ok());
    QVERIFY(!c->isExpired(QDateTime(QDate(2026, 6, 29), QTime(23, 59), Qt::UTC)));
    QVERIFY(c->isExpired(QDateTime(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC)));
    QVERIFY(Catalog().isExpired(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"

namespace {

/// Everything a parse says: the catalog (module, versions) or the error, and the report.
/// @p parts 0 is parse() as callers use it; otherwise through the JSON tree in that many parts.
QStringList outcome(const QByteArray& json, int parts)
{
    ValidationReport report;
    const auto c = parts == 0 ? Catalog::parse(json, &report) : Catalog::parseInParts(json, parts, &report);
    QStringList out;
    if (c) {
        out << "registry " + c->registry() << "serial " + QString::number(c->serial());
        for (const CatalogModule& m : c->modules())
            out << m.moduleName + " " + m.displayName + " " + versionsOf(&m).join(',') + " " + m.tags.join(',');
    } else {
        out << "error " + QString::number(int(c.error().code())) << c.error().message() << c.error().detail();
    }
    for (const ms::FieldIssue& e : report.errors())
        out << "report error " + e.toString();
    for (const ms::FieldIssue& w : report.warnings())
        out << "report warning " + w.toString();
    return out;
}

} // namespace

void TestCatalog::partsGiveTheSameResult_data()
{
    QTest::addColumn<QByteArray>("json");
    QDirIterator it(TestSupport::fixturePath("catalogs"), {"*.json"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QTest::newRow(qPrintable(QDir(TestSupport::fixturePath("catalogs")).relativeFilePath(file)))
            << TestSupport::readFile(file);
    }
    // Text the scan must follow, or give up on (the whole text is then parsed in one piece).
    const QByteArray module = R"({"module_name":"m%1","display_name":"a, \"b\" ] [ } {","versions":[)"
                              R"({"version":"1.0.0","path":"p.tar.gz","sha256":")"
        + QByteArray(64, 'a') + R"(","size":1,"dependencies":{"core":">=1.0.0"}}],"tags":["x,y","]"]})";
    auto catalog = [&](int modules, const QByteArray& between = ",", const QByteArray& before = {}) -> QByteArray {
        QByteArray list;
        for (int i = 0; i < modules; ++i)
            list += (i ? between : QByteArray()) + QByteArray(module).replace("%1", QByteArray::number(i));
        return R"({"schema":1,"registry":"r",)" + before
            + R"("serial":1,"expires":"2030-01-01T00:00:00Z","modules":[)" + list + "]}";
    };
    QTest::newRow("strings with commas and brackets") << catalog(7);
    QTest::newRow("whitespace between modules") << catalog(5, " ,\n\t ");
    QTest::newRow("empty element") << catalog(5, ",,");
    QTest::newRow("missing comma") << catalog(5, " ");
    QTest::newRow("trailing comma") << QByteArray(catalog(5)).replace("]}", ",]}");
    QTest::newRow("text after the document") << catalog(5) + " x";
    QTest::newRow("two documents") << catalog(3) + catalog(3);
    QTest::newRow("modules twice") << catalog(4, ",", R"("modules":[],)");
    QTest::newRow("modules key with an escape") << QByteArray(catalog(4)).replace(R"("modules")", R"("modul\u0065s")");
    QTest::newRow("modules is an object") << QByteArray(catalog(1)).replace(R"("modules":[)", R"("modules":{"a":[)") + "}";
    QTest::newRow("modules is a string") << QByteArray(R"({"schema":1,"modules":"[1,2]"})");
    QTest::newRow("modules is a number") << QByteArray(R"({"schema":1,"modules":12})");
    QTest::newRow("modules holds non-objects") << QByteArray(catalog(3)).replace("[{\"module_name\":\"m0", "[1, \"two\", null, {\"module_name\":\"m0");
    QTest::newRow("duplicate modules across parts") << QByteArray(catalog(6)).replace("\"m5\"", "\"m0\"").replace("\"m4\"", "\"m1\"");
    QTest::newRow("unterminated string") << catalog(4).chopped(20);
    QTest::newRow("empty modules") << catalog(0);
    QTest::newRow("array at the top") << QByteArray("[" + catalog(3) + "]");
    // Found by fuzz_parsers: a newer schema in the head, broken JSON in a module. The whole
    // text is not JSON, and that is what both must say.
    QTest::newRow("newer schema, broken module")
        << QByteArray(catalog(4)).replace(R"("schema":1)", R"("schema":2)").replace(R"("size":1,)", R"("size" 1,)");
}

void TestCatalog::partsGiveTheSameResult()
{
    QFETCH(QByteArray, json);
    const QStringList whole = outcome(json, 1);
    for (int parts : {0, 2, 3, 7})
        QCOMPARE(outcome(json, parts), whole);
}

namespace {

/// A catalog of one module whose first version has @p versionExtra after its fields, and
/// whose module and root have @p moduleExtra and @p rootExtra.
QByteArray oneModule(const QByteArray& description, const QByteArray& versionExtra = {},
                     const QByteArray& moduleExtra = {}, const QByteArray& rootExtra = {})
{
    return R"({"schema":1,"registry":"r","serial":7,"expires":"2030-01-01T00:00:00+02:00",)" + rootExtra
        + R"("modules":[{"module_name":"notes","display_name":"","description":")" + description + R"(",)"
        + R"("kind":"shared","tags":["a","b"],)" + moduleExtra + R"("versions":[)"
        + R"({"version":"1.0.0+build.5","path":"notes/notes-1.0.0.tar.gz","sha256":")" + QByteArray(32, 'A')
        + QByteArray(32, 'f') + R"(","size":9007199254740991,"dependencies":{"core":"^1.2","docs":">=1.0.0 <2"},)"
        + R"("conflicts":{"old_notes":"*"},"released_at":"2026-05-01T12:00:00.250Z","yanked":false,)"
        + R"("license_required":true)" + versionExtra + R"(},)"
        + R"({"version":"2.0.0-rc.1","path":"notes/notes-2.0.0-rc.1.tar.gz","sha256":")" + QByteArray(64, '0')
        + R"(","size":1}]}]})";
}

} // namespace

void TestCatalog::directReaderGivesTheSameCatalog_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("direct"); // whether the direct reader reads it (skipping unknown fields)
    QTest::addColumn<bool>("unknown"); // whether it has fields the format does not know

    QTest::newRow("main.json") << TestSupport::readFile(TestSupport::fixturePath("catalogs/main.json")) << true
                               << false;
    QTest::newRow("every field") << oneModule("plain") << true << false;
    QTest::newRow("UTF-8 of 2, 3 and 4 bytes, escaped")
        << oneModule(R"(Gesti\u00f3n \u2014 caf\u00e9 \ud83d\ude9c)") << true << false;
    QTest::newRow("UTF-8 of 2, 3 and 4 bytes") << oneModule("Gesti\xc3\xb3n \xe2\x80\x94 caf\xc3\xa9 \xf0\x9f\x9a\x9c")
                                               << true << false;
    QTest::newRow("every escape") << oneModule(R"(\"\\\/\b\f\n\r\t\u0000\u00e9)") << true << false;
    QTest::newRow("whitespace everywhere")
        << " \n" + QByteArray(oneModule("x")).replace(",\"", " ,\n\t \"").replace("\":", "\"\r: ").replace("}", " }")
               + "\n"
        << true << false;
    QTest::newRow("unknown fields at every level")
        << oneModule("x", R"(,"changelog":{"a":[1,-2.5e10,true,false,null,"s",{}],"b":[]})",
                     R"("homepage":"https://example.org","stars":0.5,)", R"("mirrors":["https://m"],)")
        << true << true;
    // What the direct reader leaves to the JSON tree, which reads them all the same.
    QTest::newRow("size with an exponent") << QByteArray(oneModule("x")).replace(R"("size":1})", R"("size":1e0})")
                                           << false << false;
    QTest::newRow("schema with a fraction") << QByteArray(oneModule("x")).replace(R"("schema":1)", R"("schema":1.0)")
                                            << false << false;
    QTest::newRow("key with an escape") << QByteArray(oneModule("x")).replace(R"("kind")", R"("k\u0069nd")")
                                        << false << false;
    QTest::newRow("known key twice") << oneModule("x", {}, R"("kind":"core",)") << false << false;
    QTest::newRow("unknown value nested 70 deep")
        << oneModule("x", R"(,"deep":)" + QByteArray(70, '[') + QByteArray(70, ']')) << false << true;
    QTest::newRow("unknown number of 18 digits") << oneModule("x", R"(,"n":123456789012345678)") << false << true;
    QTest::newRow("sha256 with an escape")
        << QByteArray(oneModule("x")).replace(R"("sha256":"0)", R"("sha256":"\u0030)") << false << false;
    // What neither reads.
    QTest::newRow("control character") << oneModule("a\tb") << false << false;
    QTest::newRow("lone surrogate") << oneModule(R"(\ud83d)") << false << false;
    QTest::newRow("overlong UTF-8") << oneModule("\xc0\xaf") << false << false;
    QTest::newRow("UTF-8 surrogate") << oneModule("\xed\xa0\x80") << false << false;
    QTest::newRow("UTF-8 cut short") << oneModule("\xe2\x80") << false << false;
    QTest::newRow("self dependency")
        << QByteArray(oneModule("x")).replace(R"("docs":">=1.0.0 <2")", R"("notes":"*")") << false << false;
    QTest::newRow("core as a conflict")
        << QByteArray(oneModule("x")).replace(R"("old_notes":"*")", R"("core":"*")") << false << false;
    QTest::newRow("version twice")
        << QByteArray(oneModule("x")).replace("2.0.0-rc.1", "1.0.0+other") << false << false;
    QTest::newRow("text after the document") << oneModule("x") + "{}" << false << false;
    QTest::newRow("newer schema") << QByteArray(oneModule("x")).replace(R"("schema":1)", R"("schema":2)")
                                  << false << false;
    QTest::newRow("size zero") << QByteArray(oneModule("x")).replace(R"("size":1})", R"("size":0})") << false
                               << false;
    QTest::newRow("leading zero") << QByteArray(oneModule("x")).replace(R"("size":1})", R"("size":01})") << false
                                  << false;
}

void TestCatalog::directReaderGivesTheSameCatalog()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, direct);
    QFETCH(bool, unknown);

    ValidationReport report;
    const auto tree = Catalog::parseInParts(json, 1, &report);
    const std::optional<Catalog> skipping = CatalogReader::read(json, CatalogReader::Unknown::Skip);
    const std::optional<Catalog> strict = CatalogReader::read(json, CatalogReader::Unknown::GiveUp);
    QCOMPARE(skipping.has_value(), direct);
    QCOMPARE(strict.has_value(), direct && !unknown);
    if (direct) {
        QVERIFY2(tree.ok(), qPrintable(tree.error().detail()));
        QVERIFY(report.errors().isEmpty());
        QCOMPARE(report.warnings().isEmpty(), !unknown);
        QVERIFY(*skipping == *tree);
        if (strict)
            QVERIFY(*strict == *tree);
    }
    // parse() says what the JSON tree says, with or without a report.
    ValidationReport parsedReport;
    const auto parsed = Catalog::parse(json, &parsedReport);
    const auto quiet = Catalog::parse(json);
    QCOMPARE(parsed.ok(), tree.ok());
    QCOMPARE(quiet.ok(), tree.ok());
    if (tree.ok()) {
        QVERIFY(*parsed == *tree);
        QVERIFY(*quiet == *tree);
    } else {
        QCOMPARE(parsed.error().toString() + parsed.error().detail(),
                 tree.error().toString() + tree.error().detail());
        QCOMPARE(quiet.error().toString(), tree.error().toString());
    }
    QCOMPARE(parsedReport.errors().size(), report.errors().size());
    QCOMPARE(parsedReport.warnings().size(), report.warnings().size());
}

void TestCatalog::directReaderReadsEveryField()
{
    // Field by field: equality with the JSON tree would not notice a field both read wrong.
    const std::optional<Catalog> c = CatalogReader::read(oneModule(R"(Gesti\u00f3n \ud83d\ude9c \"q\")"));
    QVERIFY(c);
    QCOMPARE(c->registry(), QString("r"));
    QCOMPARE(c->serial(), 7);
    QCOMPARE(c->expires(), QDateTime(QDate(2029, 12, 31), QTime(22, 0), Qt::UTC));
    const CatalogModule* m = c->module("notes");
    QVERIFY(m);
    QCOMPARE(m->displayName, QString("notes"));
    QCOMPARE(m->description, QStringView(u"Gesti\u00f3n \U0001F69C \"q\"").toString());
    QCOMPARE(m->kind, ms::ModuleKind::Shared);
    QCOMPARE(m->tags, QStringList({"a", "b"}));
    QCOMPARE(m->registry, QString("r"));
    QCOMPARE(versionsOf(m), QStringList({"2.0.0-rc.1", "1.0.0"}));
    const CatalogVersion& v = m->versions.at(1);
    QCOMPARE(v.version.toFullString(), QString("1.0.0+build.5"));
    QCOMPARE(v.sha256, QString(32, 'a') + QString(32, 'f'));
    QCOMPARE(v.size, (qint64(1) << 53) - 1);
    QCOMPARE(v.dependencies.keys(), QStringList({"core", "docs"}));
    QCOMPARE(v.dependencies.value("docs").text(), QString(">=1.0.0 <2"));
    QCOMPARE(v.coreRequirement().text(), QString("^1.2"));
    QCOMPARE(v.conflicts.keys(), QStringList({"old_notes"}));
    QCOMPARE(v.releasedAt, QDateTime(QDate(2026, 5, 1), QTime(12, 0, 0, 250), Qt::UTC));
    QVERIFY(v.licenseRequired);
    QVERIFY(!v.yanked);
    QVERIFY(!m->versions.at(0).licenseRequired);
    QVERIFY(!m->versions.at(0).releasedAt.isValid());
}
