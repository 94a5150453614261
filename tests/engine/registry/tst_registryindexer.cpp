// RegistryIndexer: catalog.json, latest.json and checksums.txt from a folder of packages, signed
// so that the stock minisign and sha256sum accept what it writes.
#include "RegistryFixture.h"
#include "TestSupport.h"
#include "packages/Packer.h"
#include "registry/Catalog.h"
#include "registry/MinisignSecretKey.h"
#include "registry/RegistryIndexer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ms::ErrorCode;
using ms::RegistryIndexer;

namespace {

const QDateTime Now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestRegistryIndexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void indexesAndSigns();
    void signsWithPasswordProtectedKey();
    void serialGrowsAndPublisherDecisionsStay();
    void refusesPackageFiledUnderAnotherName();
    void refusesInvalidPreviousCatalog();
    void unsignedRunRemovesStaleSignature();
    void skipsWhatIsNotAModule();
    void readsOnlyTheManifest();

private:
    /// Packs a copy of tests/fixtures/registry/modules/@p module at @p version into the registry.
    QString publish(const QString& module, const QString& version);
    ms::Catalog catalog() const;
    RegistryIndexer::Options options(const ms::MinisignSecretKey* key = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegistryFixture> m_fixture;
    std::unique_ptr<ms::MinisignSecretKey> m_key;
};

void TestRegistryIndexer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable("minisign").isEmpty(),
             "minisign is not installed (scripts/bootstrap)");
}

void TestRegistryIndexer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<RegistryFixture>(m_dir->path(), "a64-main");
    QVERIFY(m_fixture->makeKey("a"));
    auto key = ms::MinisignSecretKey::load(m_fixture->secretKeyPath("a"), {});
    QVERIFY2(key, qPrintable(key.error().toString()));
    m_key = std::make_unique<ms::MinisignSecretKey>(std::move(*key));
    QVERIFY(!publish("farm_manager", "1.7.0").isEmpty());
    QVERIFY(!publish("farm_manager", "1.8.0").isEmpty());
    QVERIFY(!publish("farm_manager", "1.9.0-beta.1").isEmpty());
    QVERIFY(!publish("inventory", "2.1.0").isEmpty());
}

QString TestRegistryIndexer::publish(const QString& module, const QString& version)
{
    const QString folder = m_dir->filePath("src/" + module + "-" + version);
    QDir().mkpath(m_dir->filePath("src"));
    if (TestSupport::run("cp", {"-a", TestSupport::fixturePath("registry/modules/" + module), folder}) != 0)
        return {};
    QJsonObject manifest = TestSupport::readJson(folder + "/manifest.json").object();
    manifest.insert("version", version);
    TestSupport::writeFile(folder + "/manifest.json", QJsonDocument(manifest).toJson());
    const QString dir = m_fixture->registryDir() + "/" + module + "/" + version;
    QDir().mkpath(dir);
    const auto packed = ms::Packer::pack(folder, dir);
    return packed ? packed->path : QString();
}

ms::Catalog TestRegistryIndexer::catalog() const
{
    const auto c = ms::Catalog::parse(m_fixture->read("catalog.json"));
    if (!c)
        qWarning("%s", qPrintable(c.error().toString() + "\n" + c.error().detail()));
    return c ? *c : ms::Catalog();
}

RegistryIndexer::Options TestRegistryIndexer::options(const ms::MinisignSecretKey* key) const
{
    RegistryIndexer::Options o;
    o.now = Now;
    o.expiryDays = 14;
    o.signingKey = key;
    return o;
}

void TestRegistryIndexer::indexesAndSigns()
{
    const auto summary = RegistryIndexer::index(m_fixture->registryDir(), options(m_key.get()));
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QCOMPARE(summary->registry, QString("registry")); // the folder's name when nothing else says
    QCOMPARE(summary->serial, qint64(1));
    QCOMPARE(summary->expires, Now.addDays(14));
    QCOMPARE(summary->modules, 2);
    QCOMPARE(summary->versions, 4);
    QVERIFY(summary->isSigned);
    QCOMPARE(summary->keyId, m_fixture->publicKey("a").keyIdHex());
    QCOMPARE(summary->packagesSigned, 4);
    QVERIFY(summary->warnings.isEmpty());

    // The stock tools accept what was written.
    QVERIFY(m_fixture->minisignVerifies(m_fixture->registryDir() + "/catalog.json", "a"));
    const QString package = m_fixture->registryDir() + "/farm_manager/1.8.0/farm_manager-1.8.0.tar.gz";
    QVERIFY(m_fixture->minisignVerifies(package, "a"));
    QVERIFY(m_fixture->minisignVerifies(m_fixture->registryDir() + "/inventory/2.1.0/inventory-2.1.0.tar.gz",
                                        "a"));
    QCOMPARE(TestSupport::run("sha256sum", {"--check", "--strict", "checksums.txt"}, nullptr, nullptr, 60000,
                              {}, m_fixture->registryDir() + "/farm_manager/1.8.0"),
             0);
    const QByteArray digest
        = QCryptographicHash::hash(TestSupport::readFile(package), QCryptographicHash::Sha256).toHex();
    QCOMPARE(m_fixture->read("farm_manager/1.8.0/checksums.txt"), digest + "  farm_manager-1.8.0.tar.gz\n");

    const ms::Catalog c = catalog();
    QCOMPARE(c.serial(), qint64(1));
    QCOMPARE(c.expires(), Now.addDays(14));
    const ms::CatalogModule* farm = c.module("farm_manager");
    QVERIFY(farm);
    QCOMPARE(farm->displayName, QString("Farm Manager"));
    QCOMPARE(farm->description, QString("Complete farm and block management system"));
    QCOMPARE(farm->tags, (QStringList {"farm", "agriculture"}));
    QCOMPARE(farm->versions.size(), 3);
    const ms::CatalogVersion* v = c.find("farm_manager", *ms::Version::parse(u"1.8.0"));
    QVERIFY(v);
    QCOMPARE(v->path, QString("farm_manager/1.8.0/farm_manager-1.8.0.tar.gz"));
    QCOMPARE(v->sha256.toLatin1(), digest);
    QCOMPARE(v->size, QFileInfo(package).size());
    QCOMPARE(v->releasedAt, Now);
    QVERIFY(!v->yanked);
    QCOMPARE(v->dependencies.value("inventory").text(), QString("^2.1.0"));
    QCOMPARE(v->coreRequirement().text(), QString(">=1.3.0"));
    QCOMPARE(c.module("inventory")->kind, ms::ModuleKind::Shared);
    // The newest release, not the pre-release.
    QCOMPARE(TestSupport::readJson(m_fixture->registryDir() + "/farm_manager/latest.json")
                 .object()
                 .value("version"),
             QJsonValue("1.8.0"));
}

void TestRegistryIndexer::signsWithPasswordProtectedKey()
{
    const QByteArray password = "correct horse battery staple";
    QVERIFY(m_fixture->makeKey("p", password));
    const auto key = ms::MinisignSecretKey::load(m_fixture->secretKeyPath("p"), password);
    QVERIFY2(key, qPrintable(key.error().toString()));
    RegistryIndexer::Options o = options(&*key);
    o.name = "a64-main";
    const auto summary = RegistryIndexer::index(m_fixture->registryDir(), o);
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QCOMPARE(summary->registry, QString("a64-main"));
    QVERIFY(m_fixture->minisignVerifies(m_fixture->registryDir() + "/catalog.json", "p"));
    QVERIFY(!m_fixture->minisignVerifies(m_fixture->registryDir() + "/catalog.json", "a"));
    QVERIFY(m_fixture->minisignVerifies(
        m_fixture->registryDir() + "/farm_manager/1.7.0/farm_manager-1.7.0.tar.gz", "p"));
}

void TestRegistryIndexer::serialGrowsAndPublisherDecisionsStay()
{
    RegistryIndexer::Options o = options(m_key.get());
    o.name = "a64-main";
    QVERIFY(RegistryIndexer::index(m_fixture->registryDir(), o));

    // The publisher yanks 1.8.0 by editing the catalog; a later index keeps that, and the dates.
    QJsonObject doc = QJsonDocument::fromJson(m_fixture->read("catalog.json")).object();
    QJsonArray modules = doc.value("modules").toArray();
    for (int i = 0; i < modules.size(); ++i) {
        QJsonObject m = modules[i].toObject();
        if (m.value("module_name") != "farm_manager")
            continue;
        QJsonArray versions = m.value("versions").toArray();
        for (int j = 0; j < versions.size(); ++j) {
            QJsonObject v = versions[j].toObject();
            if (v.value("version") == "1.8.0")
                v.insert("yanked", true);
            versions[j] = v;
        }
        m.insert("versions", versions);
        modules[i] = m;
    }
    doc.insert("modules", modules);
    QVERIFY(m_fixture->write("catalog.json", QJsonDocument(doc).toJson()));
    QVERIFY(!publish("inventory", "2.2.0").isEmpty());

    RegistryIndexer::Options later = options(m_key.get());
    later.now = Now.addDays(3);
    const auto summary = RegistryIndexer::index(m_fixture->registryDir(), later);
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QCOMPARE(summary->serial, qint64(2));
    QCOMPARE(summary->registry, QString("a64-main"));
    QCOMPARE(summary->packagesSigned, 1);
    QCOMPARE(summary->signaturesKept, 4);
    const ms::Catalog c = catalog();
    QVERIFY(c.find("farm_manager", *ms::Version::parse(u"1.8.0"))->yanked);
    QCOMPARE(c.find("farm_manager", *ms::Version::parse(u"1.8.0"))->releasedAt, Now);
    QCOMPARE(c.find("inventory", *ms::Version::parse(u"2.2.0"))->releasedAt, Now.addDays(3));
    QCOMPARE(c.expires(), Now.addDays(3 + 14));
    QCOMPARE(TestSupport::readJson(m_fixture->registryDir() + "/farm_manager/latest.json")
                 .object()
                 .value("version"),
             QJsonValue("1.7.0"));
    QCOMPARE(
        TestSupport::readJson(m_fixture->registryDir() + "/inventory/latest.json").object().value("version"),
        QJsonValue("2.2.0"));
    QVERIFY(m_fixture->minisignVerifies(m_fixture->registryDir() + "/catalog.json", "a"));

    // A package removed from the folder leaves the catalog, with a word about it.
    QVERIFY(QDir(m_fixture->registryDir() + "/inventory/2.1.0").removeRecursively());
    const auto third = RegistryIndexer::index(m_fixture->registryDir(), later);
    QVERIFY(third);
    QCOMPARE(third->serial, qint64(3));
    QCOMPARE(third->warnings.size(), 1);
    QVERIFY(third->warnings.first().contains("inventory 2.1.0"));
    QVERIFY(!catalog().find("inventory", *ms::Version::parse(u"2.1.0")));
}

void TestRegistryIndexer::refusesPackageFiledUnderAnotherName()
{
    const QString wrong = m_fixture->registryDir() + "/farm_manager/1.8.0/farm_manager-1.8.0.tar.gz";
    QVERIFY(QFile::remove(wrong));
    QVERIFY(QFile::copy(m_fixture->registryDir() + "/inventory/2.1.0/inventory-2.1.0.tar.gz", wrong));
    const auto summary = RegistryIndexer::index(m_fixture->registryDir(), options(m_key.get()));
    QCOMPARE(summary.error().code(), ErrorCode::Validation);
    QCOMPARE(summary.error().subject(), wrong);
    QVERIFY2(summary.error().message().contains("inventory 2.1.0"), qPrintable(summary.error().message()));
    QVERIFY(!QFileInfo::exists(m_fixture->registryDir() + "/catalog.json"));
}

void TestRegistryIndexer::refusesInvalidPreviousCatalog()
{
    QVERIFY(m_fixture->write("catalog.json", "{\"schema\": 1, \"serial\": \"seven\""));
    const auto summary = RegistryIndexer::index(m_fixture->registryDir(), options(m_key.get()));
    QCOMPARE(summary.error().code(), ErrorCode::Parse);
    QVERIFY(summary.error().message().contains("rollback"));
    // Nothing was written.
    QVERIFY(!QFileInfo::exists(m_fixture->registryDir() + "/farm_manager/latest.json"));
    QVERIFY(!QFileInfo::exists(m_fixture->registryDir() + "/catalog.json.minisig"));
    QCOMPARE(m_fixture->read("catalog.json"), QByteArray("{\"schema\": 1, \"serial\": \"seven\""));
}

void TestRegistryIndexer::unsignedRunRemovesStaleSignature()
{
    QVERIFY(RegistryIndexer::index(m_fixture->registryDir(), options(m_key.get())));
    QVERIFY(QFileInfo::exists(m_fixture->registryDir() + "/catalog.json.minisig"));
    const auto summary = RegistryIndexer::index(m_fixture->registryDir(), options());
    QVERIFY(summary);
    QVERIFY(!summary->isSigned);
    QCOMPARE(summary->serial, qint64(2));
    QVERIFY(!QFileInfo::exists(m_fixture->registryDir() + "/catalog.json.minisig"));
    QCOMPARE(summary->warnings.size(), 1);
    QVERIFY(summary->warnings.first().contains("catalog.json.minisig"));
}

void TestRegistryIndexer::skipsWhatIsNotAModule()
{
    QVERIFY(QDir().mkpath(m_fixture->registryDir() + "/Not-A-Module/1.0.0"));
    QVERIFY(QDir().mkpath(m_fixture->registryDir() + "/inventory/latest"));
    QVERIFY(QDir().mkpath(m_fixture->registryDir() + "/inventory/3.0.0"));
    QVERIFY(m_fixture->write("README.md", "a registry\n"));
    const auto summary = RegistryIndexer::index(m_fixture->registryDir(), options());
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QCOMPARE(summary->versions, 4);
    QCOMPARE(summary->warnings.size(), 3);
}

void TestRegistryIndexer::readsOnlyTheManifest()
{
    const auto manifest
        = RegistryIndexer::readManifest(m_fixture->registryDir() + "/inventory/2.1.0/inventory-2.1.0.tar.gz");
    QVERIFY2(manifest, qPrintable(manifest.error().toString()));
    QCOMPARE(manifest->moduleName(), QString("inventory"));
    QCOMPARE(manifest->version().toString(), QString("2.1.0"));

    // A package without manifest.json, and a file that is no package at all.
    const QString empty = m_dir->filePath("src/empty");
    QVERIFY(TestSupport::writeFile(empty + "/README.md", "nothing\n"));
    QCOMPARE(TestSupport::run("tar", {"-czf", m_dir->filePath("empty.tar.gz"), "-C", empty, "README.md"}), 0);
    QCOMPARE(RegistryIndexer::readManifest(m_dir->filePath("empty.tar.gz")).error().code(),
             ErrorCode::NotFound);
    QVERIFY(TestSupport::writeFile(m_dir->filePath("junk.tar.gz"), "not an archive"));
    QCOMPARE(RegistryIndexer::readManifest(m_dir->filePath("junk.tar.gz")).error().code(), ErrorCode::Parse);
}

QTEST_GUILESS_MAIN(TestRegistryIndexer)
#include "tst_registryindexer.moc"
