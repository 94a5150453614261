// mothershipctl's registry commands, run as a program against fixture folders, the stock
// minisign and a real nginx: what a publisher and an administrator type, and what scripts read.
#include "NginxServer.h"
#include "RegistryFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Password = "tr0ub4dor&3 is not a good password";

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestRegistryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void packIsReproducible();
    void packRefusesBrokenFolders();
    void indexSignsForTheStockMinisign();
    void encryptedKeyNeedsPasswordFromEnvironment();
    void addRefreshSearchListRemoveOverNginx();
    void refusedRefreshFailsAndKeepsTheCatalog();
    void usageErrors();

private:
    Run ctl(const QStringList& args, const QStringList& env = {});
    /// Packs the fixture modules into a registry folder with `mothershipctl pack`.
    QString buildRegistry();

    QString m_ctl;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegistryFixture> m_keys;
};

void TestRegistryCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable("minisign").isEmpty(),
             "minisign is not installed (scripts/bootstrap)");
    m_ctl = TestSupport::programPath("mothershipctl");
    QVERIFY2(QFileInfo(m_ctl).isExecutable(), qPrintable(m_ctl + " is not built"));
}

void TestRegistryCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keys = std::make_unique<RegistryFixture>(m_dir->filePath("publisher"));
    QVERIFY(m_keys->makeKey("plain"));
}

void TestRegistryCli::cleanup()
{
    m_keys.reset();
    m_dir.reset();
}

Run TestRegistryCli::ctl(const QStringList& args, const QStringList& env)
{
    Run r;
    // MINISIGN_PASSWORD is only ever what the test passes.
    QStringList environment = env;
    if (!std::any_of(env.cbegin(), env.cend(),
                     [](const QString& e) { return e.startsWith("MINISIGN_PASSWORD="); }))
        qunsetenv("MINISIGN_PASSWORD");
    environment << "HOME=" + m_dir->filePath("home") << "XDG_DATA_HOME=" + m_dir->filePath("home/data");
    r.exit = TestSupport::run(m_ctl, QStringList {"--db", m_dir->filePath("mothership.db")} + args, &r.out,
                              &r.err, 120000, environment, m_dir->path());
    return r;
}

QString TestRegistryCli::buildRegistry()
{
    const QString registry = m_dir->filePath("registry");
    for (const auto& [module, version] : QList<QPair<QString, QString>> {
             {"farm_manager", "1.8.0"}, {"inventory", "2.1.0"}, {"weather_station", "0.3.0"}}) {
        const QString dir = registry + "/" + module + "/" + version;
        QDir().mkpath(dir);
        const Run r = ctl({"pack", TestSupport::fixturePath("registry/modules/" + module), "-o", dir});
        if (r.exit != 0) {
            qWarning("pack failed: %s", r.err.constData());
            return {};
        }
    }
    return registry;
}

void TestRegistryCli::packIsReproducible()
{
    QDir().mkpath(m_dir->filePath("one"));
    QDir().mkpath(m_dir->filePath("two"));
    const Run first = ctl({"--json", "pack", TestSupport::fixturePath("registry/modules/farm_manager"), "-o",
                           m_dir->filePath("one")});
    QCOMPARE(first.exit, 0);
    const QJsonObject o = first.json().object();
    QCOMPARE(o.value("module_name").toString(), QString("farm_manager"));
    QCOMPARE(o.value("version").toString(), QString("1.8.0"));
    QCOMPARE(o.value("file").toString(), m_dir->filePath("one/farm_manager-1.8.0.tar.gz"));
    QCOMPARE(o.value("size").toInteger(), QFileInfo(o.value("file").toString()).size());
    QCOMPARE(o.value("sha256").toString().size(), 64);

    // A second run elsewhere, later, from a copy with other times: the same bytes.
    const QString copy = m_dir->filePath("copy/farm_manager");
    QDir().mkpath(m_dir->filePath("copy"));
    QCOMPARE(TestSupport::run("cp", {"-r", TestSupport::fixturePath("registry/modules/farm_manager"), copy}),
             0);
    QCOMPARE(TestSupport::run("touch", {"-d", "2001-02-03 04:05:06", copy + "/README.md", copy + "/bin"}), 0);
    const Run second = ctl({"pack", copy, "--output", m_dir->filePath("two/renamed.tar.gz")});
    QCOMPARE(second.exit, 0);
    QVERIFY(second.out.contains(o.value("sha256").toString().toLatin1()));
    QCOMPARE(TestSupport::readFile(m_dir->filePath("two/renamed.tar.gz")),
             TestSupport::readFile(o.value("file").toString()));
    // GNU tar reads it: names, modes and owners as promised.
    QByteArray listing;
    QCOMPARE(TestSupport::run("tar", {"-tvzf", m_dir->filePath("two/renamed.tar.gz")}, &listing), 0);
    QVERIFY2(listing.contains("-rwxr-xr-x 0/0") && listing.contains("bin/selftest"), listing.constData());
    QVERIFY2(listing.contains("1970-01-01 00:00 manifest.json"), listing.constData());
}

void TestRegistryCli::packRefusesBrokenFolders()
{
    for (const QString broken : {"broken/invalid_manifest", "broken/no_manifest"}) {
        const Run r
            = ctl({"--json", "pack", TestSupport::fixturePath("registry/" + broken), "-o", m_dir->path()});
        QCOMPARE(r.exit, 1);
        const QJsonObject error = r.json().object().value("error").toObject();
        QVERIFY2(!error.value("code").toString().isEmpty(), r.out.constData());
        QVERIFY(error.value("subject").toString().contains("manifest"));
    }
    const Run r
        = ctl({"pack", TestSupport::fixturePath("registry/broken/link_outside"), "-o", m_dir->path()});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains("passwd"), r.err.constData());
    QCOMPARE(QDir(m_dir->path()).entryList({"*.tar.gz"}).size(), 0);
}

void TestRegistryCli::indexSignsForTheStockMinisign()
{
    const QString registry = buildRegistry();
    QVERIFY(!registry.isEmpty());
    const Run r = ctl({"--json", "registry", "index", registry, "--sign", m_keys->secretKeyPath("plain"),
                       "--expires", "10", "--name", "a64-main"});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value("registry").toString(), QString("a64-main"));
    QCOMPARE(o.value("serial").toInt(), 1);
    QCOMPARE(o.value("modules").toInt(), 3);
    QCOMPARE(o.value("versions").toInt(), 3);
    QCOMPARE(o.value("signed").toBool(), true);
    QCOMPARE(o.value("key_id").toString(), m_keys->publicKey("plain").keyIdHex());
    QCOMPARE(o.value("packages_signed").toInt(), 3);
    QCOMPARE(o.value("catalog").toString(), registry + "/catalog.json");
    const QDateTime expires = QDateTime::fromString(o.value("expires").toString(), Qt::ISODateWithMs);
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(9));
    QVERIFY(expires < QDateTime::currentDateTimeUtc().addDays(11));

    QVERIFY(m_keys->minisignVerifies(registry + "/catalog.json", "plain"));
    for (const QString package :
         {"farm_manager/1.8.0/farm_manager-1.8.0.tar.gz", "inventory/2.1.0/inventory-2.1.0.tar.gz",
          "weather_station/0.3.0/weather_station-0.3.0.tar.gz"})
        QVERIFY2(m_keys->minisignVerifies(registry + "/" + package, "plain"), qPrintable(package));

    const Run again = ctl({"registry", "index", registry, "--sign", m_keys->secretKeyPath("plain")});
    QCOMPARE(again.exit, 0);
    QVERIFY2(again.out.contains("serial 2"), again.out.constData());
    QVERIFY(again.out.contains("3 signatures kept"));
}

void TestRegistryCli::encryptedKeyNeedsPasswordFromEnvironment()
{
    const QString registry = buildRegistry();
    QVERIFY(m_keys->makeKey("locked", Password));
    // No password and no terminal: a clear refusal, not a hang.
    const Run none = ctl({"registry", "index", registry, "--sign", m_keys->secretKeyPath("locked")});
    QCOMPARE(none.exit, 1);
    QVERIFY2(none.err.contains("MINISIGN_PASSWORD"), none.err.constData());
    QVERIFY(!QFileInfo::exists(registry + "/catalog.json"));

    const Run wrong = ctl({"registry", "index", registry, "--sign", m_keys->secretKeyPath("locked")},
                          {"MINISIGN_PASSWORD=not it"});
    QCOMPARE(wrong.exit, 1);
    QVERIFY2(wrong.err.contains("wrong password"), wrong.err.constData());

    const Run right = ctl({"registry", "index", registry, "--sign", m_keys->secretKeyPath("locked")},
                          {"MINISIGN_PASSWORD=" + QString::fromLatin1(Password)});
    QVERIFY2(right.exit == 0, right.err.constData());
    QVERIFY(m_keys->minisignVerifies(registry + "/catalog.json", "locked"));
    for (const Run* r : {&none, &wrong, &right}) {
        QVERIFY(!r->out.contains(Password) && !r->err.contains(Password));
        QVERIFY(!r->out.contains("not it") && !r->err.contains("not it"));
    }
}

void TestRegistryCli::addRefreshSearchListRemoveOverNginx()
{
    const QString registry = buildRegistry();
    QCOMPARE(
        ctl({"registry", "index", registry, "--sign", m_keys->secretKeyPath("plain"), "--name", "a64-main"})
            .exit,
        0);
    NginxServer nginx;
    QVERIFY2(nginx.start(registry), qPrintable(nginx.why()));

    const Run add = ctl({"--json", "registry", "add", "main", nginx.url("/").toString(), "--key",
                         m_keys->publicKeyPath("plain"), "--priority", "5"});
    QVERIFY2(add.exit == 0, add.err.constData());
    QJsonObject added = add.json().object();
    QCOMPARE(added.value("name").toString(), QString("main"));
    QCOMPARE(added.value("priority").toInt(), 5);
    QCOMPARE(added.value("last_outcome").toString(), QString("never"));
    QVERIFY(added.value("serial").isNull());
    QCOMPARE(added.value("keys").toArray().first().toObject().value("key_id").toString(),
             m_keys->publicKey("plain").keyIdHex());

    const Run refresh = ctl({"--json", "registry", "refresh"});
    QVERIFY2(refresh.exit == 0, refresh.out.constData());
    QJsonObject result = refresh.json().object().value("registries").toArray().first().toObject();
    QCOMPARE(result.value("name").toString(), QString("main"));
    QCOMPARE(result.value("outcome").toString(), QString("updated"));
    QCOMPARE(result.value("serial").toInt(), 1);
    QVERIFY(result.value("previous_serial").isNull());
    QCOMPARE(result.value("modules").toInt(), 3);
    QVERIFY(result.value("error").isNull());
    QCOMPARE(refresh.json().object().value("failed").toInt(), 0);

    const Run again = ctl({"--json", "registry", "refresh", "main"});
    QCOMPARE(again.exit, 0);
    QCOMPARE(
        again.json().object().value("registries").toArray().first().toObject().value("outcome").toString(),
        QString("unchanged"));
    QVERIFY(nginx.accessLog().contains("GET /catalog.json HTTP/1.1 304"));

    const Run search = ctl({"--json", "search", "farm"});
    QCOMPARE(search.exit, 0);
    const QJsonArray modules = search.json().object().value("modules").toArray();
    QCOMPARE(modules.size(), 2);
    QCOMPARE(modules[0].toObject().value("module_name").toString(), QString("farm_manager"));
    QCOMPARE(modules[0].toObject().value("match").toString(), QString("name_prefix"));
    QCOMPARE(modules[0].toObject().value("latest_version").toString(), QString("1.8.0"));
    QCOMPARE(modules[0].toObject().value("registry").toString(), QString("main"));
    QCOMPARE(modules[1].toObject().value("module_name").toString(), QString("weather_station"));
    QCOMPARE(search.json().object().value("problems").toArray().size(), 0);
    const Run plain = ctl({"search", "stock"});
    QCOMPARE(plain.exit, 0);
    QVERIFY2(plain.out.contains("inventory") && plain.out.contains("2.1.0"), plain.out.constData());

    const Run list = ctl({"--json", "registry", "list"});
    QCOMPARE(list.exit, 0);
    const QJsonObject listed = list.json().array().first().toObject();
    QCOMPARE(listed.value("serial").toInt(), 1);
    QCOMPARE(listed.value("last_outcome").toString(), QString("unchanged"));
    QCOMPARE(listed.value("catalog_sha256").toString().size(), 64);
    QVERIFY(!listed.value("catalog_expires").isNull());

    const Run remove = ctl({"--json", "registry", "remove", "main"});
    QCOMPARE(remove.exit, 0);
    QCOMPARE(remove.json().object().value("removed").toString(), QString("main"));
    QCOMPARE(ctl({"--json", "registry", "list"}).json().array().size(), 0);
    QVERIFY(!QDir(m_dir->filePath("mothership.db.registries/catalogs/main")).exists());
}

void TestRegistryCli::refusedRefreshFailsAndKeepsTheCatalog()
{
    const QString registry = buildRegistry();
    QCOMPARE(ctl({"registry", "index", registry, "--sign", m_keys->secretKeyPath("plain")}).exit, 0);
    const QByteArray first = TestSupport::readFile(registry + "/catalog.json");
    const QByteArray firstSig = TestSupport::readFile(registry + "/catalog.json.minisig");
    QCOMPARE(ctl({"registry", "index", registry, "--sign", m_keys->secretKeyPath("plain")}).exit, 0);
    QCOMPARE(ctl({"registry", "add", "local", QUrl::fromLocalFile(registry).toString(), "--key",
                  m_keys->publicKeyPath("plain")})
                 .exit,
             0);
    QCOMPARE(ctl({"registry", "refresh"}).exit, 0);

    // The first publish again, validly signed: a replay of serial 1 after serial 2.
    QVERIFY(TestSupport::writeFile(registry + "/catalog.json", first));
    QVERIFY(TestSupport::writeFile(registry + "/catalog.json.minisig", firstSig));
    const Run refused = ctl({"--json", "registry", "refresh"});
    QCOMPARE(refused.exit, 1);
    const QJsonObject r = refused.json().object().value("registries").toArray().first().toObject();
    QCOMPARE(r.value("outcome").toString(), QString("failed"));
    QCOMPARE(r.value("serial").toInt(), 2);
    QCOMPARE(r.value("error").toObject().value("code").toString(), QString("integrity"));
    QVERIFY(
        r.value("error").toObject().value("message").toString().contains("serial 1 is lower than serial 2"));
    const Run text = ctl({"registry", "refresh"});
    QCOMPARE(text.exit, 1);
    QVERIFY2(text.err.contains("the previous catalog stays"), text.err.constData());

    const QJsonObject listed = ctl({"--json", "registry", "list"}).json().array().first().toObject();
    QCOMPARE(listed.value("serial").toInt(), 2);
    QCOMPARE(listed.value("last_outcome").toString(), QString("failed"));
    QCOMPARE(listed.value("error").toObject().value("code").toString(), QString("integrity"));
    // Search still has the trusted serial-2 catalog.
    QCOMPARE(ctl({"--json", "search"}).json().object().value("modules").toArray().size(), 3);
}

void TestRegistryCli::usageErrors()
{
    QCOMPARE(ctl({"registry", "add", "main", "https://registry.example.org/"}).exit, 2);
    QCOMPARE(ctl({"registry", "add", "main"}).exit, 2);
    QCOMPARE(ctl({"registry", "index"}).exit, 2);
    QCOMPARE(ctl({"registry", "index", m_dir->path(), "--expires", "soon"}).exit, 2);
    QCOMPARE(ctl({"pack"}).exit, 2);
    QCOMPARE(ctl({"search", "--limit", "-3"}).exit, 2);
    const Run badKey = ctl({"--json", "registry", "add", "main", "https://registry.example.org/", "--key",
                            m_keys->secretKeyPath("plain")});
    QCOMPARE(badKey.exit, 1);
    QCOMPARE(badKey.json().object().value("error").toObject().value("code").toString(), QString("parse"));
    const Run credentials
        = ctl({"--json", "registry", "add", "main", "https://bob:hunter2@registry.example.org/", "--key",
               m_keys->publicKeyPath("plain")});
    QCOMPARE(credentials.exit, 1);
    QVERIFY(!credentials.out.contains("hunter2") && !credentials.err.contains("hunter2"));
    const Run unknown = ctl({"--json", "registry", "refresh", "nope"});
    QCOMPARE(unknown.exit, 1);
    QCOMPARE(unknown.json().object().value("error").toObject().value("code").toString(),
             QString("not_found"));
}

QTEST_GUILESS_MAIN(TestRegistryCli)
#include "tst_registrycli.moc"
