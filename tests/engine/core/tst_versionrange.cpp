#include "core/VersionRange.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using ms::Version;
using ms::VersionRange;

class TestVersionRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonical_data();
    void canonical();
    void matches_data();
    void matches();
    void invalid_data();
    void invalid();
    void includePrerelease();
    void exactVersion();
    void conformance();
};

void TestVersionRange::canonical_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("expected");
    QTest::newRow("caret") << "^1.2.3" << ">=1.2.3 <2.0.0-0";
    QTest::newRow("caret zero minor") << "^0.2.3" << ">=0.2.3 <0.3.0-0";
    QTest::newRow("caret zero zero") << "^0.0.3" << ">=0.0.3 <0.0.4-0";
    QTest::newRow("caret partial zero") << "^0.0" << "<0.1.0-0";
    QTest::newRow("tilde") << "~1.2.3" << ">=1.2.3 <1.3.0-0";
    QTest::newRow("tilde gt") << "~>1.2" << ">=1.2.0 <1.3.0-0";
    QTest::newRow("x-range") << "1.x" << ">=1.0.0 <2.0.0-0";
    QTest::newRow("star") << "*" << "*";
    QTest::newRow("empty") << "" << "*";
    QTest::newRow("hyphen partial") << "1.2 - 2" << ">=1.2.0 <3.0.0-0";
    QTest::newRow("union") << "^1 || ^2" << ">=1.0.0 <2.0.0-0||>=2.0.0 <3.0.0-0";
    QTest::newRow("gt partial") << ">1.2" << ">=1.3.0";
    QTest::newRow("le partial") << "<=1.2" << "<1.3.0-0";
    QTest::newRow("dedupe") << ">=1.0.0 >=1.0.0" << ">=1.0.0";
    QTest::newRow("gte zero is any") << ">=0.0.0" << "*";
    QTest::newRow("null set wins") << ">1.0.0 <x" << "<0.0.0-0";
    QTest::newRow("spaced operator") << ">= 1.2.3 <   2" << ">=1.2.3 <2.0.0-0";
    QTest::newRow("newline is whitespace") << ">=1.0.0\n<2.0.0" << ">=1.0.0 <2.0.0";
}

void TestVersionRange::canonical()
{
    QFETCH(QString, range);
    QFETCH(QString, expected);
    const auto r = VersionRange::parse(range);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->toString(), expected);
}

void TestVersionRange::matches_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("expected");
    QTest::newRow("diamond a") << "^1" << "1.4.2" << true;
    QTest::newRow("diamond b") << ">=1.4 <2" << "1.4.2" << true;
    QTest::newRow("diamond b low") << ">=1.4 <2" << "1.3.9" << false;
    QTest::newRow("pre excluded") << "^1.2.3" << "1.3.0-beta" << false;
    QTest::newRow("pre same tuple") << "^1.2.3-alpha" << "1.2.3-beta" << true;
    QTest::newRow("pre other tuple") << "^1.2.3-alpha" << "1.2.4-beta" << false;
    QTest::newRow("pre in other set") << "^1.2.3-alpha || ^2" << "2.0.1-rc" << false;
    QTest::newRow("upper pre bound") << "^1.0.0" << "2.0.0-0" << false;
    QTest::newRow("hyphen inclusive") << "1.0.0 - 2.0.0" << "2.0.0" << true;
    QTest::newRow("hyphen partial upper") << "1.0.0 - 2" << "2.9.9" << true;
    QTest::newRow("build ignored") << "=1.2.3" << "1.2.3" << true;
    QTest::newRow("exact miss") << "1.2.3" << "1.2.4" << false;
}

void TestVersionRange::matches()
{
    QFETCH(QString, range);
    QFETCH(QString, version);
    QFETCH(bool, expected);
    const auto r = VersionRange::parse(range);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->contains(*Version::parse(version)), expected);
}

void TestVersionRange::invalid_data()
{
    QTest::addColumn<QString>("range");
    QTest::newRow("ruby pessimistic with garbage") << "~>1.2-";
    QTest::newRow("word") << "latest";
    QTest::newRow("leading zero") << ">=01.2.3";
    QTest::newRow("x then number") << "1.x.3";
    QTest::newRow("dangling hyphen") << "1.2.3 -";
    QTest::newRow("hyphen with extra") << "1.0.0 - 2.0.0 - 3.0.0";
    QTest::newRow("loose prerelease") << "^1.2.3beta";
    QTest::newRow("overflow") << "^9007199254740991.0.0";
    QTest::newRow("double op") << ">>1.2.3";
    QTest::newRow("four parts") << "1.2.3.4";
}

void TestVersionRange::invalid()
{
    QFETCH(QString, range);
    const auto r = VersionRange::parse(range);
    QVERIFY2(!r.ok(), qPrintable(range + " parsed as " + (r.ok() ? r->toString() : QString())));
    QCOMPARE(r.error().code(), ms::ErrorCode::Parse);
    QVERIFY(r.error().message().contains(range));
}

void TestVersionRange::includePrerelease()
{
    const auto r = VersionRange::parse(u"^1.2.3");
    QVERIFY(!r->contains(*Version::parse(u"1.5.0-rc.1")));
    QVERIFY(r->contains(*Version::parse(u"1.5.0-rc.1"), true));
}

void TestVersionRange::exactVersion()
{
    QVERIFY(VersionRange::parse(u"1.2.3")->exactVersion().has_value());
    QVERIFY(VersionRange::parse(u"=1.2.3")->exactVersion().has_value());
    QCOMPARE(VersionRange::parse(u"v1.2.3")->exactVersion()->toString(), QString("1.2.3"));
    QVERIFY(!VersionRange::parse(u"^1.2.3")->exactVersion().has_value());
    QVERIFY(!VersionRange::parse(u"1.2")->exactVersion().has_value());
    QVERIFY(VersionRange().isAny());
}

void TestVersionRange::conformance()
{
    const QString path = TestSupport::sharedPath("conformance/semver/node-semver-fixtures.json");
    if (!QFile::exists(path))
        QSKIP("../shared/conformance/semver is not present");
    const QJsonObject root = TestSupport::readJson(path).object();

    int checked = 0;
    QStringList failures;
    for (const QJsonValue& v : root.value("range_parse").toArray()) {
        const QString text = v["range"].toString();
        const auto r = VersionRange::parse(text);
        if (v["canonical"].isNull()) {
            if (r.ok())
                failures << QStringLiteral("parse %1: expected invalid, got %2").arg(text, r->toString());
        } else if (!r.ok()) {
            failures << QStringLiteral("parse %1: %2").arg(text, r.error().toString());
        } else if (r->toString() != v["canonical"].toString()) {
            failures << QStringLiteral("parse %1: expected %2, got %3").arg(text, v["canonical"].toString(), r->toString());
        }
        ++checked;
    }
    for (const char* key : {"range_include", "range_exclude"}) {
        const bool expected = QByteArray(key) == "range_include";
        for (const QJsonValue& v : root.value(QLatin1String(key)).toArray()) {
            const QString text = v["range"].toString();
            const QString version = v["version"].toString();
            const auto r = VersionRange::parse(text);
            const auto ver = Version::parse(version);
            // node-semver's satisfies() is false for a version that does not parse.
            const bool got = r.ok() && ver.ok() && r->contains(*ver);
            if (!r.ok() && expected)
                failures << QStringLiteral("%1: %2").arg(key, r.error().toString());
            else if (got != expected)
                failures << QStringLiteral("%1: %2 in %3 should be %4").arg(key, version, text, expected ? "true" : "false");
            ++checked;
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
    QVERIFY(checked > 250);
}

QTEST_GUILESS_MAIN(TestVersionRange)
#include "tst_versionrange.moc"
