#include "discovery/JsonText.h"

#include <QTest>

using ms::JsonText;

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionAt_data();
    void positionAt();
    void topLevelMembers_data();
    void topLevelMembers();
    void lastDuplicateCounts();
};

void TestJsonText::positionAt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("start") << QByteArray("{}") << 0 << 1 << 1;
    QTest::newRow("second line") << QByteArray("{\n  \"a\"") << 4 << 2 << 3;
    QTest::newRow("utf-8 counted as characters") << QByteArray("\"\xC3\xA9\xC3\xA9x\"") << 5 << 1 << 4;
    QTest::newRow("crlf") << QByteArray("{\r\n\"a\"") << 3 << 2 << 1;
    QTest::newRow("past the end is clamped") << QByteArray("ab") << 99 << 1 << 3;
}

void TestJsonText::positionAt()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonText::Position p = JsonText::positionAt(text, offset);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
}

void TestJsonText::topLevelMembers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("members"); // key=value as written
    QTest::newRow("flat") << QByteArray("{\"a\": 1, \"b\" : \"x\"}") << QStringList {"a=1", "b=\"x\""};
    QTest::newRow("nested skipped") << QByteArray("{\"o\": {\"port\": [1, {\"x\": \"}\"}]}, \"port\": 3000}")
                                    << QStringList {"o={\"port\": [1, {\"x\": \"}\"}]}", "port=3000"};
    QTest::newRow("escaped quote in string")
        << QByteArray("{\"t\": \"a\\\"b\", \"n\": null}") << QStringList {"t=\"a\\\"b\"", "n=null"};
    QTest::newRow("escaped key") << QByteArray("{\"p\\u006Frt\": 1}") << QStringList {"port=1"};
    QTest::newRow("bom and blanks") << QByteArray("\xEF\xBB\xBF \r\n{ \"a\" :\t-1.5e3 }\n")
                                    << QStringList {"a=-1.5e3"};
    QTest::newRow("empty object") << QByteArray("{ }") << QStringList {};
    QTest::newRow("array root") << QByteArray("[1]") << QStringList {};
}

void TestJsonText::topLevelMembers()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, members);
    QStringList got;
    for (const JsonText::Member& m : JsonText::topLevelMembers(text)) {
        got << m.key + '=' + QString::fromUtf8(text.mid(m.valueBegin, m.valueEnd - m.valueBegin));
        QCOMPARE(text.at(m.keyOffset), '"');
    }
    QCOMPARE(got, members);
}

void TestJsonText::lastDuplicateCounts()
{
    const QByteArray text = "{\"port\": 1, \"port\": 2}";
    const QList<JsonText::Member> members = JsonText::topLevelMembers(text);
    const JsonText::Member* m = JsonText::find(members, u"port");
    QVERIFY(m);
    QCOMPARE(text.mid(m->valueBegin, m->valueEnd - m->valueBegin), QByteArray("2"));
    QVERIFY(!JsonText::find(members, u"name"));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
