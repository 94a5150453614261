#include "TestSupport.h"
#include "discovery/DotEnv.h"

#include <QTest>

using ms::DotEnv;

Q_DECLARE_METATYPE(DotEnv::Quote)

class TestDotEnv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryConstruct_data();
    void readsEveryConstruct();
    void keepsLineNumbers();
    void crlfFile();
    void byteOrderMark();
    void duplicateKeyLastWinsWithWarning();
    void malformedLines_data();
    void malformedLines();
    void errorsNeverQuoteValues_data();
    void errorsNeverQuoteValues();
    void lenientSkipsBadLines();
    void lenientStopsAtUnterminatedQuote();
    void readMissingFile();
    void validKeys_data();
    void validKeys();

private:
    DotEnv complete();
};

DotEnv TestDotEnv::complete()
{
    const QString path = TestSupport::fixturePath("discovery/dotenv/complete.env");
    auto env = DotEnv::read(path);
    if (!env) {
        QTest::qFail(qPrintable(env.error().toString()), __FILE__, __LINE__);
        return {};
    }
    return *env;
}

void TestDotEnv::readsEveryConstruct_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<DotEnv::Quote>("quote");
    QTest::addColumn<bool>("exported");
    using Q = DotEnv::Quote;
    QTest::newRow("plain") << "PLAIN"
                           << "value" << Q::None << false;
    QTest::newRow("spaces around = and after value") << "SPACED"
                                                     << "spaced value" << Q::None << false;
    QTest::newRow("export") << "EXPORTED"
                            << "yes" << Q::None << true;
    QTest::newRow("comment after value") << "COMMENTED"
                                         << "visible" << Q::None << false;
    QTest::newRow("# without blank is data") << "HASH"
                                             << "a#b" << Q::None << false;
    QTest::newRow("= inside value") << "URL"
                                    << "postgres://u:p@h:5432/db?x=1&y=2" << Q::None << false;
    QTest::newRow("single quotes literal") << "SINGLE"
                                           << "literal \\n $HOME # kept" << Q::Single << false;
    QTest::newRow("double quote escapes") << "DOUBLE"
                                          << "tab\there \"quoted\" back\\slash $HOME" << Q::Double << false;
    QTest::newRow("empty") << "EMPTY"
                           << "" << Q::None << false;
    QTest::newRow("empty with comment") << "EMPTY_COMMENT"
                                        << "" << Q::None << false;
    QTest::newRow("empty quotes") << "EMPTY_QUOTES"
                                  << "" << Q::Double << false;
    QTest::newRow("multi-line") << "MULTI"
                                << "first line\nsecond line" << Q::Double << false;
    QTest::newRow("after multi-line") << "AFTER_MULTI"
                                      << "after" << Q::None << false;
    QTest::newRow("indented") << "INDENTED"
                              << "indented" << Q::None << false;
    QTest::newRow("dots and dashes") << "DOTTED.KEY-NAME"
                                     << "ok" << Q::None << false;
}

void TestDotEnv::readsEveryConstruct()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(DotEnv::Quote, quote);
    QFETCH(bool, exported);
    const DotEnv env = complete();
    const DotEnv::Entry* e = env.find(key);
    QVERIFY2(e, qPrintable(key));
    QCOMPARE(e->value, value);
    QCOMPARE(e->quote, quote);
    QCOMPARE(e->exported, exported);
    QVERIFY(env.problems().isEmpty());
}

void TestDotEnv::keepsLineNumbers()
{
    const DotEnv env = complete();
    QStringList keys;
    QList<int> lines;
    for (const DotEnv::Entry& e : env.entries()) {
        keys << e.key;
        lines << e.line;
    }
    QCOMPARE(keys,
             QStringList({"PLAIN", "SPACED", "EXPORTED", "COMMENTED", "HASH", "URL", "SINGLE", "DOUBLE",
                          "EMPTY", "EMPTY_COMMENT", "EMPTY_QUOTES", "MULTI", "AFTER_MULTI", "INDENTED",
                          "DOTTED.KEY-NAME"}));
    QCOMPARE(lines, QList<int>({2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17}));
    QCOMPARE(env.find(u"MULTI")->lastLine, 14);
}

void TestDotEnv::crlfFile()
{
    const auto env = DotEnv::read(TestSupport::fixturePath("discovery/dotenv/crlf.env"));
    QVERIFY2(env.ok(), qPrintable(env.error().toString()));
    QCOMPARE(env->value(u"FIRST"), QString("one"));
    QCOMPARE(env->value(u"SECOND"), QString("two"));
    QCOMPARE(env->value(u"MULTI"), QString("a\nb"));
    QCOMPARE(env->value(u"LAST"), QString("last"));
    QCOMPARE(env->find(u"LAST")->line, 6);
    QCOMPARE(env->lineEnding(), QByteArray("\r\n"));
}

void TestDotEnv::byteOrderMark()
{
    const auto env = DotEnv::parse("\xEF\xBB\xBFKEY=1\n", "bom.env");
    QVERIFY(env.ok());
    QCOMPARE(env->value(u"KEY"), QString("1"));
}

void TestDotEnv::duplicateKeyLastWinsWithWarning()
{
    const auto env = DotEnv::parse("A=first\nB=2\nA=second\n", "dup.env");
    QVERIFY(env.ok());
    QCOMPARE(env->value(u"A"), QString("second"));
    QCOMPARE(env->entries().size(), 3);
    QCOMPARE(env->problems().size(), 1);
    const ms::ScanProblem& p = env->problems().constFirst();
    QCOMPARE(p.line, 3);
    QVERIFY(!p.fatal);
    QVERIFY2(p.message.contains("line 3") && p.message.contains("line 1"), qPrintable(p.message));
    QVERIFY(!p.message.contains("first") && !p.message.contains("second"));
    QVERIFY(!env->hasErrors());
}

void TestDotEnv::malformedLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("no =") << QByteArray("A=1\nnot a pair\n") << 2 << "expected KEY=VALUE";
    QTest::newRow("key starts with digit") << QByteArray("1ABC=x\n") << 1 << "invalid variable name";
    QTest::newRow("space in key") << QByteArray("A=1\n\nMY KEY=1\n") << 3 << "invalid variable name";
    QTest::newRow("empty key") << QByteArray("=value\n") << 1 << "invalid variable name";
    QTest::newRow("unterminated double")
        << QByteArray("A=1\nB=\"open\nC=2\n") << 2 << "unterminated double quote";
    QTest::newRow("unterminated single at end")
        << QByteArray("A='x\n\n\n") << 1 << "unterminated single quote";
    QTest::newRow("unterminated after multi-line")
        << QByteArray("A=\"ok\nstill ok\"\nB=\"broken\nC=1\n") << 3 << "unterminated double quote";
    QTest::newRow("text after closing quote") << QByteArray("A=\"x\" y\n") << 1 << "after the closing quote";
    QTest::newRow("crlf line count") << QByteArray("A=1\r\nB=2\r\nnope\r\n") << 3 << "expected KEY=VALUE";
}

void TestDotEnv::malformedLines()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, says);
    const auto env = DotEnv::parse(text, "/srv/apps/x/.env");
    QVERIFY(!env.ok());
    QCOMPARE(env.error().code(), ms::ErrorCode::Parse);
    QCOMPARE(env.error().subject(), QString("/srv/apps/x/.env:%1").arg(line));
    QVERIFY2(env.error().message().contains(says), qPrintable(env.error().message()));
}

void TestDotEnv::errorsNeverQuoteValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("line without =") << QByteArray("hunter2-SECRET\n");
    QTest::newRow("bad key") << QByteArray("https://x/?token=hunter2-SECRET\n");
    QTest::newRow("unterminated") << QByteArray("PASSWORD=\"hunter2-SECRET\n");
    QTest::newRow("after quote") << QByteArray("PASSWORD='a' hunter2-SECRET\n");
    QTest::newRow("duplicate") << QByteArray("PASSWORD=hunter2-SECRET\nPASSWORD=hunter2-SECRET\n");
}

void TestDotEnv::errorsNeverQuoteValues()
{
    QFETCH(QByteArray, text);
    const auto strict = DotEnv::parse(text, "secrets.env");
    if (!strict)
        QVERIFY(!strict.error().toString().contains("hunter2"));
    const DotEnv lenient = DotEnv::parseLenient(text, "secrets.env");
    QVERIFY(!lenient.problems().isEmpty());
    for (const ms::ScanProblem& p : lenient.problems())
        QVERIFY(!p.toString().contains("hunter2"));
}

void TestDotEnv::lenientSkipsBadLines()
{
    const QString path = TestSupport::fixturePath("discovery/apps-broken/bad-line/.env");
    const DotEnv env = DotEnv::parseLenient(TestSupport::readFile(path), path);
    QVERIFY(env.hasErrors());
    QCOMPARE(env.value(u"PORT"), QString("5500"));
    QCOMPARE(env.value(u"DOMAIN"), QString("bad-line.example.org"));
    QCOMPARE(env.value(u"SITE_TITLE"), QString("Bad Line"));
    QCOMPARE(env.problems().size(), 2);
    QCOMPARE(env.problems().at(0).line, 2);
    QCOMPARE(env.problems().at(1).line, 4);
    QVERIFY(env.problems().at(0).fatal && env.problems().at(1).fatal);
    QVERIFY(!DotEnv::parse(TestSupport::readFile(path), path).ok());
}

void TestDotEnv::lenientStopsAtUnterminatedQuote()
{
    const QString path = TestSupport::fixturePath("discovery/apps-broken/bad-env/.env");
    const DotEnv env = DotEnv::parseLenient(TestSupport::readFile(path), path);
    QCOMPARE(env.value(u"PORT"), QString("5200"));
    QCOMPARE(env.value(u"SITE_TITLE"), QString("Half Read"));
    QVERIFY(!env.contains(u"DB_PASSWORD"));
    QVERIFY(!env.contains(u"NEXT"));
    QCOMPARE(env.problems().size(), 1);
    QCOMPARE(env.problems().constFirst().line, 5);
    QCOMPARE(env.problems().constFirst().file, path);
}

void TestDotEnv::readMissingFile()
{
    const auto env = DotEnv::read("/nonexistent/.env");
    QVERIFY(!env.ok());
    QCOMPARE(env.error().code(), ms::ErrorCode::NotFound);
    QCOMPARE(env.error().subject(), QString("/nonexistent/.env"));
}

void TestDotEnv::validKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("upper") << "PORT" << true;
    QTest::newRow("underscore start") << "_X" << true;
    QTest::newRow("dots dashes") << "a.b-c" << true;
    QTest::newRow("digit start") << "1A" << false;
    QTest::newRow("space") << "A B" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("non-ascii") << QString::fromUtf8("CAFÉ") << false;
}

void TestDotEnv::validKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(DotEnv::isValidKey(key), valid);
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
