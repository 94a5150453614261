#include "TestSupport.h"
#include "discovery/SiteJson.h"

#include <QTemporaryDir>
#include <QTest>

using ms::SiteJson;

class TestSiteJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField();
    void emptyObjectHasNoFields();
    void typeErrorsNameTheFieldAndLine_data();
    void typeErrorsNameTheFieldAndLine();
    void firstErrorInFileOrder();
    void unknownFieldsAreWarnings();
    void lenientKeepsTheRightFields();
    void invalidJson_data();
    void invalidJson();
    void withPortChangesOnlyTheNumber_data();
    void withPortChangesOnlyTheNumber();
    void withPortNeedsAPortField();
    void setPortBacksUpFirst();
};

void TestSiteJson::readsEveryField()
{
    const auto s = SiteJson::read(TestSupport::fixturePath("discovery/apps/clinic-east/site.json"));
    QVERIFY2(s.ok(), qPrintable(s.error().toString()));
    QCOMPARE(s->name, std::optional<QString>("clinic"));
    QCOMPARE(s->title, std::optional<QString>("Clinic East"));
    QCOMPARE(s->domains, std::optional<QStringList>({"clinic.example.org", "*.clinic.example.org"}));
    QCOMPARE(s->port, std::optional<int>(3200));
    QCOMPARE(s->environment, std::optional<QString>("staging"));
    QCOMPARE(s->instances, std::optional<int>(2));
    QCOMPARE(s->agent, std::optional<QString>("https://host-b.internal:7400"));
    QCOMPARE(s->reloadCommand, std::optional<QString>("systemctl reload clinic-east"));
    QCOMPARE(s->modulesDir, std::optional<QString>("../shared-modules/clinic"));
    QVERIFY(s->problems().isEmpty()); // "$schema" is not unknown
}

void TestSiteJson::emptyObjectHasNoFields()
{
    const auto s = SiteJson::parse("{}", "site.json");
    QVERIFY(s.ok());
    QVERIFY(!s->name && !s->port && !s->domains && !s->environment && !s->instances);
}

void TestSiteJson::typeErrorsNameTheFieldAndLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::newRow("port as string") << QByteArray("{\"port\": \"3000\"}") << "\"port\"" << 1;
    QTest::newRow("port too large") << QByteArray("{\n\"port\": 70000}") << "\"port\"" << 2;
    QTest::newRow("port fractional") << QByteArray("{\"port\": 3000.5}") << "\"port\"" << 1;
    QTest::newRow("port zero") << QByteArray("{\"port\": 0}") << "\"port\"" << 1;
    QTest::newRow("domains as string")
        << QByteArray("{\n  \"name\": \"x\",\n  \"domains\": \"a.org\"\n}") << "\"domains\"" << 3;
    QTest::newRow("domain entry a number")
        << QByteArray("{\"domains\": [\"a.org\", 5]}") << "\"domains[1]\"" << 1;
    QTest::newRow("domain entry a URL")
        << QByteArray("{\"domains\": [\"https://a.org/x\"]}") << "\"domains[0]\"" << 1;
    QTest::newRow("environment unknown")
        << QByteArray("{\n\n\n\"environment\": \"prod-eu\"}") << "\"environment\"" << 4;
    QTest::newRow("environment a number") << QByteArray("{\"environment\": 1}") << "\"environment\"" << 1;
    QTest::newRow("instances zero") << QByteArray("{\"instances\": 0}") << "\"instances\"" << 1;
    QTest::newRow("instances a string") << QByteArray("{\"instances\": \"2\"}") << "\"instances\"" << 1;
    QTest::newRow("agent not http") << QByteArray("{\"agent\": \"ftp://host\"}") << "\"agent\"" << 1;
    QTest::newRow("title a number") << QByteArray("{\"title\": 5}") << "\"title\"" << 1;
    QTest::newRow("name empty") << QByteArray("{\"name\": \"  \"}") << "\"name\"" << 1;
    QTest::newRow("reload_command an array")
        << QByteArray("{\"reload_command\": [\"a\"]}") << "\"reload_command\"" << 1;
    QTest::newRow("modules_dir null") << QByteArray("{\"modules_dir\": null}") << "\"modules_dir\"" << 1;
}

void TestSiteJson::typeErrorsNameTheFieldAndLine()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(int, line);
    const auto s = SiteJson::parse(json, "/apps/x/site.json");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ms::ErrorCode::Parse);
    QVERIFY2(s.error().message().contains(field), qPrintable(s.error().message()));
    QCOMPARE(s.error().subject(), QString("/apps/x/site.json:%1").arg(line));
}

void TestSiteJson::firstErrorInFileOrder()
{
    // QJsonObject sorts keys; the error reported must still be the first in the file.
    const auto s = SiteJson::parse("{\n\"port\": \"x\",\n\"domains\": 1\n}", "site.json");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().subject(), QString("site.json:2"));
}

void TestSiteJson::unknownFieldsAreWarnings()
{
    const auto s = SiteJson::parse("{\n  \"port\": 3000,\n  \"colour\": \"blue\"\n}", "site.json");
    QVERIFY(s.ok());
    QCOMPARE(s->port, std::optional<int>(3000));
    QCOMPARE(s->problems().size(), 1);
    QVERIFY(!s->problems().constFirst().fatal);
    QCOMPARE(s->problems().constFirst().line, 3);
    QVERIFY(s->problems().constFirst().message.contains("\"colour\""));
    QVERIFY(!s->hasErrors());
}

void TestSiteJson::lenientKeepsTheRightFields()
{
    const QString path = TestSupport::fixturePath("discovery/apps-broken/bad-sitejson/site.json");
    const SiteJson s = SiteJson::parseLenient(TestSupport::readFile(path), path);
    QCOMPARE(s.name, std::optional<QString>("bad-sitejson"));
    QCOMPARE(s.instances, std::optional<int>(2));
    QVERIFY(!s.port);
    QVERIFY(!s.domains);
    QVERIFY(!s.environment);
    QVERIFY(s.hasErrors());
    QList<int> errorLines, warningLines;
    for (const ms::ScanProblem& p : s.problems())
        (p.fatal ? errorLines : warningLines) << p.line;
    QCOMPARE(errorLines, QList<int>({3, 4, 5}));
    QCOMPARE(warningLines, QList<int>({7}));
}

void TestSiteJson::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("subject");
    QTest::newRow("missing comma") << QByteArray("{\n  \"port\": 3000\n  \"name\": \"x\"\n}")
                                   << "site.json:3:3";
    QTest::newRow("bare string is not JSON text") << QByteArray("\"site\"") << "site.json:1:1";
    QTest::newRow("array, not an object") << QByteArray("[1]") << "site.json:1";
}

void TestSiteJson::invalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, subject);
    const auto s = SiteJson::parse(json, "site.json");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().subject(), subject);
    const SiteJson lenient = SiteJson::parseLenient(json, "site.json");
    QVERIFY(lenient.hasErrors());
    QVERIFY(!lenient.port && !lenient.name);
}

void TestSiteJson::withPortChangesOnlyTheNumber_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("pretty")
        << QByteArray("{\n  \"name\": \"b\",\n  \"port\": 4100,\n  \"x\": {\"port\": 1}\n}\n")
        << QByteArray("{\n  \"name\": \"b\",\n  \"port\": 4101,\n  \"x\": {\"port\": 1}\n}\n");
    QTest::newRow("compact, last") << QByteArray("{\"name\":\"b\",\"port\":4100}")
                                   << QByteArray("{\"name\":\"b\",\"port\":4101}");
    QTest::newRow("nested port first") << QByteArray("{\"meta\": {\"port\": 9}, \"port\" : 4100 }")
                                       << QByteArray("{\"meta\": {\"port\": 9}, \"port\" : 4101 }");
    QTest::newRow("crlf") << QByteArray("{\r\n\t\"port\": 80\r\n}\r\n")
                          << QByteArray("{\r\n\t\"port\": 4101\r\n}\r\n");
    QTest::newRow("string with brace before") << QByteArray("{\"title\": \"a } \\\" { b\", \"port\": 4100}")
                                              << QByteArray("{\"title\": \"a } \\\" { b\", \"port\": 4101}");
}

void TestSiteJson::withPortChangesOnlyTheNumber()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const auto out = SiteJson::withPort(json, "site.json", 4101);
    QVERIFY2(out.ok(), qPrintable(out.error().toString()));
    QCOMPARE(*out, expected);
}

void TestSiteJson::withPortNeedsAPortField()
{
    const auto out = SiteJson::withPort("{\"x\": {\"port\": 1}}", "site.json", 4101);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code(), ms::ErrorCode::NotFound);
}

void TestSiteJson::setPortBacksUpFirst()
{
    QTemporaryDir dir;
    QVERIFY(TestSupport::copyTree(TestSupport::fixturePath("discovery/apps/clinic-east"), dir.path()));
    const QString path = dir.filePath("site.json");
    const QByteArray original = TestSupport::readFile(path);
    const ms::ManualClock clock;
    const auto change = SiteJson::setPort(path, 3201, clock);
    QVERIFY2(change.ok(), qPrintable(change.error().toString()));
    QCOMPARE(change->backupPath, path + ".20260101T000000Z.bak");
    QCOMPARE(change->key, QString("port"));
    QCOMPARE(TestSupport::readFile(change->backupPath), original);
    QByteArray expected = original;
    expected.replace("\"port\": 3200", "\"port\": 3201");
    QCOMPARE(TestSupport::readFile(path), expected);
    QCOMPARE(SiteJson::read(path)->port, std::optional<int>(3201));
}

QTEST_GUILESS_MAIN(TestSiteJson)
#include "tst_sitejson.moc"
