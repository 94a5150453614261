#include "TestSupport.h"
#include "discovery/DotEnvWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using ms::DotEnv;

namespace {
// The file mode as ls shows it: 0600.
int mode(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// Compares file contents without printing them: fixture .env files hold (made-up) secrets,
// and test output is a log like any other.
QByteArray firstDifference(const QByteArray& actual, const QByteArray& expected)
{
    if (actual == expected)
        return {};
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual[i] == expected[i])
        ++i;
    return "contents differ from byte " + QByteArray::number(i) + " (sizes "
        + QByteArray::number(actual.size()) + " and " + QByteArray::number(expected.size()) + ")";
}
} // namespace

#define COMPARE_BYTES(actual, expected)                                                                      \
    do {                                                                                                     \
        const QByteArray difference = firstDifference(actual, expected);                                     \
        QVERIFY2(difference.isEmpty(), difference.constData());                                              \
    } while (false)
using ms::DotEnvWriter;

Q_DECLARE_METATYPE(DotEnv::Quote)

class TestDotEnvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesOnlyTheValue_data();
    void changesOnlyTheValue();
    void appendsAbsentKey_data();
    void appendsAbsentKey();
    void changesTheAssignmentThatCounts();
    void refusesFileItCannotParse();
    void refusesInvalidKey();
    void encodedValuesReadBack_data();
    void encodedValuesReadBack();
    void setValueBacksUpFirst();
    void setValueCreatesMissingFilePrivate();
};

void TestDotEnvWriter::changesOnlyTheValue_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("before"); // the bytes that change …
    QTest::addColumn<QByteArray>("after"); // … and what they become
    const QString complete = "discovery/dotenv/complete.env";
    QTest::newRow("unquoted") << complete << "PLAIN"
                              << "changed" << QByteArray("PLAIN=value") << QByteArray("PLAIN=changed");
    QTest::newRow("trailing comment kept")
        << complete << "COMMENTED"
        << "3000" << QByteArray("COMMENTED=visible # hidden") << QByteArray("COMMENTED=3000 # hidden");
    QTest::newRow("spaces around = kept")
        << complete << "SPACED"
        << "x" << QByteArray("SPACED = spaced value   \n") << QByteArray("SPACED = x   \n");
    QTest::newRow("export kept") << complete << "EXPORTED"
                                 << "no" << QByteArray("export EXPORTED=yes")
                                 << QByteArray("export EXPORTED=no");
    QTest::newRow("single quotes kept")
        << complete << "SINGLE"
        << "new $X" << QByteArray("SINGLE='literal \\n $HOME # kept'") << QByteArray("SINGLE='new $X'");
    QTest::newRow("double quotes escaped")
        << complete << "DOUBLE"
        << "a \"b\" $c" << QByteArray("DOUBLE=\"tab\\there \\\"quoted\\\" back\\\\slash \\$HOME\"")
        << QByteArray("DOUBLE=\"a \\\"b\\\" \\$c\"");
    QTest::newRow("empty before comment")
        << complete << "EMPTY_COMMENT"
        << "x" << QByteArray("EMPTY_COMMENT= # nothing") << QByteArray("EMPTY_COMMENT=x # nothing");
    QTest::newRow("empty") << complete << "EMPTY"
                           << "4000" << QByteArray("EMPTY=\n") << QByteArray("EMPTY=4000\n");
    QTest::newRow("multi-line to one line")
        << complete << "MULTI"
        << "one" << QByteArray("MULTI=\"first line\nsecond line\"") << QByteArray("MULTI=\"one\"");
    QTest::newRow("unquoted needs quotes")
        << complete << "PLAIN"
        << "has space # hash" << QByteArray("PLAIN=value") << QByteArray("PLAIN=\"has space # hash\"");
    QTest::newRow("single needs double")
        << complete << "SINGLE"
        << "it's" << QByteArray("SINGLE='literal \\n $HOME # kept'") << QByteArray("SINGLE=\"it's\"");
    QTest::newRow("indented") << complete << "INDENTED"
                              << "y" << QByteArray("  INDENTED=indented") << QByteArray("  INDENTED=y");
    QTest::newRow("crlf kept") << "discovery/dotenv/crlf.env"
                               << "SECOND"
                               << "2" << QByteArray("SECOND=\"two\"\r\n") << QByteArray("SECOND=\"2\"\r\n");
    QTest::newRow("crlf last line") << "discovery/dotenv/crlf.env"
                                    << "LAST"
                                    << "z" << QByteArray("LAST=last\r\n") << QByteArray("LAST=z\r\n");
    QTest::newRow("windows fixture") << "discovery/apps/warehouse/.env"
                                     << "SERVER_PORT"
                                     << "3301" << QByteArray("export SERVER_PORT=3300\r\n")
                                     << QByteArray("export SERVER_PORT=3301\r\n");
}

void TestDotEnvWriter::changesOnlyTheValue()
{
    QFETCH(QString, fixture);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const QByteArray original = TestSupport::readFile(TestSupport::fixturePath(fixture));
    QCOMPARE(original.count(before), 1);

    const auto written = DotEnvWriter::withValue(original, fixture, key, value);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QByteArray expected = original;
    expected.replace(before, after);
    COMPARE_BYTES(*written, expected);

    // Read back: the key has the new value, every other entry is as it was.
    const auto reread = DotEnv::parse(*written, fixture);
    QVERIFY2(reread.ok(), qPrintable(reread.error().toString()));
    QVERIFY(reread->value(key) == value);
    const auto old = DotEnv::parse(original, fixture);
    QCOMPARE(reread->entries().size(), old->entries().size());
    for (qsizetype i = 0; i < old->entries().size(); ++i) {
        const DotEnv::Entry& a = old->entries().at(i);
        const DotEnv::Entry& b = reread->entries().at(i);
        QCOMPARE(b.key, a.key);
        QCOMPARE(b.exported, a.exported);
        if (a.key != key)
            QVERIFY2(a.value == b.value, qPrintable(a.key)); // no values in the output
    }
}

void TestDotEnvWriter::appendsAbsentKey_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("lf") << QByteArray("A=1\n") << QByteArray("A=1\nPORT=4100\n");
    QTest::newRow("no final newline") << QByteArray("A=1") << QByteArray("A=1\nPORT=4100\n");
    QTest::newRow("crlf") << QByteArray("# c\r\nA=1\r\n") << QByteArray("# c\r\nA=1\r\nPORT=4100\r\n");
    QTest::newRow("crlf no final newline")
        << QByteArray("A=1\r\nB=2") << QByteArray("A=1\r\nB=2\r\nPORT=4100\r\n");
    QTest::newRow("empty file") << QByteArray() << QByteArray("PORT=4100\n");
    QTest::newRow("comments only") << QByteArray("# nothing yet\n")
                                   << QByteArray("# nothing yet\nPORT=4100\n");
}

void TestDotEnvWriter::appendsAbsentKey()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, expected);
    const auto written = DotEnvWriter::withValue(original, "x.env", "PORT", "4100");
    QVERIFY(written.ok());
    QCOMPARE(*written, expected);
}

void TestDotEnvWriter::changesTheAssignmentThatCounts()
{
    const auto written = DotEnvWriter::withValue("A=1\nB=2\nA=3\n", "x.env", "A", "9");
    QVERIFY(written.ok());
    QCOMPARE(*written, QByteArray("A=1\nB=2\nA=9\n"));
}

void TestDotEnvWriter::refusesFileItCannotParse()
{
    const QString path = TestSupport::fixturePath("discovery/apps-broken/bad-env/.env");
    const auto written = DotEnvWriter::withValue(TestSupport::readFile(path), path, "PORT", "1");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ms::ErrorCode::Parse);
    QCOMPARE(written.error().subject(), path + ":5");
}

void TestDotEnvWriter::refusesInvalidKey()
{
    const auto written = DotEnvWriter::withValue("A=1\n", "x.env", "NOT VALID", "1");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ms::ErrorCode::InvalidArgument);
}

void TestDotEnvWriter::encodedValuesReadBack_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<DotEnv::Quote>("style");
    const QStringList values {"plain",
                              "",
                              "two words",
                              " leading",
                              "trailing ",
                              "a # b",
                              "#start",
                              "it's",
                              "say \"hi\"",
                              "$HOME",
                              "back\\slash",
                              "line\nbreak",
                              "cr\rhere",
                              "tab\tin",
                              QString::fromUtf8("ünïcødé"),
                              "x=y=z"};
    for (const DotEnv::Quote style : {DotEnv::Quote::None, DotEnv::Quote::Single, DotEnv::Quote::Double}) {
        for (const QString& v : values) {
            QTest::addRow("%d %s", int(style),
                          qPrintable(QString(v).replace('\n', "\\n").replace('\r', "\\r")))
                << v << style;
        }
    }
}

void TestDotEnvWriter::encodedValuesReadBack()
{
    QFETCH(QString, value);
    QFETCH(DotEnv::Quote, style);
    const QByteArray line = "K=" + DotEnvWriter::encode(value, style) + " # comment\nNEXT=1\n";
    const auto env = DotEnv::parse(line, "x.env");
    QVERIFY2(env.ok(), qPrintable(env.error().toString()));
    QCOMPARE(env->value(u"K"), value);
    QCOMPARE(env->value(u"NEXT"), QString("1"));
}

void TestDotEnvWriter::setValueBacksUpFirst()
{
    QTemporaryDir dir;
    QVERIFY(TestSupport::copyTree(TestSupport::fixturePath("discovery/apps/farm-north"), dir.path()));
    const QString path = dir.filePath(".env");
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray original = TestSupport::readFile(path);
    const ms::ManualClock clock(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));

    const auto change = DotEnvWriter::setValue(path, "PORT", "3111", clock);
    QVERIFY2(change.ok(), qPrintable(change.error().toString()));
    QCOMPARE(change->path, path);
    QCOMPARE(change->key, QString("PORT"));
    QCOMPARE(change->backupPath, path + ".20260304T050607Z.bak");
    COMPARE_BYTES(TestSupport::readFile(change->backupPath), original);
    QByteArray expected = original;
    expected.replace("PORT=3101\n", "PORT=3111\n");
    COMPARE_BYTES(TestSupport::readFile(path), expected);
    // A .env holds secrets: neither the file nor its backup may become readable by others.
    QCOMPARE(mode(path), 0600);
    QCOMPARE(mode(change->backupPath), 0600);

    // A second change in the same second keeps the first backup.
    const auto again = DotEnvWriter::setValue(path, "PORT", "3112", clock);
    QVERIFY(again.ok());
    QCOMPARE(again->backupPath, path + ".20260304T050607Z-2.bak");
    COMPARE_BYTES(TestSupport::readFile(again->backupPath), expected);
    COMPARE_BYTES(TestSupport::readFile(change->backupPath), original);
}

void TestDotEnvWriter::setValueCreatesMissingFilePrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(".env");
    const auto change = DotEnvWriter::setValue(path, "PORT", "4000");
    QVERIFY2(change.ok(), qPrintable(change.error().toString()));
    QVERIFY(change->backupPath.isEmpty());
    QCOMPARE(TestSupport::readFile(path), QByteArray("PORT=4000\n"));
    QCOMPARE(mode(path), 0600);
}

QTEST_GUILESS_MAIN(TestDotEnvWriter)
#include "tst_dotenvwriter.moc"
