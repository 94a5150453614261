// License keys minted at test time by a standard JWT library (PyJWT, through
// tests/scripts/mint-license.py) and verified offline by LicenseVerifier.
#include "TestSupport.h"
#include "licensing/Base64Url.h"
#include "licensing/LicenseVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ms::ErrorCode;
using ms::LicenseVerifier;
using ms::ManualClock;
using ms::VendorKey;

Q_DECLARE_METATYPE(ms::ErrorCode)

namespace {

const QString Script = QStringLiteral(MINT_LICENSE_SCRIPT);
// The verifier's "now" in every test.
const QDateTime Now(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC);

qint64 at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

// Runs the minting script; false (after printing its stderr) when it fails.
bool runScript(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr)
{
    QProcess p;
    p.start(Script, args);
    if (!p.waitForStarted(10000)) {
        qWarning("cannot run %s: %s", qPrintable(Script), qPrintable(p.errorString()));
        return false;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("mint-license.py failed: %s", p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

QJsonObject validClaims()
{
    return QJsonObject {{"iss", "acme"},          {"sub", "Granja del Sol S.A."},
                        {"mod", "farm_manager"},  {"lic", "per_installation"},
                        {"iat", at(2026, 1, 10)}, {"exp", at(2027, 1, 10)},
                        {"aud", "inst-7f3a"},     {"seats", 25}};
}

QJsonObject with(QJsonObject claims, const QString& name, const QJsonValue& value)
{
    if (value.isUndefined())
        claims.remove(name);
    else
        claims.insert(name, value);
    return claims;
}

} // namespace

class TestLicenseVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void acceptsValidLicense();
    void acceptsUnboundLicenseAndTrimsWhitespace();
    void picksVendorKeyByKidOrTriesEach();
    void toleratesSmallClockSkew();

    void refuses_data();
    void refuses();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Mints a token over @p claims with @p alg; @p key names a PEM in the temp dir.
    QByteArray mint(const QJsonObject& claims, const QString& alg = u"EdDSA"_s,
                    const QString& key = u"acme"_s, const QString& kid = {});
    VendorKey vendorKey(const QString& name) const;
    LicenseVerifier verifier() const;

    QTemporaryDir m_dir;
    ManualClock m_clock {Now};
};

void TestLicenseVerifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(Script).isExecutable(), qPrintable(Script + u" is not executable"_s));
    for (const char* vendor : {"acme", "acme-next", "globex", "rogue"}) {
        const QString name = QString::fromLatin1(vendor);
        QVERIFY2(runScript({"keygen", "--private", path(name + ".pem"), "--jwk", path(name + ".jwk"), "--kid",
                            name + "-2026"}),
                 "mint-license.py needs /usr/bin/python3 with python3-jwt and python3-cryptography");
    }
    QVERIFY(TestSupport::writeFile(path("hmac.secret"), TestSupport::readFile(path("acme.jwk"))));
}

QByteArray TestLicenseVerifier::mint(const QJsonObject& claims, const QString& alg, const QString& key,
                                     const QString& kid)
{
    QStringList args {"mint", "--alg", alg};
    if (alg == u"EdDSA")
        args << "--key" << path(key + ".pem");
    else if (alg == u"HS256")
        args << "--key" << path("hmac.secret");
    if (!kid.isEmpty())
        args << "--kid" << kid;
    QByteArray token;
    if (!runScript(args, QJsonDocument(claims).toJson(QJsonDocument::Compact), &token))
        return {};
    return token;
}

VendorKey TestLicenseVerifier::vendorKey(const QString& name) const
{
    auto key = VendorKey::fromJwk(TestSupport::readFile(path(name + ".jwk")), name + u".jwk"_s);
    if (!key)
        qWarning("%s", qPrintable(key.error().toString()));
    return key.valueOr(VendorKey());
}

LicenseVerifier TestLicenseVerifier::verifier() const
{
    LicenseVerifier v(m_clock);
    v.trustVendor("acme", vendorKey("acme"));
    v.trustVendor("initech", vendorKey("globex")); // globex's key, trusted under another name
    return v;
}

void TestLicenseVerifier::acceptsValidLicense()
{
    const QByteArray token = mint(validClaims(), "EdDSA", "acme", "acme-2026");
    QVERIFY(!token.isEmpty());
    auto claims = verifier().verify(token, "farm_manager", "inst-7f3a");
    QVERIFY2(claims.ok(), qPrintable(claims.error().toString()));
    QCOMPARE(claims->issuer, "acme");
    QCOMPARE(claims->licensee, "Granja del Sol S.A.");
    QCOMPARE(claims->module, "farm_manager");
    QCOMPARE(claims->licenseType, "per_installation");
    QCOMPARE(claims->issuedAt, QDateTime::fromSecsSinceEpoch(at(2026, 1, 10), Qt::UTC));
    QCOMPARE(claims->expiresAt, QDateTime::fromSecsSinceEpoch(at(2027, 1, 10), Qt::UTC));
    QVERIFY(!claims->notBefore.isValid());
    QCOMPARE(claims->audience, QStringList {"inst-7f3a"});
    QCOMPARE(claims->seats, std::optional<int>(25));
    QCOMPARE(claims->keyId, "acme-2026");
    QCOMPARE(verifier().trustedIssuers(), (QStringList {"acme", "initech"}));
}

void TestLicenseVerifier::acceptsUnboundLicenseAndTrimsWhitespace()
{
    QJsonObject claims
        = with(with(validClaims(), "aud", QJsonValue::Undefined), "seats", QJsonValue::Undefined);
    claims.insert("nbf", at(2026, 1, 10));
    const QByteArray token = mint(claims);
    auto verified = verifier().verify(QByteArray("  " + token + "\n"), "farm_manager");
    QVERIFY2(verified.ok(), qPrintable(verified.error().toString()));
    QVERIFY(verified->audience.isEmpty());
    QVERIFY(!verified->seats.has_value());
    QCOMPARE(verified->notBefore, QDateTime::fromSecsSinceEpoch(at(2026, 1, 10), Qt::UTC));

    // aud as an array (RFC 7519 §4.1.3): any entry may name this installation.
    const QByteArray multi = mint(with(validClaims(), "aud", QJsonArray {"inst-1", "inst-7f3a"}));
    QVERIFY(verifier().verify(multi, "farm_manager", "inst-7f3a").ok());
}

void TestLicenseVerifier::picksVendorKeyByKidOrTriesEach()
{
    LicenseVerifier v(m_clock);
    v.trustVendor("acme", vendorKey("acme"));
    v.trustVendor("acme", vendorKey("acme-next")); // rotation: both keys trusted

    // No kid: each key of the vendor is tried.
    auto rotated = v.verify(mint(validClaims(), "EdDSA", "acme-next"), "farm_manager", "inst-7f3a");
    QVERIFY2(rotated.ok(), qPrintable(rotated.error().toString()));
    QCOMPARE(rotated->keyId, "acme-next-2026");

    // A kid picks the key; a kid the vendor does not have is refused by name.
    QVERIFY(v.verify(mint(validClaims(), "EdDSA", "acme-next", "acme-next-2026"), "farm_manager", "inst-7f3a")
                .ok());
    auto unknown = v.verify(mint(validClaims(), "EdDSA", "acme", "acme-2019"), "farm_manager", "inst-7f3a");
    QCOMPARE(unknown.error().code(), ErrorCode::Untrusted);
    QCOMPARE(unknown.error().message(), "vendor acme has no trusted key with id acme-2019");
    QCOMPARE(unknown.error().subject(), "kid");

    // The right kid on a token signed by the other key does not pass.
    auto mislabelled
        = v.verify(mint(validClaims(), "EdDSA", "acme", "acme-next-2026"), "farm_manager", "inst-7f3a");
    QCOMPARE(mislabelled.error().code(), ErrorCode::Integrity);
}

void TestLicenseVerifier::toleratesSmallClockSkew()
{
    // Minted by a vendor whose clock is two minutes ahead of ours.
    const qint64 ahead = Now.toSecsSinceEpoch() + 120;
    const QByteArray token = mint(with(with(validClaims(), "iat", ahead), "nbf", ahead));
    QVERIFY(verifier().verify(token, "farm_manager", "inst-7f3a").ok());
    // Ten minutes ahead is past the leeway.
    const qint64 far = Now.toSecsSinceEpoch() + 600;
    auto refused = verifier().verify(mint(with(validClaims(), "nbf", far)), "farm_manager", "inst-7f3a");
    QCOMPARE(refused.error().code(), ErrorCode::Validation);
}

void TestLicenseVerifier::refuses_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("installation");
    QTest::addColumn<ms::ErrorCode>("code");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("message");

    const QString farm = u"farm_manager"_s;
    const QString inst = u"inst-7f3a"_s;
    const QByteArray valid = mint(validClaims());

    QTest::newRow("expired") << mint(with(validClaims(), "exp", at(2026, 3, 1))) << farm << inst
                             << ErrorCode::Expired << u"exp"_s << u"the license expired on 2026-03-01"_s;
    QTest::newRow("expires this very second")
        << mint(with(validClaims(), "exp", Now.toSecsSinceEpoch())) << farm << inst << ErrorCode::Expired
        << u"exp"_s << u"the license expired on 2026-03-15"_s;
    QTest::newRow("not yet valid") << mint(with(validClaims(), "nbf", at(2026, 4, 1))) << farm << inst
                                   << ErrorCode::Validation << u"nbf"_s
                                   << u"the license is not valid before 2026-04-01"_s;
    QTest::newRow("issued in the future")
        << mint(with(validClaims(), "iat", at(2026, 6, 1))) << farm << inst << ErrorCode::Validation
        << u"iat"_s << u"the license was issued in the future (2026-06-01)"_s;
    QTest::newRow("wrong module") << mint(with(validClaims(), "mod", "reports")) << farm << inst
                                  << ErrorCode::Validation << u"mod"_s
                                  << u"the license is for module reports, not farm_manager"_s;
    QTest::newRow("wrong audience") << valid << farm << u"inst-0000"_s << ErrorCode::Validation << u"aud"_s
                                    << u"the license is for installation inst-7f3a, not inst-0000"_s;
    QTest::newRow("audience but no installation id")
        << valid << farm << QString() << ErrorCode::Validation << u"aud"_s
        << u"the license is bound to installation inst-7f3a, and this installation has no id"_s;

    // The payload changed after signing: another module, same signature.
    {
        QList<QByteArray> parts = valid.split('.');
        QJsonObject payload = QJsonDocument::fromJson(*ms::Base64Url::decode(parts[1])).object();
        payload.insert("mod", "reports");
        parts[1] = ms::Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        QTest::newRow("tampered payload")
            << parts.join('.') << u"reports"_s << inst << ErrorCode::Integrity << u"signature"_s
            << u"the license signature does not verify against vendor acme's key"_s;
    }
    QTest::newRow("signed by another key in acme's name")
        << mint(validClaims(), "EdDSA", "rogue") << farm << inst << ErrorCode::Integrity << u"signature"_s
        << u"the license signature does not verify against vendor acme's key"_s;
    QTest::newRow("alg none") << mint(validClaims(), "none") << farm << inst << ErrorCode::Untrusted
                              << u"alg"_s << u"the license is not signed (alg none)"_s;
    // HS256 keyed with acme's public JWK: the classic algorithm-confusion forgery.
    QTest::newRow("HS256")
        << mint(validClaims(), "HS256") << farm << inst << ErrorCode::Untrusted << u"alg"_s
        << u"the license is signed with HS256; only EdDSA (Ed25519) licenses are accepted"_s;
    QTest::newRow("RS256")
        << mint(validClaims(), "RS256") << farm << inst << ErrorCode::Untrusted << u"alg"_s
        << u"the license is signed with RS256; only EdDSA (Ed25519) licenses are accepted"_s;
    QTest::newRow("untrusted issuer")
        << mint(with(validClaims(), "iss", "globex"), "EdDSA", "globex") << farm << inst
        << ErrorCode::Untrusted << u"iss"_s << u"issuer globex is not a trusted vendor"_s;
    QTest::newRow("no issuer") << mint(with(validClaims(), "iss", QJsonValue::Undefined)) << farm << inst
                               << ErrorCode::Parse << u"iss"_s << u"the license names no issuer"_s;
    QTest::newRow("no module claim") << mint(with(validClaims(), "mod", QJsonValue::Undefined)) << farm
                                     << inst << ErrorCode::Parse << u"mod"_s
                                     << u"the license names no module"_s;
    QTest::newRow("no expiry") << mint(with(validClaims(), "exp", QJsonValue::Undefined)) << farm << inst
                               << ErrorCode::Parse << u"exp"_s << u"the license has no exp date"_s;
    QTest::newRow("expiry as text") << mint(with(validClaims(), "exp", "2027-01-10")) << farm << inst
                                    << ErrorCode::Parse << u"exp"_s << u"the license's exp is not a date"_s;
    QTest::newRow("zero seats") << mint(with(validClaims(), "seats", 0)) << farm << inst << ErrorCode::Parse
                                << u"seats"_s << u"whole number of at least 1"_s;

    QTest::newRow("empty") << QByteArray("\n") << farm << inst << ErrorCode::Parse << u"license"_s
                           << u"the license key is empty"_s;
    QTest::newRow("one part") << QByteArray("not-a-token") << farm << inst << ErrorCode::Parse << u"license"_s
                              << u"not a JWT"_s;
    QTest::newRow("four parts") << QByteArray(valid + ".x") << farm << inst << ErrorCode::Parse
                                << u"license"_s << u"not a JWT"_s;
    QTest::newRow("header not base64url")
        << QByteArray("eyJ*bGci." + valid.split('.')[1] + "." + valid.split('.')[2]) << farm << inst
        << ErrorCode::Parse << u"header"_s << u"the license header is not base64url"_s;
    QTest::newRow("header not json") << QByteArray(ms::Base64Url::encode("{alg") + "." + valid.split('.')[1]
                                                   + ".")
                                     << farm << inst << ErrorCode::Parse << u"header"_s
                                     << u"the license header is not a JSON object"_s;
    QTest::newRow("payload not an object")
        << QByteArray(valid.split('.')[0] + "." + ms::Base64Url::encode("[1,2]") + "." + valid.split('.')[2])
        << farm << inst << ErrorCode::Parse << u"payload"_s << u"the license payload is not a JSON object"_s;
    QTest::newRow("signature cut") << valid.left(valid.size() - 10) << farm << inst << ErrorCode::Parse
                                   << u"signature"_s << u"not an Ed25519 signature"_s;
    QTest::newRow("signature missing") << valid.left(valid.lastIndexOf('.') + 1) << farm << inst
                                       << ErrorCode::Parse << u"signature"_s << u"not an Ed25519 signature"_s;
    QTest::newRow("too large") << QByteArray(10000, 'e') << farm << inst << ErrorCode::Parse << u"license"_s
                               << u"not a license key"_s;
}

void TestLicenseVerifier::refuses()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, module);
    QFETCH(QString, installation);
    QFETCH(ms::ErrorCode, code);
    QFETCH(QString, subject);
    QFETCH(QString, message);
    QVERIFY(!token.isEmpty());

    auto result = verifier().verify(token, module, installation);
    QVERIFY2(!result.ok(), "a bad license was accepted");
    QCOMPARE(result.error().code(), code);
    QCOMPARE(result.error().subject(), subject);
    QVERIFY2(result.error().message().contains(message), qPrintable(result.error().message()));
    // The token is a secret: no part of it is echoed back.
    for (const QByteArray& part : token.trimmed().split('.')) {
        if (part.size() >= 16) {
            QVERIFY(!result.error().toString().contains(QString::fromLatin1(part.left(16))));
            QVERIFY(!result.error().detail().contains(QString::fromLatin1(part.left(16))));
        }
    }
}

QTEST_GUILESS_MAIN(TestLicenseVerifier)
#include "tst_licenseverifier.moc"
