// mothershipctl's module and license commands as an administrator runs them: exit statuses
// 0/1/2, the --json shapes docs/lifecycle.md documents, the progress bar (on a terminal only —
// script(1) provides one), and license keys that go from a file to the real keychain (a
// private gnome-keyring: KEYRING) and never into the output or the database.
#include "LicenseMinter.h"
#include "TestRegistry.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

QStringList keys(const QJsonObject& o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestModuleCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badUsageIsStatusTwo_data();
    void badUsageIsStatusTwo();
    void licenseTrustAndCheck();
    void installWithLicenseFileKeepsItInTheKeychain();
    void lifecycleThroughTheCommandLine();
    void progressBarOnlyOnATerminal();

private:
    Run ctl(const QStringList& args);
    QString db() const { return m_dir.filePath("mothership.db"); }

    QTemporaryDir m_dir;
    TestRegistry m_registry;
    LicenseMinter m_minter;
    QString m_ctl;
    QString m_catalog;
};

void TestModuleCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctl = TestSupport::programPath("mothershipctl");
    QVERIFY(QFileInfo(m_ctl).isExecutable());
    QString error;
    QVERIFY2(m_registry.build(TestSupport::fixturePath("lifecycle/registry.json"), m_dir.filePath("registry"),
                              &error),
             qPrintable(error));
    m_catalog = m_registry.catalogPath();
    QVERIFY(QDir().mkpath(m_dir.filePath("keys")));
    QVERIFY(m_minter.init(m_dir.filePath("keys")));
    QVERIFY(TestSupport::copyTree(TestSupport::fixturePath("lifecycle/site"), m_dir.filePath("apps/clinic")));
    QCOMPARE(ctl({"scan", m_dir.filePath("apps")}).code, 0);
    QCOMPARE(ctl({"settings", "set", "platform.core_version", "1.5.0"}).code, 0);
}

Run TestModuleCommands::ctl(const QStringList& args)
{
    QProcess p;
    p.start(m_ctl, QStringList {"--db", db()} + args);
    Run run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

void TestModuleCommands::badUsageIsStatusTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("install without modules") << QStringList {"install", "clinic"};
    QTest::newRow("upgrade of two modules")
        << QStringList {"upgrade", "clinic", "a", "b", "--catalog", "c.json"};
    QTest::newRow("unknown option") << QStringList {"install", "clinic", "inventory", "--catalogue",
                                                    "c.json"};
    QTest::newRow("bad core version")
        << QStringList {"install", "clinic", "inventory", "--catalog", "c", "--core", "1.x"};
    QTest::newRow("rollback without module") << QStringList {"rollback", "clinic"};
    QTest::newRow("enable with too much") << QStringList {"enable", "clinic", "a", "b"};
    QTest::newRow("cascade is for uninstall") << QStringList {"disable", "clinic", "a", "--cascade"};
    QTest::newRow("modules without site") << QStringList {"modules"};
    QTest::newRow("recover with arguments") << QStringList {"recover", "clinic"};
    QTest::newRow("license trust without file") << QStringList {"license", "trust", "acme"};
    QTest::newRow("license check without key") << QStringList {"license", "check", "billing"};
}

void TestModuleCommands::badUsageIsStatusTwo()
{
    QFETCH(QStringList, args);
    const Run run = ctl(args);
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains("Try 'mothershipctl"));
}

void TestModuleCommands::licenseTrustAndCheck()
{
    const Run trusted = ctl({"--json", "license", "trust", "acme", m_minter.jwkPath("acme")});
    QCOMPARE(trusted.code, 0);
    QCOMPARE(keys(trusted.json()), (QStringList {"added_at", "issuer", "key_id", "x"}));
    QCOMPARE(trusted.json().value("key_id").toString(), QStringLiteral("acme-2026"));
    // The private half of a key is refused: it must never land in the trust store.
    QVERIFY(TestSupport::writeFile(
        m_dir.filePath("keys/private.jwk"),
        R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"})"));
    QCOMPARE(ctl({"license", "trust", "acme", m_dir.filePath("keys/private.jwk")}).code, 1);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString valid = m_dir.filePath("keys/billing.jwt");
    QVERIFY(m_minter.writeKey(valid, LicenseMinter::claims("billing", now.addDays(-1), now.addDays(100))));
    const QByteArray token = TestSupport::readFile(valid).trimmed();
    const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);

    const Run checked = ctl({"--json", "license", "check", "billing", "--license-file", valid});
    QCOMPARE(checked.code, 0);
    QCOMPARE(keys(checked.json()),
             (QStringList {"audience", "expires_at", "issued_at", "issuer", "key_id", "license_type",
                           "licensee", "module", "not_before", "seats", "source", "valid"}));
    QCOMPARE(checked.json().value("valid").toBool(), true);
    QCOMPARE(checked.json().value("licensee").toString(), QStringLiteral("Granja del Sol S.A."));
    QVERIFY(!checked.out.contains(signature) && !checked.err.contains(signature));

    const Run text = ctl({"license", "check", "billing", "--license-file", valid});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.startsWith("Valid license for billing, issued by acme to Granja del Sol S.A."));

    const QDateTime past(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QString expired = m_dir.filePath("keys/expired.jwt");
    QVERIFY(m_minter.writeKey(expired, LicenseMinter::claims("billing", past.addDays(-30), past)));
    const Run refused = ctl({"license", "check", "billing", "--license-file", expired});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("billing: the license expired on 2026-03-01"), refused.err.constData());
    const Run wrong = ctl({"--json", "license", "check", "farm_manager", "--license-file", valid});
    QCOMPARE(wrong.code, 1);
    QCOMPARE(wrong.json().value("error").toObject().value("message").toString(),
             QStringLiteral("farm_manager: the license is for module billing, not farm_manager"));
    QVERIFY(!wrong.out.contains(signature));
}

void TestModuleCommands::installWithLicenseFileKeepsItInTheKeychain()
{
    QCOMPARE(ctl({"license", "trust", "acme", m_minter.jwkPath("acme")}).code, 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString key = m_dir.filePath("keys/install.jwt");
    QVERIFY(m_minter.writeKey(key, LicenseMinter::claims("billing", now.addDays(-1), now.addDays(100))));
    const QByteArray token = TestSupport::readFile(key).trimmed();
    const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);

    // Not in the keychain yet: checking the site's key finds none.
    QCOMPARE(ctl({"license", "check", "billing", "--site", "clinic"}).code, 1);
    const Run installed
        = ctl({"--json", "install", "clinic", "billing", "--catalog", m_catalog, "--license-file", key});
    QVERIFY2(installed.code == 0, installed.out.constData());
    QCOMPARE(installed.json().value("warnings").toArray().size(), 0);
    QVERIFY(!installed.out.contains(signature) && !installed.err.contains(signature));
    // Now the keychain has it, for this site.
    const Run stored = ctl({"--json", "license", "check", "billing", "--site", "clinic"});
    QCOMPARE(stored.code, 0);
    QCOMPARE(stored.json().value("source").toString(), QStringLiteral("keychain:license/clinic/billing"));
    const Run uninstalled = ctl({"uninstall", "clinic", "billing"});
    QVERIFY2(uninstalled.code == 0, uninstalled.err.constData());

    QDirIterator files(m_dir.path(), {"mothership.db*"}, QDir::Files);
    while (files.hasNext()) {
        const QString f = files.next();
        QVERIFY2(!TestSupport::readFile(f).contains(signature), qPrintable(f + " holds the license key"));
    }
    const Run audit = ctl({"--json", "audit"});
    QCOMPARE(audit.code, 0);
    QVERIFY(!audit.out.contains(signature));
}

void TestModuleCommands::lifecycleThroughTheCommandLine()
{
    const QStringList catalog {"--catalog", m_catalog};
    const Run installed = ctl(QStringList {"--json", "install", "clinic", "farm_manager@1.8.0"} + catalog);
    QVERIFY2(installed.code == 0, installed.out.constData());
    const QJsonObject o = installed.json();
    QCOMPARE(keys(o), (QStringList {"changes", "operation", "warnings"}));
    QCOMPARE(keys(o.value("operation").toObject()),
             (QStringList {"error_code", "error_message", "finished_at", "from_version", "id", "kind",
                           "module", "site", "started_at", "state", "to_version"}));
    QCOMPARE(o.value("operation").toObject().value("state").toString(), QStringLiteral("succeeded"));
    const QJsonArray changes = o.value("changes").toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(keys(changes.at(0).toObject()),
             (QStringList {"action", "from_version", "license_required", "module_name", "reason", "registry",
                           "to_version"}));
    QCOMPARE(changes.at(0).toObject().value("module_name").toString(), QStringLiteral("inventory"));
    QCOMPARE(changes.at(1).toObject().value("to_version").toString(), QStringLiteral("1.8.0"));

    const Run upgraded = ctl(QStringList {"upgrade", "clinic", "farm_manager@1.9.0"} + catalog);
    QCOMPARE(upgraded.code, 0);
    QVERIFY(upgraded.out.contains("upgrade  farm_manager  1.8.0 → 1.9.0"));

    const Run listed = ctl({"--json", "modules", "clinic"});
    QCOMPARE(listed.code, 0);
    const QJsonArray modules = listed.array();
    QCOMPARE(modules.size(), 2);
    const QJsonObject farm = modules.at(0).toObject();
    QCOMPARE(keys(farm),
             (QStringList {"current", "enabled", "module_name", "operation_id", "previous", "reason", "state",
                           "target_version", "tracked", "updated_at", "version", "versions_on_disk"}));
    QCOMPARE(farm.value("module_name").toString(), QStringLiteral("farm_manager"));
    QCOMPARE(farm.value("state").toString(), QStringLiteral("running"));
    QCOMPARE(farm.value("previous").toString(), QStringLiteral("1.8.0"));
    QCOMPARE(farm.value("versions_on_disk").toArray(), (QJsonArray {"1.8.0", "1.9.0"}));

    QCOMPARE(ctl({"rollback", "clinic", "farm_manager"}).code, 0);
    QCOMPARE(ctl({"disable", "clinic", "farm_manager"}).code, 0);
    const Run table = ctl({"modules", "clinic"});
    QVERIFY2(table.out.contains("farm_manager  1.8.0    no       installed  1.9.0"), table.out.constData());
    QCOMPARE(ctl({"enable", "clinic", "farm_manager"}).code, 0);

    // Refused operations are status 1, with the reason, and change nothing.
    const QByteArray lock = TestSupport::readFile(m_dir.filePath("apps/clinic/modules.lock.json"));
    const Run refused = ctl({"uninstall", "clinic", "inventory"});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("clinic: inventory is needed by enabled modules: farm_manager"),
             refused.err.constData());
    QVERIFY(refused.err.contains("the site is as it was before"));
    QCOMPARE(TestSupport::readFile(m_dir.filePath("apps/clinic/modules.lock.json")), lock);
    const Run mismatch = ctl(QStringList {"--json", "upgrade", "clinic", "farm_manager@2.0.0"} + catalog);
    QCOMPARE(mismatch.code, 1);
    QCOMPARE(mismatch.json().value("error").toObject().value("code").toString(), QStringLiteral("integrity"));
    QCOMPARE(mismatch.json().value("operation").toObject().value("state").toString(),
             QStringLiteral("failed"));
    QCOMPARE(mismatch.json().value("site_unchanged").toBool(), true);
    QCOMPARE(ctl({"modules", "nowhere"}).code, 1);

    QCOMPARE(ctl({"uninstall", "clinic", "inventory", "--cascade"}).code, 0);
    QCOMPARE(ctl({"--json", "modules", "clinic"}).array().size(), 0);
    const Run recovered = ctl({"--json", "recover"});
    QCOMPARE(recovered.code, 0);
    QCOMPARE(recovered.json(), (QJsonObject {{"operations", QJsonArray()}}));
}

void TestModuleCommands::progressBarOnlyOnATerminal()
{
    // script(1) runs the command on a pseudo-terminal, as an administrator's shell would.
    const QString command
        = QStringLiteral("'%1' --db '%2' install clinic reports --catalog '%3'").arg(m_ctl, db(), m_catalog);
    QProcess p;
    p.start("script", {"-qec", command, "/dev/null"});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray terminal = p.readAllStandardOutput();
    QVERIFY2(terminal.contains("\r[") && terminal.contains("%"), terminal.constData());
    QVERIFY(terminal.contains("succeeded"));

    // Not a terminal, or --json: no bar.
    const Run piped = ctl({"uninstall", "clinic", "reports"});
    QCOMPARE(piped.code, 0);
    QVERIFY(!piped.err.contains('\r'));
    QVERIFY(!piped.out.contains('\r'));
}

QTEST_GUILESS_MAIN(TestModuleCommands)
#include "tst_modulecommands.moc"
