#include "CheckRunner.h"
#include "TestHttpServer.h"
#include "health/HttpCheck.h"
#include "health/HttpConnectionPool.h"
#include "health/ProbeExecutor.h"

#include <QTcpServer>
#include <QTest>

using namespace ms;
using Mode = TestHttpServer::Mode;

Q_DECLARE_METATYPE(ms::ProbeOutcome)
Q_DECLARE_METATYPE(TestHttpServer::Route)

namespace {

ProbeSpec specFor(const QUrl& url, int timeoutS = 1)
{
    ProbeSpec s;
    s.site = QStringLiteral("fixture");
    s.name = QStringLiteral("probe");
    s.url = url;
    s.timeoutS = timeoutS;
    return s;
}

} // namespace

/// The HTTP probe against a real server on loopback that misbehaves on purpose: each case
/// ends in the right outcome, and within its timeout.
class TestHttpCheck : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    TestHttpServer m_tls {true};
    HttpConnectionPool m_pool;
    ManualClock m_clock;

    CheckOutcome run(const ProbeSpec& spec)
    {
        HttpCheck check(spec, m_pool, m_clock);
        return runCheck(check);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_tls.start());
    }

    void outcomes_data()
    {
        QTest::addColumn<TestHttpServer::Route>("route");
        QTest::addColumn<int>("timeoutS");
        QTest::addColumn<ProbeOutcome>("outcome");
        QTest::addColumn<QString>("detail");

        QTest::newRow("healthy") << TestHttpServer::Route {.body = "ok"} << 1 << ProbeOutcome::Passed
                                 << "HTTP 200";
        QTest::newRow("slow, within the timeout") << TestHttpServer::Route {.body = "ok", .delayMs = 300} << 2
                                                  << ProbeOutcome::Passed << "HTTP 200";
        QTest::newRow("slow, past the timeout") << TestHttpServer::Route {.body = "ok", .delayMs = 3000} << 1
                                                << ProbeOutcome::TimedOut << "no answer within 1 s";
        QTest::newRow("500") << TestHttpServer::Route {.status = 500, .body = "boom"} << 1
                             << ProbeOutcome::Failed << "HTTP 500 (expected 200–399)";
        QTest::newRow("404") << TestHttpServer::Route {.status = 404} << 1 << ProbeOutcome::Failed
                             << "HTTP 404 (expected 200–399)";
        QTest::newRow("hangs after headers")
            << TestHttpServer::Route {.body = QByteArray(100, 'x'), .mode = Mode::HangAfterHeaders} << 1
            << ProbeOutcome::TimedOut << "the headers arrived, then the body did not finish within 1 s";
        QTest::newRow("stalls mid-body")
            << TestHttpServer::Route {.body = QByteArray(100, 'x'),
                                      .mode = Mode::StallAfter,
                                      .stallAfter = 10}
            << 1 << ProbeOutcome::TimedOut << "the headers arrived, then the body did not finish within 1 s";
        QTest::newRow("closes mid-body")
            << TestHttpServer::Route {.body = QByteArray(1000, 'x'),
                                      .mode = Mode::TruncateAt,
                                      .truncateAt = 100}
            << 1 << ProbeOutcome::Failed
            << "the server closed the connection before the whole answer arrived";
        QTest::newRow("resets mid-body")
            << TestHttpServer::Route {.body = QByteArray(1000, 'x'), .mode = Mode::ResetAt, .truncateAt = 100}
            << 1 << ProbeOutcome::Failed << "";
        QTest::newRow("endless body")
            << TestHttpServer::Route {.mode = Mode::Endless} << 5 << ProbeOutcome::Failed
            << "the answer is larger than 256 KiB (max_body_bytes)";
        QTest::newRow("redirect loop") << TestHttpServer::Route {.mode = Mode::RedirectLoop} << 2
                                       << ProbeOutcome::Failed << "too many redirects (more than 5)";
        QTest::newRow("no answer at all") << TestHttpServer::Route {.mode = Mode::NoResponse} << 1
                                          << ProbeOutcome::TimedOut << "no answer within 1 s";
    }
    void outcomes()
    {
        QFETCH(TestHttpServer::Route, route);
        QFETCH(int, timeoutS);
        QFETCH(ProbeOutcome, outcome);
        QFETCH(QString, detail);
        static int next = 0;
        const QByteArray path = "/case/" + QByteArray::number(++next);
        m_server.setRoute(path, route);
        const CheckOutcome out = run(specFor(m_server.url(QString::fromLatin1(path)), timeoutS));
        QVERIFY(out.finished);
        QCOMPARE(out.result.outcome, outcome);
        if (!detail.isEmpty())
            QCOMPARE(out.result.detail, detail);
        else
            QVERIFY(!out.result.detail.isEmpty());
        QCOMPARE(out.result.error.isError(), outcome != ProbeOutcome::Passed);
        if (out.result.error.isError())
            QCOMPARE(out.result.error.subject(), m_server.url(QString::fromLatin1(path)).toString());
        // Within its timeout (with room for a loaded machine), never stuck.
        QVERIFY2(out.elapsedMs < timeoutS * 1000 + 1500, qPrintable(QString::number(out.elapsedMs)));
        QVERIFY(out.result.latencyUs >= 0);
        QCOMPARE(out.result.at, m_clock.now());
    }

    void slowAnswerLatencyIsMeasured()
    {
        m_server.setRoute("/slow", {.body = "ok", .delayMs = 250});
        const CheckOutcome out = run(specFor(m_server.url(QStringLiteral("/slow")), 2));
        QCOMPARE(out.result.outcome, ProbeOutcome::Passed);
        QVERIFY(out.result.latencyUs >= 250 * 1000);
    }

    void expectedStatuses()
    {
        m_server.setRoute("/maint", {.status = 503});
        ProbeSpec spec = specFor(m_server.url(QStringLiteral("/maint")));
        spec.expectStatus = {503};
        QCOMPARE(run(spec).result.outcome, ProbeOutcome::Passed);
        spec.expectStatus = {200};
        const CheckOutcome out = run(spec);
        QCOMPARE(out.result.outcome, ProbeOutcome::Failed);
        QCOMPARE(out.result.detail, QStringLiteral("HTTP 503 (expected 200)"));
    }

    void bodyContains()
    {
        m_server.setRoute("/body", {.body = "status: degraded token=s3cr3t-t0ken"});
        ProbeSpec spec = specFor(m_server.url(QStringLiteral("/body")));
        spec.bodyContains = QStringLiteral("degraded");
        QCOMPARE(run(spec).result.outcome, ProbeOutcome::Passed);
        spec.bodyContains = QStringLiteral("status: ok");
        const CheckOutcome out = run(spec);
        QCOMPARE(out.result.outcome, ProbeOutcome::Failed);
        QCOMPARE(out.result.detail,
                 QStringLiteral("HTTP 200, but the answer does not contain \"status: ok\""));
        QVERIFY(!out.result.detail.contains(QStringLiteral("s3cr3t"))); // the body is never quoted
    }

    void jsonPointer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("equals"); // Undefined: only that it exists
        QTest::addColumn<QString>("detail"); // empty: passes
        QTest::newRow("equal") << QByteArray("{\"status\":\"ok\",\"checks\":[{\"db\":true}]}") << "/status"
                               << QJsonValue(QStringLiteral("ok")) << QString();
        QTest::newRow("exists") << QByteArray("{\"status\":\"ok\",\"checks\":[{\"db\":true}]}")
                                << "/checks/0/db" << QJsonValue(QJsonValue::Undefined) << QString();
        QTest::newRow("differs") << QByteArray("{\"status\":\"degraded\"}") << "/status"
                                 << QJsonValue(QStringLiteral("ok"))
                                 << "HTTP 200, but /status is \"degraded\", not \"ok\"";
        QTest::newRow("number differs") << QByteArray("{\"queue\":12}") << "/queue" << QJsonValue(0)
                                        << "HTTP 200, but /queue is 12, not 0";
        QTest::newRow("missing") << QByteArray("{\"status\":\"ok\"}") << "/checks/db"
                                 << QJsonValue(QJsonValue::Undefined)
                                 << "HTTP 200, but the answer has no /checks/db";
        QTest::newRow("not JSON") << QByteArray("<html>ok</html>") << "/status"
                                  << QJsonValue(QJsonValue::Undefined)
                                  << "HTTP 200, but the answer is not JSON";
    }
    void jsonPointer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, equals);
        QFETCH(QString, detail);
        m_server.setRoute("/json", {.body = body});
        ProbeSpec spec = specFor(m_server.url(QStringLiteral("/json")));
        spec.jsonPointer = JsonPointer::parse(pointer);
        if (!equals.isUndefined())
            spec.jsonEquals = equals;
        const CheckOutcome out = run(spec);
        QCOMPARE(out.result.outcome, detail.isEmpty() ? ProbeOutcome::Passed : ProbeOutcome::Failed);
        if (!detail.isEmpty())
            QCOMPARE(out.result.detail, detail);
    }

    void bodyCapIsTheProbes()
    {
        m_server.setRoute("/big", {.body = QByteArray(2048, 'x')});
        ProbeSpec spec = specFor(m_server.url(QStringLiteral("/big")));
        spec.maxBodyBytes = 2048;
        QCOMPARE(run(spec).result.outcome, ProbeOutcome::Passed);
        spec.maxBodyBytes = 2047;
        const CheckOutcome out = run(spec);
        QCOMPARE(out.result.outcome, ProbeOutcome::Failed);
        QCOMPARE(out.result.detail, QStringLiteral("the answer is larger than 2047 bytes (max_body_bytes)"));
    }

    void redirects()
    {
        m_server.setRoute("/moved", {.status = 302, .headers = {{"Location", "/target"}}});
        m_server.setRoute("/target", {.body = "here"});
        ProbeSpec spec = specFor(m_server.url(QStringLiteral("/moved")));
        spec.bodyContains = QStringLiteral("here");
        QCOMPARE(run(spec).result.outcome, ProbeOutcome::Passed);
        // Not followed: the 302 itself is the answer, and 3xx counts as healthy.
        spec.bodyContains.clear();
        spec.maxRedirects = 0;
        const CheckOutcome out = run(spec);
        QCOMPARE(out.result.outcome, ProbeOutcome::Passed);
        QCOMPARE(out.result.detail, QStringLiteral("HTTP 302"));
        spec.maxRedirects = 1;
        m_server.setRoute("/loop", {.mode = Mode::RedirectLoop});
        spec.url = m_server.url(QStringLiteral("/loop"));
        QCOMPARE(run(spec).result.detail, QStringLiteral("too many redirects (more than 1)"));
    }

    void chunkedAnswer()
    {
        m_server.setRoute(
            "/chunked",
            {.body = "3\r\nall\r\n6\r\n is ok\r\n0\r\n\r\n", .headers = {{"Transfer-Encoding", "chunked"}}});
        ProbeSpec spec = specFor(m_server.url(QStringLiteral("/chunked")));
        spec.bodyContains = QStringLiteral("all is ok");
        QCOMPARE(run(spec).result.outcome, ProbeOutcome::Passed);
    }

    void connectionsAreKeptAlive()
    {
        m_server.setRoute("/alive", {.body = "ok"});
        HttpConnectionPool pool;
        const ProbeSpec spec = specFor(m_server.url(QStringLiteral("/alive")));
        for (int i = 0; i < 3; ++i) {
            HttpCheck check(spec, pool, m_clock);
            QCOMPARE(runCheck(check).result.outcome, ProbeOutcome::Passed);
            QCOMPARE(pool.idleCount(), 1); // the same connection, back in the pool each time
        }
        // A failed exchange does not go back.
        m_server.setRoute("/alive",
                          {.body = QByteArray(100, 'x'), .mode = Mode::TruncateAt, .truncateAt = 10});
        HttpCheck broken(spec, pool, m_clock);
        QCOMPARE(runCheck(broken).result.outcome, ProbeOutcome::Failed);
        QCOMPARE(pool.idleCount(), 0);
    }

    void methodAndHeadersReachTheServer()
    {
        m_server.setRoute("/m", {.body = "ok"});
        m_server.clearRequests();
        ProbeSpec spec = specFor(m_server.url(QStringLiteral("/m")));
        spec.headers = {{"X-Probe", "mothership"}, {"Host", "shop.example.org"}};
        spec.httpMethod = "HEAD";
        QCOMPARE(run(spec).result.outcome, ProbeOutcome::Passed);
        spec.httpMethod = "POST";
        QCOMPARE(run(spec).result.outcome, ProbeOutcome::Passed);
        const QList<TestHttpServer::Request> requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("HEAD"));
        QCOMPARE(requests.at(1).method, QByteArray("POST"));
        QCOMPARE(requests.at(1).headers.value("x-probe"), QByteArray("mothership"));
        QCOMPARE(requests.at(1).headers.value("host"), QByteArray("shop.example.org"));
        QCOMPARE(requests.at(1).headers.value("user-agent"), QByteArray("Mothership-Health"));
    }

    void refusedPort()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const CheckOutcome out = run(specFor(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
        QCOMPARE(out.result.outcome, ProbeOutcome::Failed);
        QCOMPARE(out.result.detail, QStringLiteral("connection refused"));
        QCOMPARE(out.result.error.code(), ErrorCode::Network);
    }

    void selfSignedTls()
    {
        m_tls.setRoute("/secure", {.body = "ok"});
        ProbeExecutor executor(m_clock);
        auto runVia = [&](const ProbeSpec& spec) {
            std::unique_ptr<ProbeCheck> check(executor.create(spec, nullptr));
            return runCheck(*check);
        };
        ProbeSpec spec = specFor(m_tls.url(QStringLiteral("/secure")), 3);
        const CheckOutcome verified = runVia(spec);
        QCOMPARE(verified.result.outcome, ProbeOutcome::Failed);
        QCOMPARE(verified.result.error.code(), ErrorCode::Untrusted);
        QVERIFY2(verified.result.detail.startsWith(QStringLiteral("TLS: ")),
                 qPrintable(verified.result.detail));
        spec.tlsVerify = false;
        const CheckOutcome unverified = runVia(spec);
        QVERIFY2(unverified.result.passed(), qPrintable(unverified.result.detail));
        // The unverified connection now open to the same host:port must not carry a
        // verifying probe's request.
        spec.tlsVerify = true;
        QCOMPARE(runVia(spec).result.error.code(), ErrorCode::Untrusted);
    }

    void cancelEndsAtOnceWithoutOutcome()
    {
        m_server.setRoute("/hang", {.mode = Mode::NoResponse});
        HttpCheck check(specFor(m_server.url(QStringLiteral("/hang")), 30), m_pool, m_clock);
        QTimer::singleShot(100, &check, [&] { check.cancel(); });
        const CheckOutcome out = runCheck(check);
        QVERIFY(out.finished);
        QCOMPARE(check.error().code(), ErrorCode::Cancelled);
        QVERIFY(out.elapsedMs < 5000);
    }
};

QTEST_GUILESS_MAIN(TestHttpCheck)
#include "tst_httpcheck.moc"
