// mothershipctl as a user runs it: scan, sites, site show, ports [--fix], context, resolve,
// audit and settings on a copy of the demo workspace, with JSON checked field by field.

#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCtlInventory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_sites;
    QString m_db;
    QByteArray m_out, m_err;

    int ctl(const QStringList& args)
    {
        m_out.clear();
        m_err.clear();
        return TestSupport::run(TestSupport::programPath("mothershipctl"), args, &m_out, &m_err, 60000,
                                {"LANG=C.UTF-8", "LC_ALL=C.UTF-8", "HOME=" + m_tmp.path()});
    }
    int ctlDb(QStringList args)
    {
        args.prepend(m_db);
        args.prepend("--db");
        return ctl(args);
    }
    QJsonDocument json() const
    {
        QJsonParseError e;
        QJsonDocument doc = QJsonDocument::fromJson(m_out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\n%s", qPrintable(e.errorString()), m_out.constData());
        return doc;
    }

private Q_SLOTS:
    void init()
    {
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        m_sites = m_tmp.filePath(name + "/sites");
        m_db = m_tmp.filePath(name + "/mothership.db");
        QVERIFY(TestSupport::copyTree(TestSupport::sourcePath("resources/demo/sites"), m_sites));
    }

    void usageAndExitStatuses()
    {
        QCOMPARE(ctl({"--help"}), 0);
        QVERIFY(m_out.contains("Usage: mothershipctl"));
        QVERIFY(m_out.contains("ports [--fix]"));
        QCOMPARE(ctl({"--version"}), 0);
        QVERIFY(m_out.startsWith("mothershipctl 0."));
        QCOMPARE(ctl({}), 2);
        QCOMPARE(ctl({"frobnicate"}), 2);
        QVERIFY(m_err.contains("unknown command 'frobnicate'"));
        QCOMPARE(ctlDb({"sites", "--bogus"}), 2);
        QVERIFY(m_err.contains("unknown option '--bogus'"));
        QCOMPARE(ctlDb({"scan"}), 2);
        QCOMPARE(ctlDb({"site", "show", "--help"}), 0);
        QVERIFY(m_out.contains("site show NAME"));
        QCOMPARE(ctl({"--db"}), 2);
    }

    void scanAndListAsJson()
    {
        QCOMPARE(ctlDb({"--json", "scan", m_sites}), 0);
        QJsonObject scan = json().object();
        QCOMPARE(scan["added"].toInt(), 5);
        QCOMPARE(scan["apps_dirs"].toArray().first().toString(), QDir(m_sites).absolutePath());
        // --json may also follow the command.
        QCOMPARE(ctlDb({"sites", "--json"}), 0);
        const QJsonArray sites = json().array();
        QCOMPARE(sites.size(), 5);
        QJsonObject intellitrade;
        for (const QJsonValue& v : sites) {
            for (const char* field : {"name", "title", "domains", "port", "environment", "features", "plugins", "path",
                                      "status"})
                QVERIFY2(v.toObject().contains(field), field);
            if (v["name"] == "intellitrade")
                intellitrade = v.toObject();
        }
        QCOMPARE(intellitrade["port"].toInt(), 3004);
        QCOMPARE(intellitrade["title"].toString(), QString("IntelliTrade"));
        QCOMPARE(intellitrade["domains"].toArray(), QJsonArray({"intellitrade.example.com", "trade.example.com"}));
        QCOMPARE(intellitrade["environment"].toString(), QString("production"));
        QCOMPARE(intellitrade["status"].toString(), QString("ok"));
        QVERIFY(intellitrade["features"].toArray().contains("price_alerts"));
        QVERIFY(!intellitrade["features"].toArray().contains("beta_dashboard"));
        bool farm = false;
        for (const QJsonValue& p : intellitrade["plugins"].toArray())
            farm |= p["name"] == "farm_manager" && p["version"] == "^1.8.0" && p["enabled"] == true;
        QVERIFY(farm);
        // No secret from a .env ever reaches the output.
        QVERIFY(!m_out.contains("demo-only-not-a-real-secret"));

        QCOMPARE(ctlDb({"site", "show", "latinos", "--json"}), 0);
        QCOMPARE(json().object()["environment"].toString(), QString("staging"));
        QCOMPARE(ctlDb({"site", "show", "nowhere"}), 1);
        QVERIFY(m_err.contains("nowhere"));
    }

    void portsFindAndFixTheConflict()
    {
        QCOMPARE(ctlDb({"scan", m_sites}), 0);
        QCOMPARE(ctlDb({"ports"}), 1); // conflicts: exit 1
        QVERIFY(m_out.contains("3006"));
        QCOMPARE(ctlDb({"ports", "--json"}), 1);
        const QJsonObject report = json().object();
        bool shared = false;
        for (const QJsonValue& c : report["conflicts"].toArray())
            shared |= c["kind"] == "shared_port" && c["port"] == 3006
                && c["sites"].toArray() == QJsonArray({"admin", "capacita"});
        QVERIFY2(shared, m_out.constData());
        QCOMPARE(report["fix"].toArray().first()["site"].toString(), QString("capacita"));
        QCOMPARE(report["fix"].toArray().first()["to"].toInt(), 3007);

        const QByteArray before = TestSupport::readFile(m_sites + "/capacita/.env");
        QCOMPARE(ctlDb({"ports", "--fix", "--json"}), 0);
        const QJsonObject fixed = json().object();
        const QString backup = fixed["changed"].toArray().first()["backup"].toString();
        QVERIFY(QFile::exists(backup));
        QCOMPARE(TestSupport::readFile(backup), before);
        QVERIFY(TestSupport::readFile(m_sites + "/capacita/.env").contains("\nPORT=3007\n"));
        QCOMPARE(ctlDb({"ports"}), 0);
        QCOMPARE(ctlDb({"site", "show", "capacita", "--json"}), 0);
        QCOMPARE(json().object()["port"].toInt(), 3007);

        QCOMPARE(ctlDb({"audit", "--json", "--action", "ports.fix"}), 0);
        const QJsonArray audit = json().array();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first()["site"].toString(), QString("capacita"));
        QCOMPARE(ctlDb({"audit", "verify"}), 0);
        QVERIFY(m_out.contains("intact"));
    }

    void context()
    {
        QCOMPARE(ctlDb({"scan", m_sites}), 0);
        QCOMPARE(ctlDb({"context", "--domain", "TRADE.example.com:443"}), 0);
        QVERIFY(m_out.startsWith("intellitrade"));
        QCOMPARE(ctlDb({"--json", "context", "--domain", "x.admin.example.com"}), 0);
        QCOMPARE(json().object()["match"].toString(), QString("wildcard_domain"));
        QCOMPARE(ctlDb({"--json", "context", "--port", "3005"}), 0);
        QCOMPARE(json().object()["site"].toString(), QString("salarium"));
        QCOMPARE(ctlDb({"--json", "context", "--domain", "unknown.test"}), 0);
        QCOMPARE(json().object()["match"].toString(), QString("fallback"));
        QCOMPARE(ctlDb({"context"}), 2);
        QCOMPARE(ctlDb({"context", "--port", "http"}), 2);
        QCOMPARE(ctlDb({"settings", "set", "context.fallback_site", "nobody"}), 0);
        QCOMPARE(ctlDb({"--json", "context", "--domain", "unknown.test"}), 1);
        QVERIFY(json().object()["site"].isNull());
    }

    void resolveExplainsThePlanAndTheFailure()
    {
        // Without its node_modules, nothing tells which core intellitrade runs.
        QVERIFY(QDir(m_sites + "/intellitrade/node_modules").removeRecursively());
        QCOMPARE(ctlDb({"scan", m_sites}), 0);
        const QString catalog = TestSupport::fixturePath("catalogs/main.json");
        QCOMPARE(ctlDb({"resolve", "intellitrade", "farm_manager@^1.8", "--catalog", catalog}), 1);
        QVERIFY2(m_err.contains("core"), m_err.constData()); // the core version is unknown
        QCOMPARE(ctlDb({"settings", "set", "platform.core_version", "1.4.0"}), 0);
        QCOMPARE(ctlDb({"--json", "resolve", "intellitrade", "farm_manager@^1.8", "--catalog", catalog}), 0);
        const QJsonArray plan = json().object()["plan"].toArray();
        QVERIFY(!plan.isEmpty());
        QCOMPARE(plan.last()["module_name"].toString(), QString("farm_manager"));
        for (const QJsonValue& step : plan)
            for (const char* field : {"module_name", "version", "action", "reason"})
                QVERIFY2(step.toObject().contains(field), field);
        QCOMPARE(ctlDb({"resolve", "intellitrade", "farm_manager@^1.8", "--catalog", catalog}), 0);
        QVERIFY(m_out.contains("farm_manager"));

        QCOMPARE(ctlDb({"--json", "resolve", "intellitrade", "farm_manager@^9", "--catalog", catalog}), 1);
        const QJsonObject error = json().object()["error"].toObject();
        QVERIFY(!error["explanation"].toArray().isEmpty());
        QVERIFY(error["explanation"].toArray().first().toString().contains("farm_manager"));
        QCOMPARE(ctlDb({"resolve", "intellitrade", "farm_manager", "--catalog", catalog, "--core", "0.1.0"}), 1);
        QVERIFY(m_err.contains("core"));
        // Without the setting, latinos' own node_modules tell its core (1.3.5).
        QCOMPARE(ctlDb({"settings", "unset", "platform.core_version"}), 0);
        QCOMPARE(ctlDb({"resolve", "latinos", "farm_manager@^1.8", "--catalog", catalog}), 0);
        QVERIFY2(m_out.contains("platform core 1.3.5"), m_out.constData());
        // Without --catalog, the configured registries are used: there are none here.
        QCOMPARE(ctlDb({"resolve", "intellitrade", "farm_manager"}), 1);
        QVERIFY(m_err.contains("no registry is configured"));
        QCOMPARE(ctlDb({"resolve", "intellitrade", "farm_manager", "--catalog", m_tmp.filePath("none.json")}), 1);
        QVERIFY(m_err.contains("none.json"));
    }

    void brokenSiteIsReportedAndTheScanGoesOn()
    {
        QVERIFY(TestSupport::writeFile(m_sites + "/broken/.env", "PORT=3100\nSITE_TITLE=\"never closed\n"));
        QCOMPARE(ctlDb({"scan", m_sites}), 0);
        QVERIFY2(m_err.contains(QByteArray(m_sites.toUtf8() + "/broken/.env:2")), m_err.constData());
        QCOMPARE(ctlDb({"--json", "site", "show", "broken"}), 0);
        QCOMPARE(json().object()["status"].toString(), QString("error"));
        QCOMPARE(ctlDb({"--json", "sites"}), 0);
        QCOMPARE(json().array().size(), 6);
    }

    void snapshotExportAndOpen()
    {
        QCOMPARE(ctlDb({"scan", m_sites}), 0);
        const QString file = m_tmp.filePath("snap.snapshot");
        QCOMPARE(ctlDb({"--json", "snapshot", "export", file}), 0);
        QVERIFY(json().object()["rows"].toInt() > 5);
        // The live inventory changes; the snapshot does not.
        QCOMPARE(ctlDb({"ports", "--fix"}), 0);
        QCOMPARE(ctl({"--json", "snapshot", "open", file}), 0);
        const QJsonObject opened = json().object();
        QCOMPARE(opened["sites"].toArray().size(), 5);
        for (const QJsonValue& s : opened["sites"].toArray()) {
            if (s["name"] == "capacita")
                QCOMPARE(s["port"].toInt(), 3006);
        }
        QVERIFY(!opened["taken_at"].toString().isEmpty());
        QCOMPARE(ctl({"snapshot", "open", m_tmp.filePath("absent")}), 1);
        QCOMPARE(ctl({"snapshot", "open"}), 2);
    }

    void databaseErrorsNameTheDatabase()
    {
        QVERIFY(TestSupport::writeFile(m_db, "this is not a database"));
        QCOMPARE(ctlDb({"sites"}), 1);
        QVERIFY2(m_err.contains(m_db.toUtf8()), m_err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCtlInventory)
#include "tst_ctl_inventory.moc"
