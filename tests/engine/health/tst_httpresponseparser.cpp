#include "health/HttpResponseParser.h"

#include <QTest>

using ms::HttpResponseParser;
using State = HttpResponseParser::State;
using Failure = HttpResponseParser::Failure;

Q_DECLARE_METATYPE(HttpResponseParser::State)
Q_DECLARE_METATYPE(HttpResponseParser::Failure)

/// Responses fed whole and split at every byte: framing, interim answers, keep-alive, caps.
class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responses_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("head");
        QTest::addColumn<bool>("closed"); // the connection ends after the bytes
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");

        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                                        << false << false << 200 << QByteArray("ok") << true;
        QTest::newRow("no reason phrase")
            << QByteArray("HTTP/1.1 204\r\n\r\n") << false << false << 204 << QByteArray() << true;
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "2\r\nok\r\n5;ext=1\r\n, and\r\n0\r\nX-Trailer: 1\r\n\r\n")
                                 << false << false << 200 << QByteArray("ok, and") << true;
        QTest::newRow("chunked wins over length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "2\r\nok\r\n0\r\n\r\n")
            << false << false << 200 << QByteArray("ok") << true;
        QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nall of it") << false << true << 200
                                     << QByteArray("all of it") << false;
        QTest::newRow("HEAD has no body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n")
                                          << true << false << 200 << QByteArray() << true;
        QTest::newRow("interim 100") << QByteArray(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nx")
                                     << false << false << 201 << QByteArray("x") << true;
        QTest::newRow("connection close")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n") << false
            << false << 200 << QByteArray() << false;
        QTest::newRow("1.0 without keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n")
                                                << false << false << 200 << QByteArray() << false;
        QTest::newRow("1.0 with keep-alive")
            << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n") << false
            << false << 200 << QByteArray() << true;
        QTest::newRow("LF only") << QByteArray("HTTP/1.1 503 Busy\nContent-Length: 3\n\nnah") << false
                                 << false << 503 << QByteArray("nah") << true;
    }
    void responses()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, head);
        QFETCH(bool, closed);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        // Whole, and split at every position.
        for (qsizetype split = 0; split <= wire.size(); ++split) {
            HttpResponseParser p(head, 1024);
            p.feed(wire.left(split));
            p.feed(wire.mid(split));
            if (closed)
                p.finish();
            QCOMPARE(p.state(), State::Done);
            QCOMPARE(p.status(), status);
            QCOMPARE(p.body(), body);
            QCOMPARE(p.keepAlive(), keepAlive);
        }
        // Byte by byte.
        HttpResponseParser p(head, 1024);
        for (char c : wire)
            p.feed(QByteArray(1, c));
        if (closed)
            p.finish();
        QCOMPARE(p.state(), State::Done);
        QCOMPARE(p.body(), body);
    }

    void incompleteUntilItIsNot()
    {
        HttpResponseParser p(false, 1024);
        QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345"), State::Body);
        QVERIFY(p.headersSeen());
        QCOMPARE(p.finish(), State::Body); // a close now truncates the answer
        QCOMPARE(p.header("content-length"), QByteArray("10"));
        QCOMPARE(p.header("Content-Length"), QByteArray("10"));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<Failure>("failure");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << Failure::Malformed;
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n") << Failure::Malformed;
        QTest::newRow("folded header")
            << QByteArray("HTTP/1.1 200 OK\r\nX: a\r\n  b\r\n\r\n") << Failure::Malformed;
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                    << Failure::Malformed;
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << Failure::Malformed;
        QTest::newRow("unknown coding")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n") << Failure::Malformed;
        QTest::newRow("declared too large")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n") << Failure::BodyTooLarge;
        QTest::newRow("streams too much")
            << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(1025, 'x') << Failure::BodyTooLarge;
        QTest::newRow("chunks too much")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n401\r\n")
                + QByteArray(1025, 'x')
            << Failure::BodyTooLarge;
        QTest::newRow("endless headers")
            << QByteArray("HTTP/1.1 200 OK\r\n") + QByteArray(70 * 1024, 'h') << Failure::HeadersTooLarge;
    }
    void failures()
    {
        QFETCH(QByteArray, wire);
        QFETCH(Failure, failure);
        HttpResponseParser p(false, 1024);
        QCOMPARE(p.feed(wire), State::Failed);
        QCOMPARE(p.failure(), failure);
        QVERIFY(!p.errorString().isEmpty());
        QVERIFY(!p.keepAlive());
    }

    void bytesAfterTheResponseSpoilTheConnection()
    {
        HttpResponseParser p(false, 1024);
        QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200"), State::Done);
        QCOMPARE(p.body(), QByteArray("ok"));
        QCOMPARE(p.leftover(), QByteArray("HTTP/1.1 200"));
        QVERIFY(!p.keepAlive());
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
