#include "health/JsonPointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ms::JsonPointer;

/// RFC 6901 section 5's examples, and pointers that name nothing.
class TestJsonPointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExamples_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("expected"); // compact JSON of the value
        QTest::newRow("whole") << ""
                               << "{\"\":0,\" "
                                  "\":7,\"a/"
                                  "b\":1,\"c%d\":2,\"e^f\":3,\"foo\":[\"bar\",\"baz\"],\"g|h\":4,\"i\\\\j\":"
                                  "5,\"k\\\"l\":6,\"m~n\":8}";
        QTest::newRow("/foo") << "/foo"
                              << "[\"bar\",\"baz\"]";
        QTest::newRow("/foo/0") << "/foo/0"
                                << "\"bar\"";
        QTest::newRow("/") << "/"
                           << "0";
        QTest::newRow("/a~1b") << "/a~1b"
                               << "1";
        QTest::newRow("/c%d") << "/c%d"
                              << "2";
        QTest::newRow("/e^f") << "/e^f"
                              << "3";
        QTest::newRow("/g|h") << "/g|h"
                              << "4";
        QTest::newRow("/i\\j") << "/i\\j"
                               << "5";
        QTest::newRow("/k\"l") << "/k\"l"
                               << "6";
        QTest::newRow("/ ") << "/ "
                            << "7";
        QTest::newRow("/m~0n") << "/m~0n"
                               << "8";
    }
    void rfcExamples()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, expected);
        const QJsonDocument doc = QJsonDocument::fromJson(
            "{\"foo\":[\"bar\",\"baz\"],\"\":0,\"a/"
            "b\":1,\"c%d\":2,\"e^f\":3,\"g|h\":4,\"i\\\\j\":5,\"k\\\"l\":6,\" \":7,\"m~n\":8}");
        const auto p = JsonPointer::parse(pointer);
        QVERIFY(p);
        const auto value = p->resolve(doc.object());
        QVERIFY(value);
        const QJsonDocument wrapped(QJsonArray {*value});
        QCOMPARE(QString::fromUtf8(wrapped.toJson(QJsonDocument::Compact)), u'[' + expected + u']');
    }

    void namesNothing_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::newRow("missing key") << "/nope";
        QTest::newRow("index out of range") << "/list/2";
        QTest::newRow("leading zero") << "/list/01";
        QTest::newRow("not a number") << "/list/x";
        QTest::newRow("dash is past the end") << "/list/-";
        QTest::newRow("into a scalar") << "/status/more";
    }
    void namesNothing()
    {
        QFETCH(QString, pointer);
        const QJsonObject doc {{"status", "ok"}, {"list", QJsonArray {1, 2}}};
        const auto p = JsonPointer::parse(pointer);
        QVERIFY(p);
        QVERIFY(!p->resolve(doc));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::newRow("no leading slash") << "status";
        QTest::newRow("lone tilde") << "/a~";
        QTest::newRow("bad escape") << "/a~2";
    }
    void invalid()
    {
        QFETCH(QString, pointer);
        QVERIFY(!JsonPointer::parse(pointer));
    }
};

QTEST_GUILESS_MAIN(TestJsonPointer)
#include "tst_jsonpointer.moc"
