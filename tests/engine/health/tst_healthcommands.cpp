#include "TestHttpServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

/// `mothershipctl health` end to end: the demo sites as they are, one of them served by a
/// fixture server the test breaks on purpose, history across runs, and --watch stopped by
/// SIGTERM.
class TestHealthCommands : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    QString apps() const { return m_dir.filePath(QStringLiteral("apps")); }

    // A fresh database; every test function scans into its own.
    QString freshDb() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbCount)); }

    int ctl(const QString& db, QStringList args, QByteArray* out = nullptr, QByteArray* err = nullptr)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        QByteArray ignoredErr;
        const int rc = TestSupport::run(TestSupport::programPath(QStringLiteral("mothershipctl")), args, out,
                                        err ? err : &ignoredErr, 60000,
                                        {QStringLiteral("XDG_DATA_HOME=") + m_dir.path()});
        return rc;
    }

    QJsonArray healthJson(const QString& db, const QStringList& extra, int* rc = nullptr)
    {
        QByteArray out, err;
        const int code
            = ctl(db, QStringList {QStringLiteral("--json"), QStringLiteral("health")} + extra, &out, &err);
        if (rc)
            *rc = code;
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        if (!doc.isArray())
            qWarning("not a JSON array (exit %d): %s\n%s", code, out.constData(), err.constData());
        return doc.array();
    }

    static QJsonObject entry(const QJsonArray& list, const QString& site,
                             const QString& probe = QStringLiteral("default"))
    {
        for (const QJsonValue& v : list) {
            if (v[QStringLiteral("site")] == site && v[QStringLiteral("probe")] == probe)
                return v.toObject();
        }
        return {};
    }

    // A site of our own whose probes point at the fixture server, one-second periods.
    void writeShop()
    {
        const QString json
            = QStringLiteral("{\n"
                             "  \"name\": \"shop\",\n"
                             "  \"port\": %1,\n"
                             "  \"health\": [\n"
                             "    { \"name\": \"live\", \"type\": \"liveness\", \"http\": { \"path\": "
                             "\"/shop/live\" }, \"period_s\": 1, \"failure_threshold\": 1 },\n"
                             "    { \"name\": \"ready\", \"type\": \"readiness\", \"http\": { \"path\": "
                             "\"/shop/ready\", \"body_contains\": \"ready\" },\n"
                             "      \"period_s\": 1, \"failure_threshold\": 1 }\n"
                             "  ]\n"
                             "}")
                  .arg(m_server.port());
        QVERIFY(TestSupport::writeFile(apps() + QStringLiteral("/shop/site.json"), json.toUtf8()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        QVERIFY(QFileInfo::exists(TestSupport::programPath(QStringLiteral("mothershipctl"))));
        // The demo sites as shipped; latinos is moved onto the fixture server's port.
        QVERIFY(TestSupport::copyTree(TestSupport::fixturePath(QStringLiteral("../../resources/demo/sites")),
                                      apps()));
        const QString env = apps() + QStringLiteral("/latinos/.env");
        QByteArray text = TestSupport::readFile(env);
        QVERIFY(text.contains("export PORT=3003"));
        text.replace("export PORT=3003", QByteArray("export PORT=" + QByteArray::number(m_server.port())));
        QVERIFY(TestSupport::writeFile(env, text));
        writeShop();
    }

    void demoSitesAndOneBrokenOnPurpose()
    {
        const QString db = freshDb();
        QCOMPARE(ctl(db, {QStringLiteral("scan"), apps()}), 0);
        m_server.setRoute("/health", {.body = "ok"});
        m_server.setRoute("/shop/live", {.body = "alive"}); // our own site, scanned with the demo

        int rc = -1;
        const QJsonArray all = healthJson(db, {}, &rc);
        QCOMPARE(rc, 0); // no liveness probe fails
        const QJsonObject latinos = entry(all, QStringLiteral("latinos"));
        const QStringList fields = latinos.keys();
        QCOMPARE(QSet<QString>(fields.cbegin(), fields.cend()),
                 (QSet<QString> {"site", "module", "probe", "kind", "method", "target", "state", "latency_ms",
                                 "detail"}));
        QCOMPARE(latinos["state"].toString(), QStringLiteral("passing"));
        QCOMPARE(latinos["kind"].toString(), QStringLiteral("readiness"));
        QCOMPARE(latinos["detail"].toString(), QStringLiteral("HTTP 200"));
        QVERIFY(latinos["latency_ms"].isDouble());
        QVERIFY(latinos["module"].isNull());
        QCOMPARE(latinos["target"].toString(), m_server.url(QStringLiteral("/health")).toString());
        // The other demo sites have nothing listening on their ports here (or something that
        // answers): either way each has one default probe with an outcome.
        for (const QString site : {"admin", "capacita", "intellitrade", "salarium"}) {
            const QJsonObject e = entry(all, site);
            QVERIFY2(!e.isEmpty(), qPrintable(site));
            QVERIFY(e["state"] == QStringLiteral("passing") || e["state"] == QStringLiteral("failing"));
            QVERIFY(!e["detail"].toString().isEmpty());
        }

        // Broken on purpose.
        m_server.setRoute("/health", {.status = 500});
        const QJsonArray broken = healthJson(db, {QStringLiteral("latinos")}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken[0]["state"].toString(), QStringLiteral("failing"));
        QCOMPARE(broken[0]["detail"].toString(), QStringLiteral("HTTP 500 (expected 200–399)"));
        QByteArray text;
        QCOMPARE(ctl(db, {QStringLiteral("health"), QStringLiteral("latinos")}, &text), 0);
        QVERIFY2(
            text.contains("latinos: not ready (readiness probe default: HTTP 500 (expected 200\xe2\x80\x93"
                          "399))"),
            text.constData());
        QVERIFY(text.contains("SITE"));
    }

    void failingLivenessExitsOne()
    {
        const QString db = freshDb();
        QCOMPARE(ctl(db, {QStringLiteral("scan"), apps()}), 0);
        m_server.setRoute("/shop/live", {.body = "alive"});
        m_server.setRoute("/shop/ready", {.body = "not yet"});
        int rc = -1;
        QJsonArray shop = healthJson(db, {QStringLiteral("shop")}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(entry(shop, "shop", "ready")["detail"].toString(),
                 QStringLiteral("HTTP 200, but the answer does not contain \"ready\""));
        m_server.setRoute("/shop/live", {.mode = TestHttpServer::Mode::NoResponse});
        shop = healthJson(db, {QStringLiteral("shop")}, &rc);
        QCOMPARE(rc, 1);
        QCOMPARE(entry(shop, "shop", "live")["state"].toString(), QStringLiteral("failing"));
        QCOMPARE(entry(shop, "shop", "live")["detail"].toString(), QStringLiteral("no answer within 1 s"));
    }

    void historyAcrossRuns()
    {
        const QString db = freshDb();
        QCOMPARE(ctl(db, {QStringLiteral("scan"), apps()}), 0);
        for (int status : {200, 500, 200}) {
            m_server.setRoute("/health", {.status = status, .body = "ok"});
            healthJson(db, {QStringLiteral("latinos")});
        }
        QByteArray out;
        QCOMPARE(ctl(db,
                     {QStringLiteral("--json"), QStringLiteral("health"), QStringLiteral("history"),
                      QStringLiteral("latinos"), QStringLiteral("--since"), QStringLiteral("1h")},
                     &out),
                 0);
        const QJsonObject history = QJsonDocument::fromJson(out).object();
        const QJsonObject site = history["site"].toObject();
        QCOMPARE(site["samples"].toInt(), 3);
        QCOMPARE(site["failures"].toInt(), 1);
        QCOMPARE(qRound(site["uptime_percent"].toDouble() * 100), 6667);
        QVERIFY(site["latency_ms"]["p50"].isDouble());
        QCOMPARE(site["last_error"].toString(), QStringLiteral("HTTP 500 (expected 200–399)"));
        const QJsonArray probes = history["probes"].toArray();
        QCOMPARE(probes.size(), 1);
        QCOMPARE(probes[0]["probe"].toString(), QStringLiteral("default"));
        QCOMPARE(probes[0]["kind"].toString(), QStringLiteral("readiness"));
        QVERIFY(history["window"]["from"].isString());

        QByteArray text;
        QCOMPARE(
            ctl(db, {QStringLiteral("health"), QStringLiteral("history"), QStringLiteral("latinos")}, &text),
            0);
        QVERIFY2(text.contains("66.67%"), text.constData());
        QVERIFY(text.contains("latinos/default (readiness)"));
    }

    void watchPrintsTransitionsAndStoresOnSigterm()
    {
        const QString db = freshDb();
        QCOMPARE(ctl(db, {QStringLiteral("scan"), apps()}), 0);
        m_server.setRoute("/shop/live", {.body = "alive"});
        m_server.setRoute("/shop/ready", {.body = "ready"});
        QProcess watch;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
        watch.setProcessEnvironment(env);
        watch.start(TestSupport::programPath(QStringLiteral("mothershipctl")),
                    {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("health"),
                     QStringLiteral("--watch"), QStringLiteral("shop")});
        QVERIFY(watch.waitForStarted());
        QByteArray seen;
        auto waitFor = [&](const QByteArray& part) {
            return QTest::qWaitFor(
                [&] {
                    seen += watch.readAllStandardOutput();
                    return seen.contains(part);
                },
                15000);
        };
        QVERIFY2(waitFor("\"site\":\"shop\",\"subject\":\"site\",\"to\":\"up\""), seen.constData());
        m_server.setRoute("/shop/ready", {.status = 503});
        QVERIFY2(waitFor("\"to\":\"not_ready\""), seen.constData());
        watch.terminate(); // SIGTERM
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        seen += watch.readAllStandardOutput();
        // One JSON object per line.
        for (const QByteArray& line : seen.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        }

        QByteArray out;
        QCOMPARE(ctl(db,
                     {QStringLiteral("--json"), QStringLiteral("health"), QStringLiteral("history"),
                      QStringLiteral("shop")},
                     &out),
                 0);
        const QJsonObject history = QJsonDocument::fromJson(out).object();
        // At least the pass that made it up and the failure that made it not ready were stored
        // when SIGTERM came.
        QVERIFY2(history["site"]["samples"].toInt() >= 2, out.constData());
        QVERIFY(history["site"]["failures"].toInt() >= 1);
        QCOMPARE(history["site"]["state"].toString(), QStringLiteral("not_ready"));
        const QJsonArray events = history["events"].toArray();
        QVERIFY(events.size() >= 2);
        QCOMPARE(events[0]["to"].toString(), QStringLiteral("not_ready"));
        QCOMPARE(events[0]["from"].toString(), QStringLiteral("up"));
    }

    void usage()
    {
        const QString db = freshDb();
        QCOMPARE(ctl(db, {QStringLiteral("health"), QStringLiteral("a"), QStringLiteral("b")}), 2);
        QCOMPARE(ctl(db, {QStringLiteral("health"), QStringLiteral("--bogus")}), 2);
        QCOMPARE(ctl(db, {QStringLiteral("health"), QStringLiteral("history")}), 2);
        QCOMPARE(ctl(db,
                     {QStringLiteral("health"), QStringLiteral("history"), QStringLiteral("x"),
                      QStringLiteral("--since"), QStringLiteral("bogus")}),
                 2);
        QByteArray out;
        QCOMPARE(
            ctl(db, {QStringLiteral("--json"), QStringLiteral("health"), QStringLiteral("nowhere")}, &out),
            1);
        QCOMPARE(QJsonDocument::fromJson(out)["error"]["code"].toString(), QStringLiteral("not_found"));
        QCOMPARE(ctl(db, {QStringLiteral("health"), QStringLiteral("history"), QStringLiteral("nowhere")}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestHealthCommands)
#include "tst_healthcommands.moc"
