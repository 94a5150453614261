#include "LicenseMinter.h"
#include "NginxServer.h"
#include "SiteSnapshot.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    NginxServer m_nginx;
    LicenseMinter m_minter;
    QString m_registry;
    QString m_sites;

    Run ctl(QStringList args)
    {
        args.prepend(m_tmp.filePath("mothership.db"));
        args.prepend("--db");
        Run r;
        r.exit = TestSupport::run(TestSupport::programPath("mothershipctl"), args, &r.out, &r.err, 120000,
                                  {"HOME=" + m_tmp.path()});
        return r;
    }
    QJsonArray installedModules(const QString& site)
    {
        const Run r = ctl({"--json", "modules", site});
        return r.json().array();
    }
    QString versionOf(const QString& site, const QString& module)
    {
        for (const QJsonValue& m : installedModules(site)) {
            if (m["module_name"] == module)
                return m["version"].toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        // The publisher: a key from the stock minisign, the demo modules packed and indexed.
        QVERIFY(QDir().mkpath(m_tmp.filePath("keys")));
        QCOMPARE(TestSupport::run("minisign", {"-G", "-W", "-p", m_tmp.filePath("keys/demo.pub"), "-s",
                                               m_tmp.filePath("keys/demo.key")}),
                 0);
        m_registry = m_tmp.filePath("registry");
        const QString sources = TestSupport::sourcePath("resources/demo/modules");
        QDirIterator it(sources, {"manifest.json"}, QDir::Files, QDirIterator::Subdirectories);
        int packed = 0;
        while (it.hasNext()) {
            const QString dir = QFileInfo(it.next()).absolutePath();
            const QString version = QFileInfo(dir).fileName();
            const QString module = QFileInfo(QFileInfo(dir).absolutePath()).fileName();
            const QString out = QStringLiteral("%1/%2/%3/%2-%3.tar.gz").arg(m_registry, module, version);
            QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
            const Run r = ctl({"pack", dir, "-o", out});
            QVERIFY2(r.exit == 0, r.err.constData());
            ++packed;
        }
        QVERIFY(packed >= 20);
        Run index = ctl({"registry", "index", m_registry, "--sign", m_tmp.filePath("keys/demo.key"), "--name", "demo"});
        QVERIFY2(index.exit == 0, index.err.constData());
        QVERIFY2(m_nginx.start(m_registry), qPrintable(m_nginx.why()));

        // The administrator: the demo sites, the registry and its key, the vendor's key.
        m_sites = m_tmp.filePath("sites");
        QVERIFY(TestSupport::copyTree(TestSupport::sourcePath("resources/demo/sites"), m_sites));
        QCOMPARE(ctl({"scan", m_sites}).exit, 0);
        Run add = ctl({"registry", "add", "demo", m_nginx.url().toString(), "--key", m_tmp.filePath("keys/demo.pub")});
        QVERIFY2(add.exit == 0, add.err.constData());
        Run refresh = ctl({"--json", "registry", "refresh"});
        QVERIFY2(refresh.exit == 0, refresh.out.constData());
        QVERIFY(QDir().mkpath(m_tmp.filePath("vendor")));
        QVERIFY(m_minter.init(m_tmp.filePath("vendor")));
        Run trust = ctl({"license", "trust", "acme", m_minter.jwkPath()});
        QVERIFY2(trust.exit == 0, trust.err.constData());
    }

    void searchFindsTheModules()
    {
        const Run r = ctl({"--json", "search", "farm"});
        QCOMPARE(r.exit, 0);
        const QJsonArray modules = r.json().object()["modules"].toArray();
        QVERIFY(!modules.isEmpty());
        QCOMPARE(modules.first()["module_name"].toString(), QString("farm_manager"));
        QCOMPARE(modules.first()["registry"].toString(), QString("demo"));
    }

    void licensedInstallNeedsAValidKey()
    {
        // trade_desk 3.2.4 needs reports, which needs a license: without one nothing happens.
        const SiteSnapshot before = SiteSnapshot::take(m_sites + "/intellitrade", m_tmp.filePath("mothership.db"), "intellitrade");
        Run refused = ctl({"--json", "install", "intellitrade", "trade_desk"});
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.out.contains("reports"), refused.out.constData());
        QCOMPARE(refused.json().object()["site_unchanged"].toBool(), true);
        QCOMPARE(SiteSnapshot::take(m_sites + "/intellitrade", m_tmp.filePath("mothership.db"), "intellitrade").diff(before), QString());
        QVERIFY(installedModules("intellitrade").isEmpty());

        // An expired key is refused and named as such.
        const QString expired = m_tmp.filePath("reports-expired.license");
        QVERIFY(m_minter.writeKey(expired, LicenseMinter::claims("reports", QDateTime::currentDateTimeUtc().addDays(-60),
                                                                 QDateTime::currentDateTimeUtc().addDays(-1))));
        refused = ctl({"install", "intellitrade", "trade_desk", "--license-file", expired});
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.err.contains("expired"), refused.err.constData());
        QCOMPARE(SiteSnapshot::take(m_sites + "/intellitrade", m_tmp.filePath("mothership.db"), "intellitrade").diff(before), QString());
    }

    void installWithDependenciesUpgradeRollbackUninstall()
    {
        const QString key = m_tmp.filePath("reports.license");
        QVERIFY(m_minter.writeKey(key, LicenseMinter::claims("reports", QDateTime::currentDateTimeUtc().addDays(-1),
                                                             QDateTime::currentDateTimeUtc().addDays(365))));
        // farm_manager at 1.8 first, with trade_desk: inventory, reports (licensed) come along.
        Run installed = ctl({"--json", "install", "intellitrade", "farm_manager@1.8.0", "trade_desk", "--license-file", key});
        QVERIFY2(installed.exit == 0, QByteArray(installed.out + installed.err).constData());
        QCOMPARE(versionOf("intellitrade", "farm_manager"), QString("1.8.0"));
        QCOMPARE(versionOf("intellitrade", "trade_desk"), QString("3.2.4"));
        QCOMPARE(versionOf("intellitrade", "inventory"), QString("2.3.1"));
        QCOMPARE(versionOf("intellitrade", "reports"), QString("1.2.0"));
        // What the site's runtime reads, and the key never on disk in clear.
        const QJsonObject lock = TestSupport::readJson(m_sites + "/intellitrade/modules.lock.json").object();
        QCOMPARE(lock["modules"].toArray().size(), 4);
        QVERIFY(QFileInfo(m_sites + "/intellitrade/modules/farm_manager/current").isSymLink());
        const QByteArray token = TestSupport::readFile(key).trimmed();
        QVERIFY(!TestSupport::readFile(m_tmp.filePath("mothership.db")).contains(token));

        Run upgraded = ctl({"upgrade", "intellitrade", "farm_manager"});
        QVERIFY2(upgraded.exit == 0, upgraded.err.constData());
        QCOMPARE(versionOf("intellitrade", "farm_manager"), QString("1.9.0"));

        Run rolledBack = ctl({"rollback", "intellitrade", "farm_manager"});
        QVERIFY2(rolledBack.exit == 0, rolledBack.err.constData());
        QCOMPARE(versionOf("intellitrade", "farm_manager"), QString("1.8.0"));

        // inventory is needed by trade_desk: refused unless cascading.
        QCOMPARE(ctl({"uninstall", "intellitrade", "inventory"}).exit, 1);
        Run removed = ctl({"uninstall", "intellitrade", "farm_manager"});
        QVERIFY2(removed.exit == 0, removed.err.constData());
        QCOMPARE(versionOf("intellitrade", "farm_manager"), QString());
        QVERIFY(!QFileInfo::exists(m_sites + "/intellitrade/modules/farm_manager"));

        Run audit = ctl({"--json", "audit", "--site", "intellitrade", "--module", "farm_manager"});
        QVERIFY(audit.json().array().size() >= 4);
        QCOMPARE(ctl({"audit", "verify"}).exit, 0);
    }

    void tamperedPackageIsRefusedAndTheSiteIsUnchanged()
    {
        // Someone with write access to the web server flips one byte of a package.
        const QString package = m_registry + "/payroll/2.1.0/payroll-2.1.0.tar.gz";
        QByteArray bytes = TestSupport::readFile(package);
        QVERIFY(bytes.size() > 100);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QVERIFY(TestSupport::writeFile(package, bytes));
        const SiteSnapshot before = SiteSnapshot::take(m_sites + "/salarium", m_tmp.filePath("mothership.db"), "salarium");
        Run refused = ctl({"--json", "install", "salarium", "payroll"});
        QCOMPARE(refused.exit, 1);
        QCOMPARE(refused.json().object()["error"].toObject()["code"].toString(), QString("integrity"));
        QCOMPARE(refused.json().object()["site_unchanged"].toBool(), true);
        QCOMPARE(SiteSnapshot::take(m_sites + "/salarium", m_tmp.filePath("mothership.db"), "salarium").diff(before), QString());
        QVERIFY(installedModules("salarium").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
