#include "core/Version.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using ms::Version;

class TestVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void ordering_data();
    void ordering();
    void buildIgnoredInEquality();
    void hostileInputStaysOnOneLine();
    void sortsAList();
    void conformance();
};

void TestVersion::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("full");
    QTest::newRow("plain") << "1.2.3" << "1.2.3" << "1.2.3";
    QTest::newRow("v prefix") << "v1.2.3" << "1.2.3" << "1.2.3";
    QTest::newRow("whitespace") << "  1.2.3\t" << "1.2.3" << "1.2.3";
    QTest::newRow("prerelease") << "1.0.0-alpha.1" << "1.0.0-alpha.1" << "1.0.0-alpha.1";
    QTest::newRow("build") << "1.0.0+20130313144700" << "1.0.0" << "1.0.0+20130313144700";
    QTest::newRow("both") << "1.0.0-beta+exp.sha.5114f85" << "1.0.0-beta" << "1.0.0-beta+exp.sha.5114f85";
    QTest::newRow("hyphens in ids") << "1.0.0-x-y-z.--" << "1.0.0-x-y-z.--" << "1.0.0-x-y-z.--";
    QTest::newRow("build leading zero") << "1.0.0+001" << "1.0.0" << "1.0.0+001";
    QTest::newRow("max safe") << "9007199254740991.0.0" << "9007199254740991.0.0" << "9007199254740991.0.0";
    QTest::newRow("zero") << "0.0.0" << "0.0.0" << "0.0.0";
}

void TestVersion::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QFETCH(QString, full);
    const auto v = Version::parse(text);
    QVERIFY2(v.ok(), qPrintable(v.error().toString()));
    QCOMPARE(v->toString(), normalized);
    QCOMPARE(v->toFullString(), full);
}

void TestVersion::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("two parts") << "1.2";
    QTest::newRow("four parts") << "1.2.3.4";
    QTest::newRow("leading zero") << "01.2.3";
    QTest::newRow("leading zero minor") << "1.02.3";
    QTest::newRow("prerelease leading zero") << "1.2.3-01";
    QTest::newRow("empty prerelease") << "1.2.3-";
    QTest::newRow("empty identifier") << "1.2.3-a..b";
    QTest::newRow("empty build") << "1.2.3+";
    QTest::newRow("bad char") << "1.2.3-al_pha";
    QTest::newRow("loose suffix") << "1.2.3beta";
    QTest::newRow("equals prefix") << "=1.2.3";
    QTest::newRow("negative") << "-1.2.3";
    QTest::newRow("too big") << "9007199254740992.0.0";
    QTest::newRow("words") << "glorp";
    QTest::newRow("x") << "1.2.x";
    QTest::newRow("too long") << QString(QStringLiteral("1.2.3-") + QString(300, QLatin1Char('a')));
}

void TestVersion::parseInvalid()
{
    QFETCH(QString, text);
    const auto v = Version::parse(text);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().code(), ms::ErrorCode::Parse);
    // The message names the value; a very long one is cut, not pasted whole.
    const QString named = text.size() > 120 ? text.left(120) + u'…' : text;
    QVERIFY2(v.error().message().contains(QLatin1Char('"') + named + QLatin1Char('"')),
             qPrintable(v.error().message()));
}

void TestVersion::ordering_data()
{
    QTest::addColumn<QString>("lesser");
    QTest::addColumn<QString>("greater");
    // The chain from SemVer 2.0 §11.
    const QStringList chain{"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                            "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"};
    for (int i = 0; i + 1 < chain.size(); ++i)
        QTest::newRow(qPrintable(chain[i] + " < " + chain[i + 1])) << chain[i] << chain[i + 1];
    QTest::newRow("numeric compare") << "1.9.0" << "1.10.0";
    QTest::newRow("major") << "1.99.99" << "2.0.0";
    QTest::newRow("big numeric prerelease") << "1.0.0-99999999999999999999" << "1.0.0-100000000000000000000";
    QTest::newRow("ascii order") << "1.0.0-Z" << "1.0.0-a";
}

void TestVersion::ordering()
{
    QFETCH(QString, lesser);
    QFETCH(QString, greater);
    const Version a = *Version::parse(lesser);
    const Version b = *Version::parse(greater);
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a != b);
    QCOMPARE(a.compare(b), -1);
    QCOMPARE(b.compare(a), 1);
}

void TestVersion::buildIgnoredInEquality()
{
    const Version a = *Version::parse(u"1.2.3+a");
    const Version b = *Version::parse(u"1.2.3+b");
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
}

void TestVersion::sortsAList()
{
    QList<Version> list;
    for (const char* s : {"2.0.0", "1.0.0-rc.1", "1.10.0", "1.2.0", "1.0.0"})
        list << *Version::parse(QString::fromLatin1(s));
    std::sort(list.begin(), list.end());
    QStringList sorted;
    for (const Version& v : list)
        sorted << v.toString();
    QCOMPARE(sorted, QStringList({"1.0.0-rc.1", "1.0.0", "1.2.0", "1.10.0", "2.0.0"}));
}

// node-semver's own fixtures, exported to ../shared/conformance (skipped when absent).
void TestVersion::hostileInputStaysOnOneLine()
{
    // A version from a hostile catalog quoted in an error must not break the line or carry
    // terminal escapes or bidi overrides into a log (found by fuzz_parsers).
    const QString hostile = QStringLiteral("1.0\n\x1b[31mFAKE: ok\u202e.2\r");
    const auto result = Version::parse(hostile);
    QVERIFY(!result.ok());
    const QString text = result.error().toString();
    QVERIFY2(!text.contains(u'\n') && !text.contains(u'\r') && !text.contains(QChar(0x1b))
                 && !text.contains(QChar(0x202e)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1.0\\n\\x1b[31mFAKE: ok\\u{202e}.2\\r")), qPrintable(text));

    QCOMPARE(ms::Error::shown(QString(200, u'9'), 10), QString(10, u'9') + u'…');
    QCOMPARE(ms::Error::shown(QStringLiteral("caf\u00e9 \U0001F680")), QStringLiteral("caf\u00e9 \U0001F680"));
}

void TestVersion::conformance()
{
    const QString path = TestSupport::sharedPath("conformance/semver/node-semver-fixtures.json");
    if (!QFile::exists(path))
        QSKIP("../shared/conformance/semver is not present");
    const QJsonObject root = TestSupport::readJson(path).object();

    int checked = 0;
    for (const QJsonValue& v : root.value("comparisons").toArray()) {
        const QString g = v["greater"].toString(), l = v["lesser"].toString();
        const auto greater = Version::parse(g), lesser = Version::parse(l);
        QVERIFY2(greater.ok() && lesser.ok(), qPrintable(g + " / " + l));
        QVERIFY2(*greater > *lesser, qPrintable(g + " > " + l));
        ++checked;
    }
    for (const QJsonValue& v : root.value("equality").toArray()) {
        const QString a = v["a"].toString(), b = v["b"].toString();
        QVERIFY2(Version::parse(a).ok() && Version::parse(b).ok(), qPrintable(a + " / " + b));
        QVERIFY2(*Version::parse(a) == *Version::parse(b), qPrintable(a + " == " + b));
        ++checked;
    }
    for (const QJsonValue& v : root.value("valid_versions").toArray()) {
        const QString text = v["version"].toString();
        const auto parsed = Version::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(text + ": " + parsed.error().toString()));
        QCOMPARE(parsed->major(), quint64(v["major"].toInteger()));
        QCOMPARE(parsed->minor(), quint64(v["minor"].toInteger()));
        QCOMPARE(parsed->patch(), quint64(v["patch"].toInteger()));
        QStringList pre, build;
        for (const QJsonValue& id : v["prerelease"].toArray())
            pre << (id.isDouble() ? QString::number(id.toInteger()) : id.toString());
        for (const QJsonValue& id : v["build"].toArray())
            build << id.toString();
        QCOMPARE(parsed->prerelease(), pre);
        QCOMPARE(parsed->build(), build);
        ++checked;
    }
    QVERIFY(checked > 40);
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
