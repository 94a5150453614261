// License-required modules through the Orchestrator, with the real keychain (a private
// gnome-keyring under dbus-run-session: mothership_add_test(... KEYRING)) and tokens minted
// by PyJWT. Keys are verified before anything is fetched; a refused key leaves the site as it
// was; an accepted key goes to the keychain and nowhere else — not the database (its file is
// searched byte by byte), not the audit log, not a log message.
#include "LicenseMinter.h"
#include "LifecycleHarness.h"
#include "TestSupport.h"
#include "secrets/SecretStore.h"
#include "store/OperationRepository.h"
#include "store/SettingsRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <QTest>

using Kind = ms::OperationRequest::Kind;
using ms::ErrorCode;

Q_DECLARE_METATYPE(ms::ErrorCode)

namespace {

QMutex g_logMutex;
QStringList g_log;

void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker locker(&g_logMutex);
    g_log << message;
}

/// Counts fetches, then delegates: licenses must be settled before the first one.
class CountingFetcher : public ms::PackageFetcher
{
public:
    explicit CountingFetcher(ms::PackageFetcher& real)
        : m_real(real)
    {
    }
    ms::FetchJob* fetch(const ms::PackageRef& ref, QObject* parent) override
    {
        ++calls;
        return m_real.fetch(ref, parent);
    }
    int calls = 0;

private:
    ms::PackageFetcher& m_real;
};

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

class TestOrchestratorLicenses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void acceptedKeyGoesToTheKeychainOnly();
    void refusedBeforeAnythingIsFetched_data();
    void refusedBeforeAnythingIsFetched();
    void keychainKeyIsUsedWhenNoFileIsGiven();

private:
    QString keyFile(const QString& name, const QJsonObject& claims,
                    const QString& vendor = QStringLiteral("acme"), const QString& kid = {});
    /// Fails the test when @p token (or its signature) is in the database files, the audit
    /// log or the captured log messages.
    void verifyNowhere(const QByteArray& token);

    QTemporaryDir m_keys;
    LicenseMinter m_minter;
    std::unique_ptr<ms::SecretStore> m_secrets;
    std::unique_ptr<LifecycleHarness> h;
    std::unique_ptr<CountingFetcher> m_counting;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestOrchestratorLicenses::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_keys.isValid());
    QVERIFY2(m_minter.init(m_keys.path()), "mint-license.py needs /usr/bin/python3 with python3-jwt");
    m_secrets = std::make_unique<ms::SecretStore>();
    const ms::Status probed = m_secrets->probeBlocking();
    QVERIFY2(probed, qPrintable(probed.error().toString()));
    QCOMPARE(m_secrets->backend(), ms::SecretStore::Backend::Keychain);
    m_previousHandler = qInstallMessageHandler(captureMessages);
}

void TestOrchestratorLicenses::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
}

void TestOrchestratorLicenses::init()
{
    h = std::make_unique<LifecycleHarness>();
    QString why;
    QVERIFY2(h->init(&why, m_secrets.get()), qPrintable(why));
    QFile jwk(m_minter.jwkPath());
    QVERIFY(jwk.open(QIODevice::ReadOnly));
    QVERIFY(h->orchestrator().licenses().trust("acme", jwk.readAll(), m_minter.jwkPath()).ok());
    m_counting = std::make_unique<CountingFetcher>(h->fetcher());
    h->orchestrator().setFetcher(m_counting.get());
    QVERIFY(m_secrets->removeBlocking(ms::SecretStore::licenseKey("clinic", "billing")).ok());
}

void TestOrchestratorLicenses::cleanup()
{
    h.reset();
    m_counting.reset();
}

QString TestOrchestratorLicenses::keyFile(const QString& name, const QJsonObject& claims,
                                          const QString& vendor, const QString& kid)
{
    const QString path = m_keys.filePath(name);
    if (!m_minter.writeKey(path, claims, vendor, kid))
        qWarning("could not mint %s", qPrintable(name));
    return path;
}

void TestOrchestratorLicenses::verifyNowhere(const QByteArray& token)
{
    QVERIFY(token.count('.') == 2);
    const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
    QVERIFY(signature.size() > 40);
    // Every file of the database (main file, WAL, shared memory), byte by byte.
    QDirIterator files(h->root(), {QStringLiteral("mothership.db*")}, QDir::Files);
    int searched = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(signature), qPrintable(f.fileName() + " holds the license key"));
        ++searched;
    }
    QVERIFY(searched >= 1);
    const auto audited = h->audit().entries();
    for (const ms::AuditRecord& r : *audited)
        QVERIFY(!r.message.toUtf8().contains(signature) && !r.details.toUtf8().contains(signature));
    QMutexLocker locker(&g_logMutex);
    for (const QString& line : std::as_const(g_log))
        QVERIFY2(!line.toUtf8().contains(signature), "a log message holds the license key");
}

void TestOrchestratorLicenses::acceptedKeyGoesToTheKeychainOnly()
{
    const QString file
        = keyFile("billing.jwt", LicenseMinter::claims("billing", now().addDays(-1), now().addDays(365)));
    const QByteArray token = TestSupport::readFile(file).trimmed();
    ms::OperationRequest request = LifecycleHarness::request(Kind::Install, {"billing"});
    request.licenseFiles = {file};
    auto op = h->run(request);
    QVERIFY2(!op->error().isError(), qPrintable(op->error().toString()));
    QVERIFY(op->outcome().warnings.isEmpty());
    QCOMPARE(m_counting->calls, 1);
    QVERIFY(h->target().readLock()->find("billing"));

    auto stored = m_secrets->readBlocking(ms::SecretStore::licenseKey("clinic", "billing"));
    QVERIFY2(stored, qPrintable(stored.error().toString()));
    QCOMPARE(stored->trimmed(), token);
    verifyNowhere(token);
}

void TestOrchestratorLicenses::refusedBeforeAnythingIsFetched_data()
{
    QTest::addColumn<QString>("vendor"); // whose private key signs; empty: no key file at all
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");

    const QDateTime expired(QDate(2025, 12, 31), QTime(12, 0), Qt::UTC);
    const QJsonObject valid = LicenseMinter::claims("billing", now().addDays(-1), now().addDays(30));
    QTest::newRow("no key at all")
        << QString() << QString() << QJsonObject() << ErrorCode::NotFound
        << "billing needs a license key: none was given, and the keychain holds none for site clinic";
    QTest::newRow("expired") << "acme" << QString()
                             << LicenseMinter::claims("billing", expired.addDays(-365), expired)
                             << ErrorCode::Expired << "billing: the license expired on 2025-12-31";
    QTest::newRow("for another module")
        << "acme" << QString() << LicenseMinter::claims("farm_manager", now().addDays(-1), now().addDays(30))
        << ErrorCode::Validation << "billing: the license is for module farm_manager, not billing";
    QTest::newRow("bad signature: another key under the vendor's key id")
        << "rogue"
        << "acme-2026" << valid << ErrorCode::Integrity << "";
    QTest::newRow("a key id the vendor does not have")
        << "rogue" << QString() << valid << ErrorCode::Untrusted << "";
    QJsonObject rogue = valid;
    rogue.insert("iss", "rogue");
    QTest::newRow("untrusted vendor") << "rogue" << QString() << rogue << ErrorCode::Untrusted
                                      << "billing: issuer rogue is not a trusted vendor";
}

void TestOrchestratorLicenses::refusedBeforeAnythingIsFetched()
{
    QFETCH(QString, vendor);
    QFETCH(QString, kid);
    QFETCH(QJsonObject, claims);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    QVERIFY(h->install({"inventory"}));
    const int fetchesBefore = m_counting->calls;
    const SiteSnapshot before = h->snapshot();
    ms::OperationRequest request = LifecycleHarness::request(Kind::Install, {"billing"});
    QByteArray token;
    if (!vendor.isEmpty()) {
        request.licenseFiles = {keyFile("refused.jwt", claims, vendor, kid)};
        token = TestSupport::readFile(request.licenseFiles.first()).trimmed();
    }
    auto op = h->run(request);
    QCOMPARE(op->error().code(), code);
    if (!message.isEmpty())
        QCOMPARE(op->error().message(), message);
    if (!vendor.isEmpty()) {
        QCOMPARE(op->error().subject(), request.licenseFiles.first());
        QVERIFY(!op->error().toString().toUtf8().contains(token.mid(token.lastIndexOf('.') + 1)));
    }
    QCOMPARE(m_counting->calls, fetchesBefore);
    const SiteSnapshot after = h->snapshot();
    QVERIFY2(after == before, qPrintable(after.diff(before)));
    QCOMPARE(ms::OperationRepository(h->db()).find(op->id())->state, QStringLiteral("failed"));
    QVERIFY(!m_secrets->readBlocking(ms::SecretStore::licenseKey("clinic", "billing")));
    if (!token.isEmpty())
        verifyNowhere(token);
}

void TestOrchestratorLicenses::keychainKeyIsUsedWhenNoFileIsGiven()
{
    const QString file
        = keyFile("stored.jwt", LicenseMinter::claims("billing", now().addDays(-1), now().addDays(90)));
    const QByteArray token = TestSupport::readFile(file).trimmed();
    QVERIFY(m_secrets->writeBlocking(ms::SecretStore::licenseKey("clinic", "billing"), token).ok());
    auto op = h->run(LifecycleHarness::request(Kind::Install, {"billing"}));
    QVERIFY2(!op->error().isError(), qPrintable(op->error().toString()));
    QVERIFY(h->target().readLock()->find("billing"));
    verifyNowhere(token);

    // An expired key in the keychain is refused like one from a file, naming where it came from.
    QVERIFY(h->run(LifecycleHarness::request(Kind::Uninstall, {"billing"}))->error().code()
            == ErrorCode::None);
    const QDateTime past(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);
    const QByteArray old = m_minter.mint(LicenseMinter::claims("billing", past.addDays(-30), past));
    QVERIFY(m_secrets->writeBlocking(ms::SecretStore::licenseKey("clinic", "billing"), old).ok());
    auto refused = h->run(LifecycleHarness::request(Kind::Install, {"billing"}));
    QCOMPARE(refused->error().code(), ErrorCode::Expired);
    QCOMPARE(refused->error().subject(), QStringLiteral("keychain:license/clinic/billing"));
}

QTEST_GUILESS_MAIN(TestOrchestratorLicenses)
#include "tst_orchestratorlicenses.moc"
