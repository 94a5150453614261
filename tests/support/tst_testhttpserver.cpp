#include "TestHttpServer.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {

struct Fetched
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray etag;
};

Fetched fetch(QNetworkAccessManager& nam, QNetworkRequest req, int timeoutMs = 5000, qint64 cap = -1)
{
    QNetworkReply* reply = nam.get(req);
    Fetched f;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&] { reply->abort(); });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        f.body += reply->readAll();
        if (cap >= 0 && f.body.size() > cap)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    f.body += reply->readAll();
    f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.error = reply->error();
    f.etag = reply->rawHeader("ETag");
    reply->deleteLater();
    return f;
}

} // namespace

class TestTestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndRecords()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRoute("/hello", {.body = "world"});
        QNetworkAccessManager nam;
        const Fetched f = fetch(nam, QNetworkRequest(server.url("/hello")));
        QCOMPARE(f.status, 200);
        QCOMPARE(f.body, QByteArray("world"));
        QCOMPARE(server.requestCount("/hello"), 1);
        QCOMPARE(fetch(nam, QNetworkRequest(server.url("/missing"))).status, 404);
    }

    void rangesAndConditionalRequests()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRoute("/f", {.body = "0123456789", .etag = "\"v1\""});
        QNetworkAccessManager nam;
        QNetworkRequest req(server.url("/f"));
        req.setRawHeader("Range", "bytes=4-");
        Fetched f = fetch(nam, req);
        QCOMPARE(f.status, 206);
        QCOMPARE(f.body, QByteArray("456789"));
        QNetworkRequest cond(server.url("/f"));
        cond.setRawHeader("If-None-Match", "\"v1\"");
        cond.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        f = fetch(nam, cond);
        QCOMPARE(f.status, 304);
    }

    void truncatedResetAndStalled()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QByteArray body(100000, 'x');
        server.setRoute("/trunc", {.body = body, .mode = TestHttpServer::Mode::TruncateAt, .truncateAt = 1000});
        server.setRoute("/reset", {.body = body, .mode = TestHttpServer::Mode::ResetAt, .truncateAt = 1000});
        server.setRoute("/stall", {.body = body, .mode = TestHttpServer::Mode::StallAfter, .stallAfter = 10});
        QNetworkAccessManager nam;
        Fetched f = fetch(nam, QNetworkRequest(server.url("/trunc")));
        QVERIFY(f.error != QNetworkReply::NoError);
        QVERIFY(f.body.size() <= 1000);
        f = fetch(nam, QNetworkRequest(server.url("/reset")));
        QVERIFY(f.error != QNetworkReply::NoError);
        f = fetch(nam, QNetworkRequest(server.url("/stall")), 500);
        QCOMPARE(f.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(f.body.size(), 10);
    }

    void endlessStreamsPastAnyCap()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRoute("/endless", {.mode = TestHttpServer::Mode::Endless});
        QNetworkAccessManager nam;
        const Fetched f = fetch(nam, QNetworkRequest(server.url("/endless")), 10000, 4 * 1024 * 1024);
        QVERIFY(f.body.size() > 4 * 1024 * 1024);
    }

    void redirectLoopIsALoop()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRoute("/loop", {.mode = TestHttpServer::Mode::RedirectLoop});
        QNetworkAccessManager nam;
        QNetworkRequest req(server.url("/loop"));
        req.setMaximumRedirectsAllowed(5);
        const Fetched f = fetch(nam, req);
        QCOMPARE(f.error, QNetworkReply::TooManyRedirectsError);
        // The first request and five redirects at least (QNAM may retry on a reused connection).
        QVERIFY(server.requestCount("/loop") >= 6);
    }

    void tlsWithSelfSignedCertificate()
    {
        TestHttpServer server(true);
        QVERIFY(server.start());
        server.setRoute("/secure", {.body = "ok"});
        QNetworkAccessManager nam;
        // Refused by default: the certificate is self-signed.
        QVERIFY(fetch(nam, QNetworkRequest(server.url("/secure"))).error != QNetworkReply::NoError);
        // Accepted when the client trusts that certificate.
        QNetworkRequest req(server.url("/secure"));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates({QSslCertificate(server.certificatePem())});
        req.setSslConfiguration(conf);
        QNetworkAccessManager nam2;
        const Fetched f = fetch(nam2, req);
        QCOMPARE(f.status, 200);
        QCOMPARE(f.body, QByteArray("ok"));
    }
};

QTEST_GUILESS_MAIN(TestTestHttpServer)
#include "tst_testhttpserver.moc"
